package org.hyperlab.core.optim;

import java.util.List;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.storage.Matrix;

/**
 * Adam exactly as {@code torch.optim.Adam} (Kingma and Ba, with bias correction and ε outside the square root).
 * The moments m and v start at 0; at step t (from 1), for each element with gradient g:
 * <pre>
 *   m ← β1·m + (1 − β1)·g
 *   v ← β2·v + (1 − β2)·g²
 *   m̂ ← m / (1 − β1^t),   v̂ ← v / (1 − β2^t)
 *   θ ← θ − lr · m̂ / (√v̂ + ε)
 * </pre>
 * Consequence used by the tests: the first step moves each element by exactly lr·g/(|g| + ε).
 * The fused per-element loop is {@link #update}; {@link AdamW} reuses it with its decoupled decay.
 */
public final class Adam extends PerParameterOptimizer<AdamConfig> {
    private final Matrix[] firstMoments;
    private final Matrix[] secondMoments;

    public Adam(List<Parameter> parameters, AdamConfig config) {
        super("adam", parameters, config, config.learningRate());
        this.firstMoments = zeroState();
        this.secondMoments = zeroState();
    }

    @Override
    void apply(int index, Matrix value, Matrix grad, long t) {
        AdamConfig c = config();
        update(value, grad, firstMoments[index], secondMoments[index], learningRate(), c.beta1(), c.beta2(),
                c.epsilon(), t, 1.0);
    }

    /**
     * One fused, in-place Adam update of every element (the rule in the class comment), in PyTorch's form:
     * {@code θ ← decay·θ − (lr / (1 − β1^t)) · m / (√v / √(1 − β2^t) + ε)}. {@code decay} is 1 for Adam and
     * {@code 1 − lr·λ} for {@link AdamW}. Allocation-free; the single place to make Adam fast.
     */
    public static void update(Matrix value, Matrix grad, Matrix m, Matrix v, double lr, double beta1, double beta2,
                              double eps, long step, double decay) {
        Kernels.adamStep(value, grad, m, v, lr, beta1, beta2, eps, step, decay);
    }

    @Override
    public String describe() {
        AdamConfig c = config();
        return "Adam(lr=" + learningRate() + ", betas=(" + c.beta1() + ", " + c.beta2() + "), eps=" + c.epsilon() + ")";
    }
}
