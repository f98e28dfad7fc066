package org.hyperlab.core.optim;

import java.util.List;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.tensor.storage.Matrix;

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
public final class AdamW extends PerParameterOptimizer<AdamWConfig> {
    private final Matrix[] firstMoments;
    private final Matrix[] secondMoments;

    public AdamW(List<Parameter> parameters, AdamWConfig config) {
        super("adamw", parameters, config, config.learningRate());
        this.firstMoments = zeroState();
        this.secondMoments = zeroState();
    }

    @Override
    void apply(int index, Matrix value, Matrix grad, long t) {
        AdamWConfig c = config();
        double decay = 1.0 - learningRate() * c.weightDecay();
        Adam.update(value, grad, firstMoments[index], secondMoments[index], learningRate(), c.beta1(), c.beta2(),
                c.epsilon(), t, decay);
    }

    @Override
    public String describe() {
        AdamWConfig c = config();
        return "AdamW(lr=" + learningRate() + ", betas=(" + c.beta1() + ", " + c.beta2() + "), eps=" + c.epsilon()
                + ", weight_decay=" + c.weightDecay() + ")";
    }
}
