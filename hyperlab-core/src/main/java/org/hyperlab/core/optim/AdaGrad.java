package org.hyperlab.core.optim;

import java.util.List;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.tensor.storage.Matrix;

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
public final class AdaGrad extends PerParameterOptimizer<AdaGradConfig> {
    private final Matrix[] sums;

    public AdaGrad(List<Parameter> parameters, AdaGradConfig config) {
        super("adagrad", parameters, config, config.learningRate());
        this.sums = zeroState();
        for (Matrix s : sums) {
            s.fillInPlace(config.initialAccumulatorValue());
        }
    }

    @Override
    void apply(int index, Matrix value, Matrix grad, long t) {
        AdaGradConfig c = config();
        double stepRate = learningRate() / (1.0 + (t - 1) * c.learningRateDecay());
        update(value, grad, sums[index], stepRate, c.weightDecay(), c.epsilon());
    }

    /** The per-element AdaGrad update (the rule in the class comment) with the decayed rate {@code stepRate}. */
    public static void update(Matrix value, Matrix grad, Matrix sum, double stepRate, double weightDecay, double eps) {
        int n = value.size();
        for (int i = 0; i < n; i++) {
            double theta = value.get(i);
            double g = withWeightDecay(grad.get(i), theta, weightDecay);
            double s = sum.get(i) + g * g;
            sum.set(i, s);
            value.set(i, theta - stepRate * g / (Math.sqrt(sum.get(i)) + eps));
        }
    }

    @Override
    public String describe() {
        AdaGradConfig c = config();
        return "Adagrad(lr=" + learningRate() + ", lr_decay=" + c.learningRateDecay() + ", weight_decay="
                + c.weightDecay() + ", initial_accumulator_value=" + c.initialAccumulatorValue()
                + ", eps=" + c.epsilon() + ")";
    }
}
