package org.hyperlab.core.tensor;

import org.hyperlab.core.tensor.runtime.KernelSettings;
import org.hyperlab.core.tensor.sparse.SparseKernels;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * How training features are held sparsely, for the layers that feed the products: the sparse form of a feature
 * matrix, the mini-batch row selections of it and the lazy z-scored view. Products with such a matrix as left
 * operand ({@link Kernels#matmul}, {@link Kernels#matmulTransA}) read only its non-zeros; when a sparse form does
 * not pay (dense or float64 features, no SIMD backend, {@code -Dhyperlab.sparse=false}) every method falls back to
 * the dense path, so callers never branch on it. Which sparse product runs stays decided in {@link Kernels} (the
 * dispatch table in {@code package-info}).
 */
public final class SparseFeatures {
    private SparseFeatures() {
    }

    /**
     * True when {@code m} is held sparsely: the sparse form of a feature matrix ({@link #sparseForm}), a row
     * selection of one ({@link #rowSelection}) or a {@link #shiftScaleView} of either. Products with such a left
     * operand read only its non-zeros; layers need not tell it apart from a dense matrix.
     */
    public static boolean isSparse(Matrix m) {
        return SparseKernels.isSparse(m);
    }

    /**
     * The sparse form of a training feature matrix when it pays (see the dispatch table in {@code package-info}):
     * {@code features} is float32 with at most half of its elements non-zero, the SIMD kernels are in use and
     * {@link KernelSettings#sparseInput} allows it; otherwise null. It is built once and kept with the matrix, which
     * must not change afterwards.
     */
    public static Matrix sparseForm(Matrix features) {
        if (!(features instanceof FloatMatrix dense) || !Kernels.sparseProductsAvailable() || !KernelSettings.sparseInput()) {
            return null;
        }
        return dense.sparseForm(SparseKernels::rowsIfSparse);
    }

    /**
     * A matrix to receive {@code rows} rows of {@code features} through {@link #selectRows}: a no-copy view of
     * {@code features}' {@link #sparseForm} that reads {@code indices} when used (float32 only), or else a
     * {@code rows × features.cols()} buffer in {@code precision}. Read-only in the first case: callers must not
     * write into it either way.
     */
    public static Matrix rowSelection(Matrix features, int[] indices, int rows, Precision precision) {
        Matrix sparse = precision == Precision.FLOAT32 ? sparseForm(features) : null;
        if (sparse != null) {
            return SparseKernels.rowView(sparse, indices, 0, rows);
        }
        return precision.zeros(rows, features.cols());
    }

    /**
     * Makes {@code selection} (from {@link #rowSelection} with the same features and indices) hold the rows
     * {@code indices[from .. from + rows)} of {@code features}: a view is re-pointed, a buffer is filled by
     * {@link Kernels#gatherRows}.
     */
    public static void selectRows(Matrix features, int[] indices, int from, int rows, Matrix selection) {
        if (!SparseKernels.moveRowView(selection, from, rows)) {
            Kernels.gatherRows(features, indices, from, rows, selection);
        }
    }

    /**
     * The lazy read-only view {@code x·diag(scale) + 1·shiftᵀ} of a sparse {@code x} ({@link #isSparse}), rounded to
     * float32 per element, which products use without forming it (see {@code package-info}); null for any other
     * {@code x}, which {@link Kernels#shiftScaleColumns} transforms instead. {@code scale} and {@code shift} (length
     * {@code x.cols()}) are not copied and must not change while the view is used.
     */
    public static Matrix shiftScaleView(Matrix x, float[] scale, float[] shift) {
        return SparseKernels.shiftScaleView(x, scale, shift);
    }
}
