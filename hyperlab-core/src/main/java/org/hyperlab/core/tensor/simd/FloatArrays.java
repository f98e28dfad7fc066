package org.hyperlab.core.tensor.simd;

import org.hyperlab.core.tensor.runtime.Parallel;

/**
 * The float32 element-wise kernels on raw row-major arrays (shapes checked by {@link org.hyperlab.core.tensor.Kernels}). The simple
 * updates (axpy, scaling, products, bias rows, column sums) compute in double and round once, exactly as the
 * reference does; softmax uses the backend's vector exponential and agrees with the reference within float32
 * rounding.
 */
public final class FloatArrays {
    private FloatArrays() {
    }

    static void relu(float[] z, float[] out, int n) {
        relu(z, out, 0, n);
    }

    /** The scalar ReLU over {@code [from, to)} (also the SIMD kernel's tail). */
    static void relu(float[] z, float[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            float x = z[i];
            out[i] = x > 0 ? x : (x == x ? 0f : x);
        }
    }

    static void reluBackward(float[] z, float[] g, float[] out, int n) {
        reluBackward(z, g, out, 0, n);
    }

    /** The scalar ReLU derivative over {@code [from, to)} (also the SIMD kernel's tail). */
    static void reluBackward(float[] z, float[] g, float[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = z[i] > 0 ? g[i] : 0f;
        }
    }

    public static void sumColumns(FloatKernels backend, float[] m, int rows, int cols, float[] out, boolean accumulate) {
        double[] sums = Scratch.doubles(cols);
        for (int c = 0; c < cols; c++) {
            sums[c] = accumulate ? out[c] : 0.0;
        }
        backend.addColumnSums(m, rows, cols, sums);
        for (int c = 0; c < cols; c++) {
            out[c] = (float) sums[c];
        }
    }

    /** The scalar {@code sums[c] += Σ_r m[r,c]} (row order) for the columns {@code [from, cols)}. */
    static void addColumnSums(float[] m, int rows, int cols, double[] sums, int from) {
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = from; c < cols; c++) {
                sums[c] += m[base + c];
            }
        }
    }

    /** The scalar {@code x[r,c] += w[c]} for the columns {@code [from, cols)}. */
    static void addRow(float[] x, int rows, int cols, float[] w, int from) {
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = from; c < cols; c++) {
                x[base + c] += w[c];
            }
        }
    }

    public static void axpy(double alpha, float[] x, float[] y, int n) {
        for (int i = 0; i < n; i++) {
            y[i] = (float) (y[i] + alpha * x[i]);
        }
    }

    public static void scale(float[] m, int n, double alpha) {
        for (int i = 0; i < n; i++) {
            m[i] = (float) (m[i] * alpha);
        }
    }

    public static void multiply(float[] a, float[] b, float[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = (float) ((double) a[i] * b[i]);
        }
    }

    public static void gatherRows(float[] source, int cols, int[] indices, int from, int count, float[] out) {
        for (int r = 0; r < count; r++) {
            System.arraycopy(source, indices[from + r] * cols, out, r * cols, cols);
        }
    }

    /** out[r,c] = z[r,c] − max_c z[r,c] for rows [from, to); {@code out} may be {@code z}. */
    private static void shiftByRowMax(float[] z, float[] out, int from, int to, int cols) {
        for (int r = from; r < to; r++) {
            int base = r * cols;
            float max = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < cols; c++) {
                max = Math.max(max, z[base + c]);
            }
            for (int c = 0; c < cols; c++) {
                out[base + c] = z[base + c] - max;
            }
        }
    }

    /**
     * Rows per thread below which softmax-cross-entropy stays on one thread (~40 µs of work): a batch of 128 never
     * splits, the full batch of 60,000 rows does. Rows are independent and the loss terms are added in row order
     * after the parallel part, so the split changes no bit.
     */
    static final int SOFTMAX_ROWS = 1024;

    public static void softmaxRows(FloatKernels backend, float[] z, float[] out, int rows, int cols) {
        shiftByRowMax(z, out, 0, rows, cols);
        backend.expInPlace(out, 0, rows * cols);
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double sum = 0.0;
            for (int c = 0; c < cols; c++) {
                sum += out[base + c];
            }
            float inv = (float) (1.0 / sum);
            for (int c = 0; c < cols; c++) {
                out[base + c] *= inv;
            }
        }
    }

    /**
     * See {@link org.hyperlab.core.tensor.Kernels#softmaxCrossEntropy}; {@code grad} may be {@code z}. Rows that fit one vector
     * ({@link FloatKernels#rowKernels}) take the backend's row kernel, whose per-row terms are added in row order.
     * Otherwise the loss is one float64 chain: first −y·(z − max) over the elements in row-major order, then
     * y-sum·log Σ e^{z−max} row by row (collected per row, so large batches can split the rows between threads).
     */
    public static double softmaxCrossEntropy(FloatKernels backend, float[] z, float[] y, float[] grad, int rows, int cols) {
        boolean serial = Parallel.serial(rows, SOFTMAX_ROWS); // no capturing lambda per batch (see Parallel.serial)
        if (backend.rowKernels(cols)) { // one vector per row: each row's loss term, then their sum in row order
            double[] terms = Scratch.doubles(rows);
            float invN = 1f / rows;
            if (serial) {
                backend.crossEntropyRows(z, y, grad, terms, cols, invN, 0, rows);
            } else {
                Parallel.forRange(rows, SOFTMAX_ROWS, SimdRows.LOG_BLOCK, (lo, hi) -> backend.crossEntropyRows(z, y, grad, terms, cols, invN, lo, hi));
            }
            double total = 0.0;
            for (int r = 0; r < rows; r++) {
                total += terms[r];
            }
            return total / rows;
        }
        if (serial) {
            shiftByRowMax(z, grad, 0, rows, cols);
        } else {
            Parallel.forRange(rows, SOFTMAX_ROWS, 1, (lo, hi) -> shiftByRowMax(z, grad, lo, hi, cols));
        }
        double total = 0.0;
        for (int i = 0; i < rows * cols; i++) {
            if (y[i] != 0f) {
                total -= (double) y[i] * grad[i]; // − Σ y·(z − max); Σ y·(max + log Σ e^{z−max}) follows
            }
        }
        double[] logTerms = Scratch.doubles(rows);
        float invN = 1f / rows;
        if (serial) {
            softmaxGradient(backend, grad, y, logTerms, cols, invN, 0, rows);
        } else {
            Parallel.forRange(rows, SOFTMAX_ROWS, 1, (lo, hi) -> softmaxGradient(backend, grad, y, logTerms, cols, invN, lo, hi));
        }
        for (int r = 0; r < rows; r++) {
            total += logTerms[r];
        }
        return total / rows;
    }

    /**
     * Rows {@code [lo, hi)} of the softmax-cross-entropy gradient from {@code grad} = z − max: e^·, the row's
     * {@code ySum·log Σ} into {@code logTerms}, then {@code (p − y)/N} in place.
     */
    private static void softmaxGradient(FloatKernels backend, float[] grad, float[] y, double[] logTerms, int cols,
                                        float invN, int lo, int hi) {
        backend.expInPlace(grad, lo * cols, hi * cols);
        for (int r = lo; r < hi; r++) {
            int base = r * cols;
            double sum = 0.0, ySum = 0.0;
            for (int c = 0; c < cols; c++) {
                sum += grad[base + c];
                ySum += y[base + c];
            }
            logTerms[r] = ySum * Math.log(sum);
            float inv = (float) (1.0 / sum);
            for (int c = 0; c < cols; c++) {
                grad[base + c] = (grad[base + c] * inv - y[base + c]) * invN;
            }
        }
    }

    /**
     * The first column of the row at {@code base} with the largest value (−0 equal to +0, NaN below every number),
     * without data-dependent branches (which column wins is random, and mispredictions cost ~30 ns a row): each
     * column gets the key (order-preserving int of the value, −0 read as +0, NaN lowest; then cols−1−c, so the
     * first maximal column has the largest key) and the row's class comes from the largest key.
     */
    public static int argmax(float[] d, int base, int cols) {
        long bestKey = Long.MIN_VALUE;
        for (int c = 0; c < cols; c++) {
            float v = d[base + c] + 0f; // −0 + 0 = +0: equal zeros tie, as with >
            int bits = Float.floatToRawIntBits(v);
            int order = v != v ? Integer.MIN_VALUE : bits ^ ((bits >> 31) & 0x7fffffff);
            bestKey = Math.max(bestKey, (long) order << 32 | (cols - 1 - c));
        }
        return cols - 1 - (int) (bestKey & 0xffffffffL);
    }

    /** The number of rows whose {@link #argmax} equals {@code labels[r]}: one vector per row where the backend can. */
    public static int countArgmaxHits(FloatKernels backend, float[] z, int rows, int cols, int[] labels) {
        if (backend.rowKernels(cols)) {
            return backend.countArgmaxHits(z, rows, cols, labels);
        }
        int hits = 0;
        for (int r = 0; r < rows; r++) {
            hits += argmax(z, r * cols, cols) == labels[r] ? 1 : 0;
        }
        return hits;
    }
}
