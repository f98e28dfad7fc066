package org.hyperlab.core.tensor.sparse;

import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * A lazy, read-only float32 view {@code X' = X·diag(s) + 1·cᵀ} of a sparse matrix X ({@link SparseRows} or a
 * {@link RowSubset} of one): {@code X'[r, j] = X[r, j]·s[j] + c[j]}, rounded to float32. The {@code Input}
 * layer returns it for sparse batches instead of materializing the z-scored batch (s = 1/σ, c = −μ/σ), which is
 * dense. The products never form it either: {@link org.hyperlab.core.tensor.Kernels#matmul} computes {@code X'·W = X·(diag(s)·W) + 1·(cᵀW)}
 * and {@link org.hyperlab.core.tensor.Kernels#matmulTransA} computes {@code X'ᵀ·G = diag(s)·(Xᵀ·G) + c ⊗ colsum(G)}, reading only X's
 * non-zeros.
 */
public final class AffineColumns extends Matrix {
    private final Matrix base;
    private final float[] scale;
    private final float[] shift;

    /**
     * The view of {@code base} (a {@link SparseRows} or {@link RowSubset}) with per-column {@code scale} s and
     * {@code shift} c (length {@code base.cols()} each, not copied: they must not change while the view is used).
     */
    public AffineColumns(Matrix base, float[] scale, float[] shift) {
        super(base.rows(), base.cols());
        if (!(base instanceof SparseRows || base instanceof RowSubset)) {
            throw new IllegalArgumentException("AffineColumns: needs a sparse base, got " + base.getClass().getSimpleName());
        }
        if (scale.length != base.cols() || shift.length != base.cols()) {
            throw new IllegalArgumentException("AffineColumns: " + base.shape() + " needs " + base.cols()
                    + " scales and shifts, got " + scale.length + " and " + shift.length);
        }
        this.base = base;
        this.scale = scale;
        this.shift = shift;
    }

    /** The sparse X. */
    public Matrix base() { return base; }

    float[] scale() { return scale; }

    float[] shift() { return shift; }

    @Override public Precision precision() { return Precision.FLOAT32; }

    @Override public double get(int i) {
        int c = i % cols();
        return (float) base.get(i) * scale[c] + shift[c];
    }

    @Override public void set(int i, double value) { throw ReadOnly.error(this); }

    /** A dense, writable copy (a {@link FloatMatrix}). */
    @Override public Matrix copy() {
        FloatMatrix out = new FloatMatrix(rows(), cols());
        for (int i = 0; i < size(); i++) {
            out.data()[i] = (float) get(i);
        }
        return out;
    }

    @Override public Matrix fillInPlace(double value) { throw ReadOnly.error(this); }
}
