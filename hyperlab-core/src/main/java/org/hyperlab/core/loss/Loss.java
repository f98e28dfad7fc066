package org.hyperlab.core.loss;

import org.hyperlab.core.tensor.storage.Matrix;

/**
 * A loss J: positive, the mean over the batch's rows (PyTorch's {@code reduction='mean'}).
 *
 * <p>{@link #forward(Matrix, Matrix)} returns J for a batch of predictions against targets of the same shape
 * (one-hot rows for classification) and keeps what {@link #backward()} needs; {@link #backward()} returns
 * ∂J/∂prediction for that batch (a buffer owned by the loss, reused by the next call).
 */
public interface Loss {
    double forward(Matrix prediction, Matrix target);

    Matrix backward();

    /** A short name, e.g. {@code softmax-cross-entropy}. */
    String describe();
}
