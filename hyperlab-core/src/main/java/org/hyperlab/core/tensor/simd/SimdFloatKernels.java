package org.hyperlab.core.tensor.simd;

import org.hyperlab.core.tensor.runtime.Parallel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Float32 products through the Vector API, choosing a layout per shape:
 * <ul>
 *   <li>wide outputs (n ≥ vector length): {@link SimdPanel}, SIMD along C's columns, B read row by row;</li>
 *   <li>narrow outputs (n &lt; vector length, e.g. 784 → 10): {@link SimdDots} against Bᵀ (B transposed once
 *       into a scratch array), SIMD along the long shared dimension;</li>
 *   <li>Aᵀ·B with a narrow B (∂J/∂W = Xᵀ·∂J/∂Z with 10 classes): Cᵀ = Bᵀ·A by {@link SimdPanel} along A's
 *       784 columns into scratch, then transposed into C;</li>
 *   <li>A·Bᵀ with a wide result: B transposed once, then {@link SimdPanel}.</li>
 * </ul>
 * Work is split between threads by output rows (or columns) only when a part holds at least
 * {@link #PARALLEL_WORK} multiply-adds; see {@link Parallel} for why results do not depend on the split.
 */
final class SimdFloatKernels implements FloatKernels {
    /** Minimum multiply-adds per thread before a product is split ({@link Parallel#MIN_WORK_PER_THREAD}). */
    static final long PARALLEL_WORK = Parallel.MIN_WORK_PER_THREAD;
    private static final int L = SimdPanel.L;
    /**
     * Float64 vectors of the float32 vectors' shape (half as many lanes), for float → double sums. Not a float32
     * vector of another shape: loading a second {@code FloatVector} class (e.g. 256-bit next to 512-bit) mid-run
     * invalidated the compiled 512-bit kernels, which then ran in the Vector API's Java fallback (measured 20×
     * slower steps).
     */
    private static final VectorSpecies<Double> D = VectorSpecies.of(double.class, SimdPanel.S.vectorShape());
    private static final LoopFloatKernels LOOPS = new LoopFloatKernels();

    private static int minRows(long workPerRow) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, PARALLEL_WORK / Math.max(1, workPerRow)));
    }

    private static boolean tiny(int m, int k, int n) {
        return (long) m * k * n < 512;
    }

    @Override
    public void matmul(float[] a, float[] b, float[] c, int m, int k, int n, boolean accumulate) {
        if (tiny(m, k, n)) {
            LOOPS.matmul(a, b, c, m, k, n, accumulate);
        } else if (n >= L || k < L) {
            if (Parallel.serial(m, minRows((long) k * n))) {
                SimdPanel.run(a, k, 1, b, n, c, n, 0, m, 0, n, k, accumulate);
            } else {
                Parallel.forRange(m, minRows((long) k * n), 4,
                        (lo, hi) -> SimdPanel.run(a, k, 1, b, n, c, n, lo, hi, 0, n, k, accumulate));
            }
        } else {
            float[] bt = Scratch.floats(0, k * n);
            transpose(b, k, n, bt);
            if (Parallel.serial(m, minRows((long) k * n))) {
                SimdDots.run(a, k, bt, k, c, n, 0, m, n, k, accumulate);
            } else {
                Parallel.forRange(m, minRows((long) k * n), 4,
                        (lo, hi) -> SimdDots.run(a, k, bt, k, c, n, lo, hi, n, k, accumulate));
            }
        }
    }

    @Override
    public void matmulTransA(float[] a, float[] b, float[] c, int m, int k, int n, boolean accumulate) {
        if (tiny(m, k, n)) {
            LOOPS.matmulTransA(a, b, c, m, k, n, accumulate);
        } else if (n >= L || m < L) {
            if (Parallel.serial(m, minRows((long) k * n))) {
                SimdPanel.run(a, 1, m, b, n, c, n, 0, m, 0, n, k, accumulate);
            } else {
                Parallel.forRange(m, minRows((long) k * n), 4,
                        (lo, hi) -> SimdPanel.run(a, 1, m, b, n, c, n, lo, hi, 0, n, k, accumulate));
            }
        } else {
            float[] ct = Scratch.floats(0, n * m);
            if (Parallel.serial(m, minRows((long) k * n))) {
                transAColumns(a, b, c, ct, m, k, n, accumulate, 0, m);
            } else {
                Parallel.forRange(m, minRows((long) k * n), 4 * L,
                        (lo, hi) -> transAColumns(a, b, c, ct, m, k, n, accumulate, lo, hi));
            }
        }
    }

    /** Rows {@code [lo, hi)} of C = Aᵀ·B for a narrow B: Cᵀ = Bᵀ·A into {@code ct} by {@link SimdPanel}, then transposed. */
    private static void transAColumns(float[] a, float[] b, float[] c, float[] ct, int m, int k, int n, boolean accumulate,
                                      int lo, int hi) {
        SimdPanel.run(b, 1, n, a, m, ct, m, 0, n, lo, hi, k, false);
        for (int i = lo; i < hi; i++) {
            for (int j = 0; j < n; j++) {
                float v = ct[j * m + i];
                c[i * n + j] = accumulate ? c[i * n + j] + v : v;
            }
        }
    }

    @Override
    public void matmulTransB(float[] a, float[] b, float[] c, int m, int k, int n, boolean accumulate) {
        if (tiny(m, k, n)) {
            LOOPS.matmulTransB(a, b, c, m, k, n, accumulate);
        } else if (n >= L || k < L) {
            float[] bk = Scratch.floats(0, k * n);
            transpose(b, n, k, bk);
            if (Parallel.serial(m, minRows((long) k * n))) {
                SimdPanel.run(a, k, 1, bk, n, c, n, 0, m, 0, n, k, accumulate);
            } else {
                Parallel.forRange(m, minRows((long) k * n), 4,
                        (lo, hi) -> SimdPanel.run(a, k, 1, bk, n, c, n, lo, hi, 0, n, k, accumulate));
            }
        } else if (Parallel.serial(m, minRows((long) k * n))) {
            SimdDots.run(a, k, b, k, c, n, 0, m, n, k, accumulate);
        } else {
            Parallel.forRange(m, minRows((long) k * n), 4,
                    (lo, hi) -> SimdDots.run(a, k, b, k, c, n, lo, hi, n, k, accumulate));
        }
    }

    @Override
    public void expInPlace(float[] x, int from, int to) {
        int i = from;
        for (; i + L <= to; i += L) {
            SimdMath.exp(x, i);
        }
        for (; i < to; i++) {
            x[i] = SimdMath.exp(x[i]);
        }
    }

    /**
     * Elements per thread below which Adam runs on one thread (~20 µs of work). Each element's update is
     * independent and its arithmetic the same in either part, so the split changes no bit.
     */
    static final int ADAM_PART = 1 << 16;

    @Override
    public void adam(float[] param, float[] grad, float[] m, float[] v, int n, float beta1, float a1, float beta2, float a2,
                     float negStepSize, float bc2Sqrt, float eps, float decay) {
        if (Parallel.serial(n, ADAM_PART)) {
            adam(param, grad, m, v, 0, n, beta1, a1, beta2, a2, negStepSize, bc2Sqrt, eps, decay);
        } else {
            Parallel.forRange(n, ADAM_PART, L, (lo, hi) ->
                    adam(param, grad, m, v, lo, hi, beta1, a1, beta2, a2, negStepSize, bc2Sqrt, eps, decay));
        }
    }

    private static void adam(float[] param, float[] grad, float[] m, float[] v, int from, int n, float beta1, float a1,
                             float beta2, float a2, float negStepSize, float bc2Sqrt, float eps, float decay) {
        int i = from;
        for (; i + L <= n; i += L) {
            FloatVector g = FloatVector.fromArray(SimdPanel.S, grad, i);
            FloatVector mi = g.fma(FloatVector.broadcast(SimdPanel.S, a1), FloatVector.fromArray(SimdPanel.S, m, i).mul(beta1));
            FloatVector vi = g.mul(a2).fma(g, FloatVector.fromArray(SimdPanel.S, v, i).mul(beta2));
            mi.intoArray(m, i);
            vi.intoArray(v, i);
            FloatVector denom = vi.sqrt().div(bc2Sqrt).add(eps);
            FloatVector.fromArray(SimdPanel.S, param, i).mul(decay).add(mi.mul(negStepSize).div(denom)).intoArray(param, i);
        }
        for (; i < n; i++) {
            float g = grad[i];
            float mi = Math.fma(g, a1, m[i] * beta1);
            float vi = Math.fma(g * a2, g, v[i] * beta2);
            m[i] = mi;
            v[i] = vi;
            param[i] = param[i] * decay + mi * negStepSize / ((float) Math.sqrt(vi) / bc2Sqrt + eps);
        }
    }

    @Override
    public void shiftScale(float[] x, float[] out, int rows, int cols, float[] shift, float[] scale) {
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            int c = 0;
            for (; c + L <= cols; c += L) {
                FloatVector.fromArray(SimdPanel.S, x, base + c).add(FloatVector.fromArray(SimdPanel.S, shift, c))
                        .mul(FloatVector.fromArray(SimdPanel.S, scale, c)).intoArray(out, base + c);
            }
            for (; c < cols; c++) {
                out[base + c] = (x[base + c] + shift[c]) * scale[c];
            }
        }
    }

    /** Branch-free: a blend on a lane mask (scalar branches on the signs of real activations mispredict). */
    @Override
    public void relu(float[] z, float[] out, int n) {
        int i = 0;
        for (; i + L <= n; i += L) {
            FloatVector x = FloatVector.fromArray(SimdPanel.S, z, i);
            x.blend(0f, x.compare(VectorOperators.LE, 0f)).intoArray(out, i); // NaN is not <= 0: kept
        }
        FloatArrays.relu(z, out, i, n);
    }

    @Override
    public void reluBackward(float[] z, float[] g, float[] out, int n) {
        FloatVector zero = FloatVector.zero(SimdPanel.S);
        int i = 0;
        for (; i + L <= n; i += L) {
            VectorMask<Float> positive = FloatVector.fromArray(SimdPanel.S, z, i).compare(VectorOperators.GT, 0f);
            zero.blend(FloatVector.fromArray(SimdPanel.S, g, i), positive).intoArray(out, i);
        }
        FloatArrays.reluBackward(z, g, out, i, n);
    }

    /**
     * Columns in blocks of L (two float64 vectors each), sums kept in {@code sums}. Rows narrower than L but at least
     * L/2 wide (10 classes) keep the first L/2 columns' sums in one register: the row's vector is loaded whole while it
     * fits in the array (the lanes beyond L/2 are ignored), so every column still adds its rows in order.
     */
    @Override
    public void addColumnSums(float[] m, int rows, int cols, double[] sums) {
        int dl = D.length();
        int cv = cols - cols % L;
        if (cols < L && cols >= dl) {
            int fit = m.length < L ? 0 : Math.min(rows, (m.length - L) / cols + 1); // rows whose load stays inside m
            DoubleVector acc = DoubleVector.fromArray(D, sums, 0);
            for (int r = 0; r < fit; r++) {
                acc = acc.add(FloatVector.fromArray(SimdPanel.S, m, r * cols).convert(VectorOperators.F2D, 0));
            }
            acc.intoArray(sums, 0);
            for (int r = fit; r < rows; r++) {
                for (int c = 0; c < dl; c++) {
                    sums[c] += m[r * cols + c];
                }
            }
            FloatArrays.addColumnSums(m, rows, cols, sums, dl);
            return;
        }
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cv; c += L) {
                FloatVector x = FloatVector.fromArray(SimdPanel.S, m, base + c);
                DoubleVector.fromArray(D, sums, c).add(x.convert(VectorOperators.F2D, 0)).intoArray(sums, c);
                DoubleVector.fromArray(D, sums, c + dl).add(x.convert(VectorOperators.F2D, 1)).intoArray(sums, c + dl);
            }
        }
        FloatArrays.addColumnSums(m, rows, cols, sums, cv);
    }

    /**
     * Rows at least a vector wide go column block by column block. Narrower rows (10 classes) are treated as one
     * flat array with the bias repeated: a pattern of lcm(cols, L) values, so each vector adds the right w[c] to
     * each element (the same single addition per element).
     */
    @Override
    public void addRow(float[] x, int rows, int cols, float[] w) {
        int period = cols / gcd(cols, L) * L;
        if (cols >= L || rows * cols < 2 * period) {
            int cv = cols - cols % L;
            for (int r = 0; r < rows; r++) {
                int base = r * cols;
                for (int c = 0; c < cv; c += L) {
                    FloatVector.fromArray(SimdPanel.S, x, base + c).add(FloatVector.fromArray(SimdPanel.S, w, c)).intoArray(x, base + c);
                }
            }
            FloatArrays.addRow(x, rows, cols, w, cv);
            return;
        }
        float[] pattern = Scratch.floats(2, period);
        for (int i = 0; i < period; i++) {
            pattern[i] = w[i % cols];
        }
        int n = rows * cols, i = 0;
        for (; i + period <= n; i += period) {
            for (int q = 0; q < period; q += L) {
                FloatVector.fromArray(SimdPanel.S, x, i + q).add(FloatVector.fromArray(SimdPanel.S, pattern, q)).intoArray(x, i + q);
            }
        }
        for (; i < n; i++) {
            x[i] += w[i % cols];
        }
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /**
     * {@link Scratch#transpose}; a narrow matrix (fewer columns than lanes, e.g. W of 784×10) is read by gathers of
     * one column over L rows, written as one vector of the transpose (3× faster than the scalar tiles for 784×10).
     */
    static void transpose(float[] in, int rows, int cols, float[] out) {
        if (cols >= L || rows < L) {
            Scratch.transpose(in, rows, cols, out);
            return;
        }
        int[] column = Scratch.ints(L);
        for (int l = 0; l < L; l++) {
            column[l] = l * cols;
        }
        int i = 0;
        for (; i + L <= rows; i += L) {
            int base = i * cols;
            for (int j = 0; j < cols; j++) {
                FloatVector.fromArray(SimdPanel.S, in, base + j, column, 0).intoArray(out, j * rows + i);
            }
        }
        for (; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[j * rows + i] = in[i * cols + j];
            }
        }
    }

    @Override
    public boolean vectorized() {
        return true;
    }

    @Override
    public boolean rowKernels(int cols) {
        return SimdRows.fits(cols);
    }

    @Override
    public void crossEntropyRows(float[] z, float[] y, float[] grad, double[] terms, int cols, float invN, int lo, int hi) {
        SimdRows.crossEntropyRows(z, y, grad, terms, cols, invN, lo, hi);
    }

    @Override
    public int countArgmaxHits(float[] z, int rows, int cols, int[] labels) {
        return SimdRows.countArgmaxHits(z, rows, cols, labels);
    }

    @Override
    public String describe() { return "simd-" + SimdPanel.S.vectorBitSize(); }
}
