package org.hyperlab.core.loss;

import org.hyperlab.core.nn.BufferPair;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.storage.Matrix;

/**
 * A loss that is a sum of per-element terms divided by a count: {@code J = (1/M) Σᵢ term(Ŷᵢ, Yᵢ)} with M the
 * batch's rows or all its elements (PyTorch's {@code reduction='mean'} for the loss at hand), and
 * {@code ∂J/∂Ŷᵢ = term′(Ŷᵢ, Yᵢ)/M}. Subclasses state the term, its derivative and M; this class keeps the batch
 * for backward and owns the reused gradient buffer.
 */
abstract class ElementwiseLoss implements Loss {
    private Matrix prediction;
    private Matrix target;
    private final BufferPair gradients = new BufferPair();
    private Matrix gradient;

    /** The term of one element. */
    abstract double term(double p, double y);

    /** {@code scale · ∂term/∂p} with {@code scale = 1/M} (passed in so each loss can order its arithmetic). */
    abstract double scaledDerivative(double p, double y, double scale);

    /** M: what the sum is divided by for this batch. */
    abstract int count(Matrix prediction);

    @Override
    public final double forward(Matrix prediction, Matrix target) {
        prediction.requireSameShape(target, describe());
        this.prediction = prediction;
        this.target = target;
        double sum = 0.0;
        for (int i = 0; i < target.size(); i++) {
            sum += term(prediction.get(i), target.get(i));
        }
        return sum / count(prediction);
    }

    @Override
    public final Matrix backward() {
        if (target == null) {
            throw new IllegalStateException(describe() + ": backward called before forward");
        }
        gradient = gradients.get(prediction, prediction.rows(), prediction.cols());
        double scale = 1.0 / count(prediction);
        Kernels.zip(prediction, target, gradient, (p, y) -> scaledDerivative(p, y, scale));
        return gradient;
    }
}
