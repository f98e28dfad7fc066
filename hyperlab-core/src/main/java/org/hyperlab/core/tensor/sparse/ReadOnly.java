package org.hyperlab.core.tensor.sparse;

import org.hyperlab.core.tensor.storage.Matrix;

/** The error thrown by the read-only matrix views ({@link SparseRows}, {@link RowSubset}, {@link AffineColumns}). */
final class ReadOnly {
    private ReadOnly() {
    }

    static UnsupportedOperationException error(Matrix m) {
        return new UnsupportedOperationException(m.getClass().getSimpleName() + " " + m.shape()
                + " is read-only; copy() it into a dense matrix to modify it");
    }
}
