package org.hyperlab.core.optim;

import java.util.List;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.tensor.storage.Matrix;

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
public final class Sgd extends PerParameterOptimizer<SgdConfig> {
    private final Matrix[] buffers;

    public Sgd(List<Parameter> parameters, SgdConfig config) {
        super("sgd", parameters, config, config.learningRate());
        this.buffers = zeroStateIf(config.momentum() != 0.0);
    }

    @Override
    void apply(int index, Matrix value, Matrix grad, long t) {
        SgdConfig c = config();
        update(value, grad, at(buffers, index), learningRate(), c.momentum(), c.dampening(), c.weightDecay(),
                c.nesterov(), t == 1);
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
            double g = withWeightDecay(grad.get(i), theta, weightDecay);
            if (momentum != 0.0) {
                double b = firstStep ? g : momentum * buffer.get(i) + (1.0 - dampening) * g;
                buffer.set(i, b);
                b = buffer.get(i);
                g = nesterov ? g + momentum * b : b;
            }
            value.set(i, theta - lr * g);
        }
    }

    @Override
    public String describe() {
        SgdConfig c = config();
        return "SGD(lr=" + learningRate() + ", momentum=" + c.momentum() + ", dampening=" + c.dampening()
                + ", weight_decay=" + c.weightDecay() + ", nesterov=" + c.nesterov() + ")";
    }
}
