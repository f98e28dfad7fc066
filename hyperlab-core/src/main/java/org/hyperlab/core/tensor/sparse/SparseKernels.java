package org.hyperlab.core.tensor.sparse;

import org.hyperlab.core.tensor.simd.SimdPanel;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;

/**
 * The sparse package's one entry point, for {@link org.hyperlab.core.tensor.Kernels} (which decides when each
 * product runs; see the dispatch table in {@code org.hyperlab.core.tensor}'s {@code package-info}) and its warm-up.
 * Layers and benchmarks use {@code Kernels} instead.
 *
 * <p>The sparse matrices it hands out are read-only {@link Matrix} views: the CSR form of a dense float32 matrix
 * ({@code SparseRows}), a no-copy selection of its rows ({@code RowSubset}) and the lazy per-column affine map
 * {@code x·s[j] + c[j]} of either ({@code AffineColumns}). Products with such a left operand and float32 right
 * operand and output read only its non-zeros, in one of three {@link Product}s: one vector per row for outputs of
 * one vector and byte values, panels for outputs of up to {@link #PANEL_COLUMNS} columns, bands for wider ones;
 * {@code Kernels} chooses among them.
 * Every product needs the SIMD kernels (the {@code jdk.incubator.vector} module).
 */
public final class SparseKernels {
    /** Widest output of the one-vector products: one vector, 16 float32 lanes with AVX-512. */
    public static final int ONE_VECTOR_COLUMNS = SimdPanel.L;
    /** Widest output of the panel products: one panel of 4 vectors, 64 float32 lanes with AVX-512. */
    public static final int PANEL_COLUMNS = SimdSparseProducts.PANEL;
    /** Columns of one band of the wide products (for the warm-up's shapes). */
    public static final int WIDE_BAND_COLUMNS = SparseWideProducts.BLOCK;
    /** Rows from which a product visits the rows in source order (for the warm-up's shapes). */
    public static final int SOURCE_ORDER_ROWS = SparseRowPlan.SORT_ROWS;

    private SparseKernels() {
    }

    /** True for the matrices this package hands out (products with them read only non-zeros). */
    public static boolean isSparse(Matrix m) {
        return m instanceof SparseRows || m instanceof RowSubset || m instanceof AffineColumns;
    }

    /** The CSR form of {@code dense} (exact: the non-zero values are kept as they are). */
    public static Matrix rows(FloatMatrix dense) {
        return SparseRows.of(dense);
    }

    /**
     * The CSR form of {@code dense} when it pays: at most 65,536 columns, not empty, at most half of the elements
     * non-zero (the products then cost well under the dense ones and the form needs less memory); otherwise null.
     */
    public static Matrix rowsIfSparse(FloatMatrix dense) {
        return SparseRows.ifPays(dense);
    }

    /**
     * The read-only view whose row r is row {@code indices[from + r]} of {@code form} (from {@link #rows}), for r in
     * {@code [0, rows)}; it reads {@code indices} when used.
     */
    public static Matrix rowView(Matrix form, int[] indices, int from, int rows) {
        return new RowSubset((SparseRows) form, indices, from, rows);
    }

    /** Re-points a {@link #rowView} at {@code indices[from .. from + rows)}; false when {@code view} is not one. */
    public static boolean moveRowView(Matrix view, int from, int rows) {
        if (!(view instanceof RowSubset subset)) {
            return false;
        }
        if (subset.rows() != rows) {
            throw new IllegalArgumentException("selectRows: " + rows + " rows into a view of " + subset.rows());
        }
        subset.moveTo(from);
        return true;
    }

    /**
     * The lazy view {@code x·diag(scale) + 1·shiftᵀ} of {@code x} (a {@link #rows} form or a {@link #rowView}), or
     * null when x is neither. The arrays are not copied.
     */
    public static Matrix shiftScaleView(Matrix x, float[] scale, float[] shift) {
        return x instanceof SparseRows || x instanceof RowSubset ? new AffineColumns(x, scale, shift) : null;
    }

    /**
     * Writes rows {@code indices[from .. from + count)} of {@code source} densely into {@code out} when source is a
     * {@link #rows} form and returns true; false (nothing written) otherwise.
     */
    public static boolean gatherRows(Matrix source, int[] indices, int from, int count, float[] out) {
        if (!(source instanceof SparseRows rows)) {
            return false;
        }
        for (int r = 0; r < count; r++) {
            rows.copyRowTo(indices[from + r], out, r * source.cols());
        }
        return true;
    }

    /**
     * True when {@code a}'s values are all integers 1..255 (raw pixel intensities), kept as bytes: the one-vector
     * products read 3 bytes per non-zero instead of 6.
     */
    public static boolean byteValued(Matrix a) {
        SparseRows source = SparseOperand.sourceOf(a);
        return source != null && source.bytes() != null;
    }

    /**
     * The three sparse products, for a sparse A ({@link #isSparse}), float32 B (n columns) and C; which one runs for
     * which n is {@code Kernels}' choice. {@code matmul}: {@code C (+)= A·B}, A m×k, B k×n, C m×n;
     * {@code matmulTransA}: {@code C (+)= Aᵀ·B}, A k×m, B k×n, C m×n.
     */
    public enum Product {
        /** n ≤ {@link #ONE_VECTOR_COLUMNS} and {@link #byteValued} values: one vector per row of W or ∂W. */
        ONE_VECTOR {
            @Override public void matmul(Matrix a, float[] b, float[] c, int n, boolean accumulate) {
                NarrowSparseProducts.matmul(SparseOperand.of(a), b, c, n, accumulate);
            }

            @Override public void matmulTransA(Matrix a, float[] b, float[] c, int n, boolean accumulate) {
                NarrowSparseProducts.matmulTransA(SparseOperand.of(a), b, c, n, accumulate);
            }
        },
        /** n ≤ {@link #PANEL_COLUMNS}: panels of up to 4 vectors. */
        PANEL {
            @Override public void matmul(Matrix a, float[] b, float[] c, int n, boolean accumulate) {
                SimdSparseProducts.matmul(SparseOperand.of(a), b, c, n, accumulate);
            }

            @Override public void matmulTransA(Matrix a, float[] b, float[] c, int n, boolean accumulate) {
                SimdSparseProducts.matmulTransA(SparseOperand.of(a), b, c, n, accumulate);
            }
        },
        /** Any n (meant for n &gt; {@link #PANEL_COLUMNS}): row-resident output bands. */
        WIDE {
            @Override public void matmul(Matrix a, float[] b, float[] c, int n, boolean accumulate) {
                SparseWideProducts.matmul(SparseOperand.of(a), b, c, n, accumulate);
            }

            @Override public void matmulTransA(Matrix a, float[] b, float[] c, int n, boolean accumulate) {
                SparseWideProducts.matmulTransA(SparseOperand.of(a), b, c, n, accumulate);
            }
        };

        /** {@code C (+)= A·B}. */
        public abstract void matmul(Matrix a, float[] b, float[] c, int n, boolean accumulate);

        /** {@code C (+)= Aᵀ·B}. */
        public abstract void matmulTransA(Matrix a, float[] b, float[] c, int n, boolean accumulate);
    }
}
