package org.hyperlab.core.optim;

import java.util.List;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.tensor.Matrix;

/**
 * AdamW exactly as {@code torch.optim.AdamW} (Loshchilov and Hutter): Adam with decoupled weight decay λ.
 * At step t (from 1), for each element with gradient g:
 * <pre>
 *   θ ← θ − lr·λ·θ                       (decay applied to the weight, not added to the gradient)
 *   m ← β1·m + (1 − β1)·g,   v ← β2·v + (1 − β2)·g²
 *   θ ← θ − lr · (m / (1 − β1^t)) / (√(v / (1 − β2^t)) + ε)
 * </pre>
 * The per-element loop is {@link Adam#update} with {@code decay = 1 − lr·λ}.
 */
public final class AdamW implements Optimizer {
    private final AdamWConfig config;
    private final List<Parameter> parameters;
    private final Matrix[] firstMoments;
    private final Matrix[] secondMoments;
    private double learningRate;
    private long steps;

    public AdamW(List<Parameter> parameters, AdamWConfig config) {
        this.config = config;
        this.parameters = Checks.parameters("adamw", parameters);
        this.firstMoments = Checks.zerosLike(this.parameters);
        this.secondMoments = Checks.zerosLike(this.parameters);
        this.learningRate = config.learningRate();
    }

    @Override
    public void step() {
        steps++;
        double decay = 1.0 - learningRate * config.weightDecay();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            Adam.update(p.value(), p.grad(), firstMoments[i], secondMoments[i], learningRate, config.beta1(),
                    config.beta2(), config.epsilon(), steps, decay);
        }
    }

    public AdamWConfig config() { return config; }

    @Override public List<Parameter> parameters() { return parameters; }

    @Override public double learningRate() { return learningRate; }

    @Override public void setLearningRate(double learningRate) {
        this.learningRate = Checks.nonNegative("adamw", "learning rate", learningRate);
    }

    @Override
    public String describe() {
        return "AdamW(lr=" + learningRate + ", betas=(" + config.beta1() + ", " + config.beta2() + "), eps="
                + config.epsilon() + ", weight_decay=" + config.weightDecay() + ")";
    }
}
