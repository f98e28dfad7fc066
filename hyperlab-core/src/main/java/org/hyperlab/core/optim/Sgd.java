package org.hyperlab.core.optim;

import java.util.List;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.tensor.Matrix;

/**
 * Stochastic gradient descent exactly as {@code torch.optim.SGD}. At step t, for each element with gradient g:
 * <pre>
 *   g ← g + λ·θ                                   (weight decay λ, if λ ≠ 0)
 *   if μ ≠ 0:  b ← g                 at t = 1
 *              b ← μ·b + (1 − τ)·g   at t &gt; 1      (momentum μ, dampening τ)
 *              g ← g + μ·b  if nesterov, else g ← b
 *   θ ← θ − lr·g
 * </pre>
 * The momentum buffer b exists only when μ ≠ 0. Arithmetic is done in double precision and stored at the
 * parameter's precision.
 */
public final class Sgd implements Optimizer {
    private final SgdConfig config;
    private final List<Parameter> parameters;
    private final Matrix[] buffers;
    private double learningRate;
    private long steps;

    public Sgd(List<Parameter> parameters, SgdConfig config) {
        this.config = config;
        this.parameters = Checks.parameters("sgd", parameters);
        this.buffers = config.momentum() != 0.0 ? Checks.zerosLike(this.parameters) : null;
        this.learningRate = config.learningRate();
    }

    @Override
    public void step() {
        steps++;
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            update(p.value(), p.grad(), buffers == null ? null : buffers[i], learningRate, config.momentum(),
                    config.dampening(), config.weightDecay(), config.nesterov(), steps == 1);
        }
    }

    /**
     * The per-element SGD update (the rule in the class comment) applied in place to {@code value};
     * {@code buffer} is the momentum buffer (ignored when {@code momentum == 0}).
     */
    public static void update(Matrix value, Matrix grad, Matrix buffer, double lr, double momentum, double dampening,
                              double weightDecay, boolean nesterov, boolean firstStep) {
        int n = value.size();
        for (int i = 0; i < n; i++) {
            double theta = value.get(i);
            double g = grad.get(i);
            if (weightDecay != 0.0) {
                g += weightDecay * theta;
            }
            if (momentum != 0.0) {
                double b = firstStep ? g : momentum * buffer.get(i) + (1.0 - dampening) * g;
                buffer.set(i, b);
                b = buffer.get(i);
                g = nesterov ? g + momentum * b : b;
            }
            value.set(i, theta - lr * g);
        }
    }

    public SgdConfig config() { return config; }

    @Override public List<Parameter> parameters() { return parameters; }

    @Override public double learningRate() { return learningRate; }

    @Override public void setLearningRate(double learningRate) {
        this.learningRate = Checks.nonNegative("sgd", "learning rate", learningRate);
    }

    @Override
    public String describe() {
        return "SGD(lr=" + learningRate + ", momentum=" + config.momentum() + ", dampening=" + config.dampening()
                + ", weight_decay=" + config.weightDecay() + ", nesterov=" + config.nesterov() + ")";
    }
}
