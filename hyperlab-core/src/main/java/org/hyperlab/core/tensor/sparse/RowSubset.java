package org.hyperlab.core.tensor.sparse;

import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * A no-copy, read-only view of some rows of a {@link SparseRows} matrix: row r of the view is row
 * {@code indices[from + r]} of the source, for r in {@code [0, rows)}. Mini-batches of sparse training data are
 * handed out as such views instead of being gathered; the view reads {@code indices} when used, so it stays
 * valid only until that array is changed (the next shuffle). {@link #moveTo} re-points a view at the next rows, so a
 * mini-batch loop needs no new object per batch.
 */
public final class RowSubset extends Matrix {
    private final SparseRows source;
    private final int[] indices;
    private int from;

    /** Rows {@code indices[from .. from + rows)} of {@code source}; every index must be a row of it. */
    public RowSubset(SparseRows source, int[] indices, int from, int rows) {
        super(rows, source.cols());
        this.source = source;
        this.indices = indices;
        moveTo(from);
    }

    /**
     * Makes this view rows {@code indices[from .. from + rows())} of the source (the same row count); the view reads
     * them from now on. Every index must be a row of the source.
     */
    public void moveTo(int from) {
        int rows = rows();
        if (from < 0 || from + rows > indices.length) {
            throw new IndexOutOfBoundsException("RowSubset: [" + from + ", " + (from + rows) + ") is outside the "
                    + indices.length + " indices");
        }
        for (int r = from; r < from + rows; r++) {
            if (indices[r] < 0 || indices[r] >= source.rows()) {
                throw new IndexOutOfBoundsException("RowSubset: index " + indices[r] + " at position " + r
                        + " is not a row of " + source.shape());
            }
        }
        this.from = from;
    }

    public SparseRows source() { return source; }

    /** The source row of this view's row {@code r}. */
    public int sourceRow(int r) { return indices[from + r]; }

    int[] indices() { return indices; }

    int from() { return from; }

    @Override public Precision precision() { return Precision.FLOAT32; }

    @Override public double get(int i) {
        int r = i / cols();
        return source.get(indices[from + r] * cols() + (i - r * cols()));
    }

    @Override public void set(int i, double value) { throw ReadOnly.error(this); }

    /** A dense, writable copy (a {@link FloatMatrix}). */
    @Override public Matrix copy() {
        FloatMatrix out = new FloatMatrix(rows(), cols());
        for (int r = 0; r < rows(); r++) {
            source.copyRowTo(sourceRow(r), out.data(), r * cols());
        }
        return out;
    }

    @Override public Matrix fillInPlace(double value) { throw ReadOnly.error(this); }
}
