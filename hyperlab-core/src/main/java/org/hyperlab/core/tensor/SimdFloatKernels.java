package org.hyperlab.core.tensor;

import jdk.incubator.vector.FloatVector;

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
    /**
     * Minimum multiply-adds per thread before a product is split: about 15 µs of work on one core, well above the
     * hand-off and the wait for a worker the scheduler may have parked (see docs/performance.md). The system
     * property {@code hyperlab.parallelWork} overrides it for measurements; results do not depend on it.
     */
    static final long PARALLEL_WORK = Long.getLong("hyperlab.parallelWork", 1L << 21);
    private static final int L = SimdPanel.L;
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
            Parallel.forRange(m, minRows((long) k * n), 4,
                    (lo, hi) -> SimdPanel.run(a, k, 1, b, n, c, n, lo, hi, 0, n, k, accumulate));
        } else {
            float[] bt = Scratch.floats(0, k * n);
            Scratch.transpose(b, k, n, bt);
            Parallel.forRange(m, minRows((long) k * n), 4,
                    (lo, hi) -> SimdDots.run(a, k, bt, k, c, n, lo, hi, n, k, accumulate));
        }
    }

    @Override
    public void matmulTransA(float[] a, float[] b, float[] c, int m, int k, int n, boolean accumulate) {
        if (tiny(m, k, n)) {
            LOOPS.matmulTransA(a, b, c, m, k, n, accumulate);
        } else if (n >= L || m < L) {
            Parallel.forRange(m, minRows((long) k * n), 4,
                    (lo, hi) -> SimdPanel.run(a, 1, m, b, n, c, n, lo, hi, 0, n, k, accumulate));
        } else {
            float[] ct = Scratch.floats(0, n * m);
            Parallel.forRange(m, minRows((long) k * n), 4 * L, (lo, hi) -> {
                SimdPanel.run(b, 1, n, a, m, ct, m, 0, n, lo, hi, k, false);
                for (int i = lo; i < hi; i++) {
                    for (int j = 0; j < n; j++) {
                        float v = ct[j * m + i];
                        c[i * n + j] = accumulate ? c[i * n + j] + v : v;
                    }
                }
            });
        }
    }

    @Override
    public void matmulTransB(float[] a, float[] b, float[] c, int m, int k, int n, boolean accumulate) {
        if (tiny(m, k, n)) {
            LOOPS.matmulTransB(a, b, c, m, k, n, accumulate);
        } else if (n >= L || k < L) {
            float[] bk = Scratch.floats(0, k * n);
            Scratch.transpose(b, n, k, bk);
            Parallel.forRange(m, minRows((long) k * n), 4,
                    (lo, hi) -> SimdPanel.run(a, k, 1, bk, n, c, n, lo, hi, 0, n, k, accumulate));
        } else {
            Parallel.forRange(m, minRows((long) k * n), 4,
                    (lo, hi) -> SimdDots.run(a, k, b, k, c, n, lo, hi, n, k, accumulate));
        }
    }

    @Override
    public void expInPlace(float[] x, int from, int to) {
        int i = from;
        for (; i + L <= to; i += L) {
            SimdMath.exp(FloatVector.fromArray(SimdPanel.S, x, i)).intoArray(x, i);
        }
        for (; i < to; i++) {
            x[i] = SimdMath.exp(x[i]);
        }
    }

    @Override
    public void adam(float[] param, float[] grad, float[] m, float[] v, int n, float beta1, float a1, float beta2, float a2,
                     float negStepSize, float bc2Sqrt, float eps, float decay) {
        int i = 0;
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

    @Override
    public String describe() { return "simd-" + SimdPanel.S.vectorBitSize(); }
}
