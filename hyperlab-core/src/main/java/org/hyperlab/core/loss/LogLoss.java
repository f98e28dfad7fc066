package org.hyperlab.core.loss;

import org.hyperlab.core.nn.Buffers;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.Matrix;

/**
 * Binary cross-entropy (log loss) on probabilities p in [0, 1] against targets y in [0, 1], exactly as PyTorch's
 * {@code nn.BCELoss} with {@code reduction='mean'}: the mean over <b>all</b> N·k elements (for the usual single
 * output column, the batch mean) of {@code −[y·log p + (1 − y)·log(1 − p)]}, each log clamped to ≥ −100 so that
 * p = 0 or 1 gives a finite value.
 *
 * <p>Gradient (PyTorch's): {@code ∂J/∂p = (p − y) / max(p·(1 − p), 1e-12) / (N·k)}.
 */
public final class LogLoss implements Loss {
    /** Lower clamp of each log term, as PyTorch. */
    public static final double LOG_CLAMP = -100.0;
    /** Lower clamp of p·(1 − p) in the gradient's denominator, as PyTorch. */
    public static final double DENOMINATOR_CLAMP = 1e-12;

    private Matrix prediction;
    private Matrix target;
    private Matrix gradient;

    @Override
    public double forward(Matrix prediction, Matrix target) {
        prediction.requireSameShape(target, describe());
        this.prediction = prediction;
        this.target = target;
        double sum = 0.0;
        for (int i = 0; i < target.size(); i++) {
            double p = prediction.get(i), y = target.get(i);
            double logP = Math.max(Math.log(p), LOG_CLAMP);
            double logOneMinusP = Math.max(Math.log1p(-p), LOG_CLAMP);
            sum += y * logP + (1.0 - y) * logOneMinusP;
        }
        return -sum / prediction.size();
    }

    @Override
    public Matrix backward() {
        if (target == null) {
            throw new IllegalStateException(describe() + ": backward called before forward");
        }
        gradient = Buffers.ensure(gradient, prediction, prediction.rows(), prediction.cols());
        double scale = 1.0 / prediction.size();
        Kernels.zip(prediction, target, gradient,
                (p, y) -> scale * (p - y) / Math.max(p * (1.0 - p), DENOMINATOR_CLAMP));
        return gradient;
    }

    @Override
    public String describe() { return "log-loss"; }
}
