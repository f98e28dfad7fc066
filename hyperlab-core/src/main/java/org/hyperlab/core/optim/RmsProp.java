package org.hyperlab.core.optim;

import java.util.List;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.tensor.storage.Matrix;

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
public final class RmsProp extends PerParameterOptimizer<RmsPropConfig> {
    private final Matrix[] squareAverages;
    private final Matrix[] gradientAverages;
    private final Matrix[] momentumBuffers;

    public RmsProp(List<Parameter> parameters, RmsPropConfig config) {
        super("rmsprop", parameters, config, config.learningRate());
        this.squareAverages = zeroState();
        this.gradientAverages = zeroStateIf(config.centered());
        this.momentumBuffers = zeroStateIf(config.momentum() > 0.0);
    }

    @Override
    void apply(int index, Matrix value, Matrix grad, long t) {
        RmsPropConfig c = config();
        update(value, grad, squareAverages[index], at(gradientAverages, index), at(momentumBuffers, index),
                learningRate(), c.alpha(), c.epsilon(), c.weightDecay(), c.momentum());
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
            double g = withWeightDecay(grad.get(i), theta, weightDecay);
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

    @Override
    public String describe() {
        RmsPropConfig c = config();
        return "RMSprop(lr=" + learningRate() + ", alpha=" + c.alpha() + ", eps=" + c.epsilon()
                + ", weight_decay=" + c.weightDecay() + ", momentum=" + c.momentum()
                + ", centered=" + c.centered() + ")";
    }
}
