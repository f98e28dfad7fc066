package org.hyperlab.core.optim;

import java.util.List;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.tensor.storage.Matrix;

/**
 * What every optimizer here shares: the validated, unmodifiable parameter list, the hyperparameter record, the
 * learning rate (settable by schedules), the step count t and the zero-initialized per-parameter state buffers.
 * {@link #step()} increments t (so the first step has t = 1) and then calls {@link #apply} once per parameter, in
 * order; each subclass states its update rule there and in its class comment.
 *
 * @param <C> the algorithm's hyperparameter record
 */
abstract class PerParameterOptimizer<C> implements Optimizer {
    private final String name;
    private final C config;
    private final List<Parameter> parameters;
    private double learningRate;
    private long steps;

    /** {@code name} (e.g. {@code "adam"}) prefixes every validation message. */
    PerParameterOptimizer(String name, List<Parameter> parameters, C config, double learningRate) {
        this.name = name;
        this.config = config;
        this.parameters = Checks.parameters(name, parameters);
        this.learningRate = learningRate;
    }

    /** One zero matrix per parameter, of its precision and shape: a state buffer of this optimizer. */
    final Matrix[] zeroState() {
        Matrix[] state = new Matrix[parameters.size()];
        for (int i = 0; i < state.length; i++) {
            state[i] = parameters.get(i).value().zerosLike();
        }
        return state;
    }

    /** {@link #zeroState()} when {@code needed}, else null (state kept only for some hyperparameters). */
    final Matrix[] zeroStateIf(boolean needed) {
        return needed ? zeroState() : null;
    }

    /** The buffer of parameter {@code index} in an optional state, or null when the state is absent. */
    static Matrix at(Matrix[] state, int index) {
        return state == null ? null : state[index];
    }

    /** The gradient with coupled (L2) weight decay as PyTorch adds it: {@code g + λ·θ}, or {@code g} when λ = 0. */
    static double withWeightDecay(double g, double theta, double weightDecay) {
        return weightDecay != 0.0 ? g + weightDecay * theta : g;
    }

    @Override
    public final void step() {
        steps++;
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            apply(i, p.value(), p.grad(), steps);
        }
    }

    /** Updates parameter {@code index} in place from its gradient at step {@code t} (1 at the first step). */
    abstract void apply(int index, Matrix value, Matrix grad, long t);

    /** The hyperparameters this optimizer was created with (its learning rate is the initial one). */
    public final C config() {
        return config;
    }

    @Override
    public final List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public final double learningRate() {
        return learningRate;
    }

    @Override
    public final void setLearningRate(double learningRate) {
        this.learningRate = Checks.nonNegative(name, "learning rate", learningRate);
    }
}
