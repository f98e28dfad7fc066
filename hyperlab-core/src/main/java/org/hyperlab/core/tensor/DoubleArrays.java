package org.hyperlab.core.tensor;

/**
 * The float64 kernels on raw row-major arrays (shapes checked by {@link Kernels}). Each output element goes
 * through exactly the operations of {@link ReferenceKernels}, in the same order, so results are identical to
 * the reference bit for bit; only the loop order (and the absence of virtual element access) differs.
 */
final class DoubleArrays {
    private DoubleArrays() {
    }

    /** C (+)= A·B as rows: C[i,:] += A[i,p]·B[p,:] for p ascending, so each element sums in p order. */
    static void matmul(double[] a, double[] b, double[] c, int m, int k, int n, boolean accumulate) {
        for (int i = 0; i < m; i++) {
            int ci = i * n;
            if (!accumulate) {
                java.util.Arrays.fill(c, ci, ci + n, 0.0);
            }
            for (int p = 0; p < k; p++) {
                double x = a[i * k + p];
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += x * b[bp + j];
                }
            }
        }
    }

    static void matmulTransA(double[] a, double[] b, double[] c, int m, int k, int n, boolean accumulate) {
        if (!accumulate) {
            java.util.Arrays.fill(c, 0, m * n, 0.0);
        }
        for (int p = 0; p < k; p++) {
            int bp = p * n;
            for (int i = 0; i < m; i++) {
                double x = a[p * m + i];
                int ci = i * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += x * b[bp + j];
                }
            }
        }
    }

    static void matmulTransB(double[] a, double[] b, double[] c, int m, int k, int n, boolean accumulate) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = accumulate ? c[i * n + j] : 0.0;
                for (int p = 0; p < k; p++) {
                    sum += a[i * k + p] * b[j * k + p];
                }
                c[i * n + j] = sum;
            }
        }
    }

    static void sumColumns(double[] m, int rows, int cols, double[] out, boolean accumulate) {
        if (!accumulate) {
            java.util.Arrays.fill(out, 0, cols, 0.0);
        }
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                out[c] += m[base + c];
            }
        }
    }

    static void softmaxRows(double[] z, double[] out, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < cols; c++) {
                max = Math.max(max, z[base + c]);
            }
            double sum = 0.0;
            for (int c = 0; c < cols; c++) {
                double e = Math.exp(z[base + c] - max);
                out[base + c] = e;
                sum += e;
            }
            for (int c = 0; c < cols; c++) {
                out[base + c] /= sum;
            }
        }
    }

    static void axpy(double alpha, double[] x, double[] y, int n) {
        for (int i = 0; i < n; i++) {
            y[i] += alpha * x[i];
        }
    }

    static void scale(double[] m, int n, double alpha) {
        for (int i = 0; i < n; i++) {
            m[i] *= alpha;
        }
    }

    static void multiply(double[] a, double[] b, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = a[i] * b[i];
        }
    }

    static void gatherRows(double[] source, int cols, int[] indices, int from, int count, double[] out) {
        for (int r = 0; r < count; r++) {
            System.arraycopy(source, indices[from + r] * cols, out, r * cols, cols);
        }
    }

    static void adamStep(double[] param, double[] grad, double[] m, double[] v, int n,
                         double beta1, double beta2, double stepSize, double bc2Sqrt, double eps, double decay) {
        for (int i = 0; i < n; i++) {
            double g = grad[i];
            m[i] = m[i] * beta1 + (1.0 - beta1) * g;
            v[i] = v[i] * beta2 + (1.0 - beta2) * g * g;
            double denom = Math.sqrt(v[i]) / bc2Sqrt + eps;
            param[i] = decay * param[i] - stepSize * m[i] / denom;
        }
    }
}
