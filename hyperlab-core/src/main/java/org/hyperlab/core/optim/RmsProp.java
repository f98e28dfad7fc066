package org.hyperlab.core.optim;

import java.util.List;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.tensor.Matrix;

/**
 * RMSProp exactly as {@code torch.optim.RMSprop}. The square average v (and, when centered, the gradient average
 * ḡ and, with momentum, the buffer b) start at 0; at each step, for each element with gradient g:
 * <pre>
 *   g ← g + λ·θ                                  (weight decay λ, if λ ≠ 0)
 *   v ← α·v + (1 − α)·g²
 *   if centered:  ḡ ← α·ḡ + (1 − α)·g;  d ← √(v − ḡ²) + ε
 *   else:         d ← √v + ε
 *   if μ &gt; 0:    b ← μ·b + g / d;  θ ← θ − lr·b
 *   else:         θ ← θ − lr·g / d
 * </pre>
 */
public final class RmsProp implements Optimizer {
    private final RmsPropConfig config;
    private final List<Parameter> parameters;
    private final Matrix[] squareAverages;
    private final Matrix[] gradientAverages;
    private final Matrix[] momentumBuffers;
    private double learningRate;

    public RmsProp(List<Parameter> parameters, RmsPropConfig config) {
        this.config = config;
        this.parameters = Checks.parameters("rmsprop", parameters);
        this.squareAverages = Checks.zerosLike(this.parameters);
        this.gradientAverages = config.centered() ? Checks.zerosLike(this.parameters) : null;
        this.momentumBuffers = config.momentum() > 0.0 ? Checks.zerosLike(this.parameters) : null;
        this.learningRate = config.learningRate();
    }

    @Override
    public void step() {
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            update(p.value(), p.grad(), squareAverages[i], gradientAverages == null ? null : gradientAverages[i],
                    momentumBuffers == null ? null : momentumBuffers[i], learningRate, config.alpha(),
                    config.epsilon(), config.weightDecay(), config.momentum());
        }
    }

    /**
     * The per-element RMSProp update (the rule in the class comment). {@code gradAverage} is null unless
     * centered; {@code buffer} is null unless {@code momentum > 0}.
     */
    public static void update(Matrix value, Matrix grad, Matrix squareAverage, Matrix gradAverage, Matrix buffer,
                              double lr, double alpha, double eps, double weightDecay, double momentum) {
        int n = value.size();
        for (int i = 0; i < n; i++) {
            double theta = value.get(i);
            double g = grad.get(i);
            if (weightDecay != 0.0) {
                g += weightDecay * theta;
            }
            double v = alpha * squareAverage.get(i) + (1.0 - alpha) * g * g;
            squareAverage.set(i, v);
            v = squareAverage.get(i);
            double denominator;
            if (gradAverage != null) {
                double mean = alpha * gradAverage.get(i) + (1.0 - alpha) * g;
                gradAverage.set(i, mean);
                mean = gradAverage.get(i);
                denominator = Math.sqrt(v - mean * mean) + eps;
            } else {
                denominator = Math.sqrt(v) + eps;
            }
            if (buffer != null) {
                double b = momentum * buffer.get(i) + g / denominator;
                buffer.set(i, b);
                value.set(i, theta - lr * buffer.get(i));
            } else {
                value.set(i, theta - lr * g / denominator);
            }
        }
    }

    public RmsPropConfig config() { return config; }

    @Override public List<Parameter> parameters() { return parameters; }

    @Override public double learningRate() { return learningRate; }

    @Override public void setLearningRate(double learningRate) {
        this.learningRate = Checks.nonNegative("rmsprop", "learning rate", learningRate);
    }

    @Override
    public String describe() {
        return "RMSprop(lr=" + learningRate + ", alpha=" + config.alpha() + ", eps=" + config.epsilon()
                + ", weight_decay=" + config.weightDecay() + ", momentum=" + config.momentum()
                + ", centered=" + config.centered() + ")";
    }
}
