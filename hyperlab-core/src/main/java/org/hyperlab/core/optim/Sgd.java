package org.hyperlab.core.optim;

import java.util.List;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.tensor.storage.FloatMatrix;
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
        if (value instanceof FloatMatrix v && grad instanceof FloatMatrix g
                && (momentum == 0.0 || buffer instanceof FloatMatrix)) {
            // float parameters (the trainer's default) straight on their arrays: the same double arithmetic and
            // float roundings as the loop below, without a virtual call per element
            float[] theta = v.data();
            float[] gradient = g.data();
            float[] b = momentum == 0.0 ? null : ((FloatMatrix) buffer).data();
            for (int i = 0; i < n; i++) {
                double d = withWeightDecay(gradient[i], theta[i], weightDecay);
                if (b != null) {
                    b[i] = (float) buffered(d, b[i], momentum, dampening, firstStep);
                    d = direction(d, b[i], momentum, nesterov);
                }
                theta[i] = (float) (theta[i] - lr * d);
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            double theta = value.get(i);
            double g = withWeightDecay(grad.get(i), theta, weightDecay);
            if (momentum != 0.0) {
                buffer.set(i, buffered(g, buffer.get(i), momentum, dampening, firstStep));
                g = direction(g, buffer.get(i), momentum, nesterov);
            }
            value.set(i, theta - lr * g);
        }
    }

    /** The new momentum buffer: {@code g} at the first step, else {@code μ·b + (1 − τ)·g}. */
    private static double buffered(double g, double b, double momentum, double dampening, boolean firstStep) {
        return firstStep ? g : momentum * b + (1.0 - dampening) * g;
    }

    /** The step direction from the (stored) buffer: {@code g + μ·b} with Nesterov, else {@code b}. */
    private static double direction(double g, double b, double momentum, boolean nesterov) {
        return nesterov ? g + momentum * b : b;
    }

    @Override
    public String describe() {
        SgdConfig c = config();
        return "SGD(lr=" + learningRate() + ", momentum=" + c.momentum() + ", dampening=" + c.dampening()
                + ", weight_decay=" + c.weightDecay() + ", nesterov=" + c.nesterov() + ")";
    }
}
