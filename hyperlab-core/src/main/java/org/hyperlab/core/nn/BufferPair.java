package org.hyperlab.core.nn;

import org.hyperlab.core.tensor.storage.Matrix;

/**
 * A layer's reusable output (or gradient) matrix for the last <b>two</b> shapes it was asked for. An epoch whose row
 * count is not a multiple of the batch size ends with a smaller batch, and the next epoch starts with a full one:
 * a single buffer ({@link Buffers#ensure}) is then reallocated twice per epoch, for every layer (measured: 2.2 KB per
 * step of the MLP at batch 128, i.e. ~1 MB per epoch). This keeps the full-batch and the partial-batch buffers both.
 * Contents are not cleared.
 */
public final class BufferPair {
    private Matrix current;
    private Matrix other;

    /** A rows x cols matrix of {@code like}'s precision: one of the two held, or a new one replacing the older. */
    public Matrix get(Matrix like, int rows, int cols) {
        if (fits(current, like, rows, cols)) {
            return current;
        }
        Matrix previous = current;
        current = fits(other, like, rows, cols) ? other : like.zeros(rows, cols);
        other = previous;
        return current;
    }

    private static boolean fits(Matrix buffer, Matrix like, int rows, int cols) {
        return buffer != null && buffer.rows() == rows && buffer.cols() == cols && buffer.precision() == like.precision();
    }
}
