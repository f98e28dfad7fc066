package org.hyperlab.core.loss;

import org.hyperlab.core.tensor.storage.Matrix;

/**
 * Binary cross-entropy (log loss) on probabilities p in [0, 1] against targets y in [0, 1], exactly as PyTorch's
 * {@code nn.BCELoss} with {@code reduction='mean'}: the mean over <b>all</b> N·k elements (for the usual single
 * output column, the batch mean) of {@code −[y·log p + (1 − y)·log(1 − p)]}, each log clamped to ≥ −100 so that
 * p = 0 or 1 gives a finite value.
 *
 * <p>Gradient (PyTorch's): {@code ∂J/∂p = (p − y) / max(p·(1 − p), 1e-12) / (N·k)}.
 */
public final class LogLoss extends ElementwiseLoss {
    /** Lower clamp of each log term, as PyTorch. */
    public static final double LOG_CLAMP = -100.0;
    /** Lower clamp of p·(1 − p) in the gradient's denominator, as PyTorch. */
    public static final double DENOMINATOR_CLAMP = 1e-12;

    /** {@code −[y·log p + (1 − y)·log(1 − p)]}, each log clamped at {@link #LOG_CLAMP}. */
    @Override
    double term(double p, double y) {
        double logP = Math.max(Math.log(p), LOG_CLAMP);
        double logOneMinusP = Math.max(Math.log1p(-p), LOG_CLAMP);
        return -(y * logP + (1.0 - y) * logOneMinusP);
    }

    @Override
    double scaledDerivative(double p, double y, double scale) {
        return scale * (p - y) / Math.max(p * (1.0 - p), DENOMINATOR_CLAMP);
    }

    /** The mean over all N·k elements. */
    @Override
    int count(Matrix prediction) {
        return prediction.size();
    }

    @Override
    public String describe() { return "log-loss"; }
}
