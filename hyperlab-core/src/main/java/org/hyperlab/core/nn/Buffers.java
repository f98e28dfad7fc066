package org.hyperlab.core.nn;

import org.hyperlab.core.tensor.storage.Matrix;

/** Reuse of a layer's output buffers across batches of the same shape (no allocation in the per-batch path). */
public final class Buffers {
    private Buffers() {
    }

    /**
     * Returns {@code buffer} when it already has shape rows x cols and {@code like}'s precision, otherwise a new
     * zero matrix of that shape and precision. Contents are not cleared.
     */
    public static Matrix ensure(Matrix buffer, Matrix like, int rows, int cols) {
        if (buffer != null && buffer.rows() == rows && buffer.cols() == cols && buffer.precision() == like.precision()) {
            return buffer;
        }
        return like.zeros(rows, cols);
    }
}
