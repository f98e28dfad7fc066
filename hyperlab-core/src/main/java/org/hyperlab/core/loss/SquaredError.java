package org.hyperlab.core.loss;

import org.hyperlab.core.tensor.storage.Matrix;

/**
 * Mean squared error exactly as PyTorch's {@code nn.MSELoss} with {@code reduction='mean'}: the mean over
 * <b>all</b> N·k elements, {@code J = (1/(N·k)) Σ (Ŷ − Y)²} (no factor ½; for one output column this is the batch
 * mean). Gradient: {@code ∂J/∂Ŷ = 2 (Ŷ − Y) / (N·k)}.
 */
public final class SquaredError extends ElementwiseLoss {
    @Override
    double term(double p, double y) {
        double d = p - y;
        return d * d;
    }

    @Override
    double scaledDerivative(double p, double y, double scale) {
        return (2.0 * scale) * (p - y);
    }

    /** The mean over all N·k elements. */
    @Override
    int count(Matrix prediction) {
        return prediction.size();
    }

    @Override
    public String describe() { return "squared-error"; }
}
