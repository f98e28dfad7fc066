package org.hyperlab.core.tensor.sparse;

import org.hyperlab.core.tensor.storage.Matrix;

/**
 * A sparse left operand of a product, unwrapped: rows {@code indices[from + r]} (or r itself when {@code indices}
 * is null) of {@code source}, for r in {@code [0, rows)}, each element x mapped to {@code x·scale[j] + shift[j]}
 * (null scale: 1; null shift: 0). Built from a {@link SparseRows}, a {@link RowSubset} or an
 * {@link AffineColumns} of either.
 */
record SparseOperand(SparseRows source, int[] indices, int from, int rows, float[] scale, float[] shift) {
    /** The operand behind {@code m}, or null when m is not sparse. */
    static SparseOperand of(Matrix m) {
        float[] scale = null, shift = null;
        Matrix base = m;
        if (m instanceof AffineColumns affine) {
            scale = affine.scale();
            shift = affine.shift();
            base = affine.base();
        }
        if (base instanceof SparseRows s) {
            return new SparseOperand(s, null, 0, s.rows(), scale, shift);
        }
        if (base instanceof RowSubset v) {
            return new SparseOperand(v.source(), v.indices(), v.from(), v.rows(), scale, shift);
        }
        return null;
    }

    /** The CSR matrix behind {@code m} (itself, a row view's source, or an affine view's), or null when m is not sparse. */
    static SparseRows sourceOf(Matrix m) {
        Matrix base = m instanceof AffineColumns affine ? affine.base() : m;
        return base instanceof SparseRows s ? s : base instanceof RowSubset v ? v.source() : null;
    }

    int cols() { return source.cols(); }

    /** The source row of operand row {@code r}. */
    int sourceRow(int r) { return indices == null ? r : indices[from + r]; }
}
