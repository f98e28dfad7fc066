package org.hyperlab.core.loss;

import org.hyperlab.core.nn.Buffers;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.Matrix;

/**
 * Mean squared error exactly as PyTorch's {@code nn.MSELoss} with {@code reduction='mean'}: the mean over
 * <b>all</b> N·k elements, {@code J = (1/(N·k)) Σ (Ŷ − Y)²} (no factor ½; for one output column this is the batch
 * mean). Gradient: {@code ∂J/∂Ŷ = 2 (Ŷ − Y) / (N·k)}.
 */
public final class SquaredError implements Loss {
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
            double d = prediction.get(i) - target.get(i);
            sum += d * d;
        }
        return sum / prediction.size();
    }

    @Override
    public Matrix backward() {
        if (target == null) {
            throw new IllegalStateException(describe() + ": backward called before forward");
        }
        gradient = Buffers.ensure(gradient, prediction, prediction.rows(), prediction.cols());
        double scale = 2.0 / prediction.size();
        Kernels.zip(prediction, target, gradient, (p, y) -> scale * (p - y));
        return gradient;
    }

    @Override
    public String describe() { return "squared-error"; }
}
