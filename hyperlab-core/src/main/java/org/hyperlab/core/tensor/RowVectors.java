package org.hyperlab.core.tensor;

import org.hyperlab.core.tensor.simd.FloatKernels;
import org.hyperlab.core.tensor.simd.Scratch;
import org.hyperlab.core.tensor.storage.DoubleMatrix;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;

/**
 * Row-vector broadcasts ({@code M[r, :] += v}, {@code M[r, :] *= v}) and column sums on the backing arrays, for
 * a float32 or float64 M and a v of either precision (z-scoring keeps its statistics in float64 while batches
 * are float32). A float64 M gets exactly the reference's results. A float32 M is updated in float32 with v
 * rounded to float32 first (so the loop vectorizes): identical to the reference when v is float32, within one
 * float32 rounding of it when v is float64.
 */
final class RowVectors {
    private RowVectors() {
    }

    private static float[] narrowed(Matrix v) {
        return narrowed(v, 1);
    }

    private static float[] narrowed(Matrix v, int slot) {
        if (v instanceof FloatMatrix f) {
            return f.data();
        }
        float[] w = Scratch.floats(slot, v.cols());
        for (int c = 0; c < v.cols(); c++) {
            w[c] = (float) v.get(c);
        }
        return w;
    }

    /** out = (x + shift) · scale per column, float32, the shift and scale rounded to float32 first. */
    static void shiftScale(FloatKernels backend, float[] x, int rows, int cols, Matrix shift, Matrix scale, float[] out) {
        backend.shiftScale(x, out, rows, cols, narrowed(shift, 0), narrowed(scale, 1));
    }

    /** {@code out[c] (+)= Σ_r M[r, c]} for a float32 M into a float64 row, summed in double in row order. */
    static void sumColumns(FloatKernels backend, float[] m, int rows, int cols, double[] out, boolean accumulate) {
        if (!accumulate) {
            java.util.Arrays.fill(out, 0, cols, 0.0);
        }
        backend.addColumnSums(m, rows, cols, out);
    }

    private static double[] widened(Matrix v) {
        if (v instanceof DoubleMatrix d) {
            return d.data();
        }
        double[] w = Scratch.doubles(v.cols());
        for (int c = 0; c < v.cols(); c++) {
            w[c] = v.get(c);
        }
        return w;
    }

    static void add(FloatKernels backend, Matrix m, Matrix v) {
        int rows = m.rows(), cols = m.cols();
        if (m instanceof FloatMatrix f) {
            backend.addRow(f.data(), rows, cols, narrowed(v));
        } else {
            double[] w = widened(v);
            double[] x = ((DoubleMatrix) m).data();
            for (int r = 0; r < rows; r++) {
                int base = r * cols;
                for (int c = 0; c < cols; c++) {
                    x[base + c] += w[c];
                }
            }
        }
    }

    static void multiply(Matrix m, Matrix v) {
        int rows = m.rows(), cols = m.cols();
        if (m instanceof FloatMatrix f) {
            float[] x = f.data(), w = narrowed(v);
            for (int r = 0; r < rows; r++) {
                int base = r * cols;
                for (int c = 0; c < cols; c++) {
                    x[base + c] *= w[c];
                }
            }
        } else {
            double[] w = widened(v);
            double[] x = ((DoubleMatrix) m).data();
            for (int r = 0; r < rows; r++) {
                int base = r * cols;
                for (int c = 0; c < cols; c++) {
                    x[base + c] *= w[c];
                }
            }
        }
    }
}
