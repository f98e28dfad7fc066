package org.hyperlab.core.optim;

import java.util.List;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.tensor.Matrix;

/**
 * AdaGrad exactly as {@code torch.optim.Adagrad}. The accumulator s starts at the initial accumulator value;
 * at step t (from 1), for each element with gradient g:
 * <pre>
 *   lr_t ← lr / (1 + (t − 1)·η)          (learning-rate decay η)
 *   g    ← g + λ·θ                       (weight decay λ, if λ ≠ 0)
 *   s    ← s + g²
 *   θ    ← θ − lr_t · g / (√s + ε)
 * </pre>
 */
public final class AdaGrad implements Optimizer {
    private final AdaGradConfig config;
    private final List<Parameter> parameters;
    private final Matrix[] sums;
    private double learningRate;
    private long steps;

    public AdaGrad(List<Parameter> parameters, AdaGradConfig config) {
        this.config = config;
        this.parameters = Checks.parameters("adagrad", parameters);
        this.sums = Checks.zerosLike(this.parameters);
        for (Matrix s : sums) {
            s.fillInPlace(config.initialAccumulatorValue());
        }
        this.learningRate = config.learningRate();
    }

    @Override
    public void step() {
        steps++;
        double stepRate = learningRate / (1.0 + (steps - 1) * config.learningRateDecay());
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            update(p.value(), p.grad(), sums[i], stepRate, config.weightDecay(), config.epsilon());
        }
    }

    /** The per-element AdaGrad update (the rule in the class comment) with the decayed rate {@code stepRate}. */
    public static void update(Matrix value, Matrix grad, Matrix sum, double stepRate, double weightDecay, double eps) {
        int n = value.size();
        for (int i = 0; i < n; i++) {
            double theta = value.get(i);
            double g = grad.get(i);
            if (weightDecay != 0.0) {
                g += weightDecay * theta;
            }
            double s = sum.get(i) + g * g;
            sum.set(i, s);
            value.set(i, theta - stepRate * g / (Math.sqrt(sum.get(i)) + eps));
        }
    }

    public AdaGradConfig config() { return config; }

    @Override public List<Parameter> parameters() { return parameters; }

    @Override public double learningRate() { return learningRate; }

    @Override public void setLearningRate(double learningRate) {
        this.learningRate = Checks.nonNegative("adagrad", "learning rate", learningRate);
    }

    @Override
    public String describe() {
        return "Adagrad(lr=" + learningRate + ", lr_decay=" + config.learningRateDecay() + ", weight_decay="
                + config.weightDecay() + ", initial_accumulator_value=" + config.initialAccumulatorValue()
                + ", eps=" + config.epsilon() + ")";
    }
}
