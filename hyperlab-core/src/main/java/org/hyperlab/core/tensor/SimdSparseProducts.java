package org.hyperlab.core.tensor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Float32 products whose left operand X' = X·diag(s) + 1·cᵀ has a sparse X ({@link SparseOperand}), with SIMD
 * along the output columns (Vector API):
 * <pre>
 *   forward   C (+)= X'·W   = X·(diag(s)·W) + 1·(cᵀW)          X' m×k, W k×n, C m×n
 *   backward  C (+)= X'ᵀ·G  = diag(s)·(Xᵀ·G) + c ⊗ colsum(G)    G m×n,  C k×n
 * </pre>
 * Only X's non-zeros are read. W's and G's rows are padded to a whole number of vectors in scratch when n is not
 * a multiple of the vector length (n = 10 → 16 lanes); s is applied per non-zero (x·s[j]).
 *
 * <p>Forward: per row, one W row per non-zero is multiplied into 8 (wide n) or 4 (one vector) independent
 * accumulators, then added to cᵀW. Rows are split between threads (each output row is computed identically
 * whatever the split). Backward: the scatter {@code acc[j, :] += x·s[j]·G[i, :]} for every non-zero (i, j) of X,
 * with a fixed number of row chunks (1, or 2 for large products, chosen from the work alone) whose partial sums
 * are added in chunk order, so results are bit-identical for any thread count.
 */
final class SimdSparseProducts {
    private static final VectorSpecies<Float> S = SimdPanel.S;
    private static final int L = SimdPanel.L;
    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[6][0]);
    private static final int W_PAD = 0, BIAS = 1, OUT_PAD = 2, G_PAD = 3, ACC0 = 4, ACC1 = 5;

    private SimdSparseProducts() {
    }

    private static float[] scratch(int slot, int size) {
        float[][] s = SCRATCH.get();
        if (s[slot].length < size) {
            s[slot] = new float[size];
        }
        return s[slot];
    }

    static int padded(int n) {
        return (n + L - 1) / L * L;
    }

    /** {@code dst[r·ldd + j] = src[r·n + j]} for j &lt; n and 0 up to ldd, for r in [0, rows). */
    private static void pad(float[] src, int rows, int n, float[] dst, int ldd) {
        for (int r = 0; r < rows; r++) {
            System.arraycopy(src, r * n, dst, r * ldd, n);
            java.util.Arrays.fill(dst, r * ldd + n, r * ldd + ldd, 0f);
        }
    }

    /** {@code C (+)= X'·W}, X' m×k (sparse), W k×n, C m×n. */
    static void matmul(SparseOperand a, float[] w, float[] c, int n, boolean accumulate) {
        int m = a.rows(), k = a.cols(), ld = padded(n);
        SparseRowPlan plan = SparseRowPlan.of(a);
        float[] wp = w;
        if (ld != n) {
            wp = scratch(W_PAD, k * ld);
            pad(w, k, n, wp, ld);
        }
        float[] bias = scratch(BIAS, ld);
        java.util.Arrays.fill(bias, 0, ld, 0f);
        if (a.shift() != null) {
            SparseTerms.addWeightedRows(a.shift(), wp, k, ld, bias);
        }
        float[] scale = a.scale() != null ? a.scale() : SparseTerms.ones(k);
        float[] out = ld == n ? c : scratch(OUT_PAD, m * ld);
        long workPerRow = (long) Math.ceil(plan.nonZerosPerRow()) * ld;
        float[] wpf = wp;
        Parallel.forRange(m, (int) Math.max(1, SimdFloatKernels.PARALLEL_WORK / workPerRow), SparseRowPlan.BLOCK, (lo, hi) -> {
            for (int t0 = lo; t0 < hi; t0 += SparseRowPlan.BLOCK) {
                int t1 = Math.min(hi, t0 + SparseRowPlan.BLOCK);
                plan.touch(a.source(), t0, t1);
                for (int t = t0; t < t1; t++) {
                    forwardRow(a.source(), scale, plan.start[t], plan.end[t], wpf, ld, bias, out,
                            plan.position[t] * ld, accumulate && ld == n);
                }
                if (ld != n) {
                    for (int t = t0; t < t1; t++) {
                        int i = plan.position[t];
                        for (int j = 0; j < n; j++) {
                            c[i * n + j] = accumulate ? c[i * n + j] + out[i * ld + j] : out[i * ld + j];
                        }
                    }
                }
            }
        });
    }

    /** {@code out[o + j] = (old +) bias[j] + Σ_p val[p]·s[col[p]]·w[col[p]·ld + j]} for j in [0, ld). */
    private static void forwardRow(SparseRows x, float[] s, int p0, int p1, float[] w, int ld, float[] bias,
                                   float[] out, int o, boolean addOld) {
        char[] col = x.columns();
        float[] val = x.values();
        int j = 0;
        for (; j + 4 * L <= ld; j += 4 * L) {
            FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, b0 = a0, b1 = a0, b2 = a0, b3 = a0;
            int p = p0;
            for (; p + 2 <= p1; p += 2) {
                int k0 = col[p], k1 = col[p + 1];
                FloatVector x0 = FloatVector.broadcast(S, val[p] * s[k0]);
                FloatVector x1 = FloatVector.broadcast(S, val[p + 1] * s[k1]);
                int w0 = k0 * ld + j, w1 = k1 * ld + j;
                a0 = FloatVector.fromArray(S, w, w0).fma(x0, a0);
                a1 = FloatVector.fromArray(S, w, w0 + L).fma(x0, a1);
                a2 = FloatVector.fromArray(S, w, w0 + 2 * L).fma(x0, a2);
                a3 = FloatVector.fromArray(S, w, w0 + 3 * L).fma(x0, a3);
                b0 = FloatVector.fromArray(S, w, w1).fma(x1, b0);
                b1 = FloatVector.fromArray(S, w, w1 + L).fma(x1, b1);
                b2 = FloatVector.fromArray(S, w, w1 + 2 * L).fma(x1, b2);
                b3 = FloatVector.fromArray(S, w, w1 + 3 * L).fma(x1, b3);
            }
            if (p < p1) {
                int k0 = col[p];
                FloatVector x0 = FloatVector.broadcast(S, val[p] * s[k0]);
                int w0 = k0 * ld + j;
                a0 = FloatVector.fromArray(S, w, w0).fma(x0, a0);
                a1 = FloatVector.fromArray(S, w, w0 + L).fma(x0, a1);
                a2 = FloatVector.fromArray(S, w, w0 + 2 * L).fma(x0, a2);
                a3 = FloatVector.fromArray(S, w, w0 + 3 * L).fma(x0, a3);
            }
            store(a0.add(b0), bias, out, o, j, addOld);
            store(a1.add(b1), bias, out, o, j + L, addOld);
            store(a2.add(b2), bias, out, o, j + 2 * L, addOld);
            store(a3.add(b3), bias, out, o, j + 3 * L, addOld);
        }
        for (; j < ld; j += L) {
            FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
            int p = p0;
            for (; p + 4 <= p1; p += 4) {
                int k0 = col[p], k1 = col[p + 1], k2 = col[p + 2], k3 = col[p + 3];
                a0 = FloatVector.fromArray(S, w, k0 * ld + j).fma(FloatVector.broadcast(S, val[p] * s[k0]), a0);
                a1 = FloatVector.fromArray(S, w, k1 * ld + j).fma(FloatVector.broadcast(S, val[p + 1] * s[k1]), a1);
                a2 = FloatVector.fromArray(S, w, k2 * ld + j).fma(FloatVector.broadcast(S, val[p + 2] * s[k2]), a2);
                a3 = FloatVector.fromArray(S, w, k3 * ld + j).fma(FloatVector.broadcast(S, val[p + 3] * s[k3]), a3);
            }
            for (; p < p1; p++) {
                int k0 = col[p];
                a0 = FloatVector.fromArray(S, w, k0 * ld + j).fma(FloatVector.broadcast(S, val[p] * s[k0]), a0);
            }
            store(a0.add(a1).add(a2.add(a3)), bias, out, o, j, addOld);
        }
    }

    private static void store(FloatVector sum, float[] bias, float[] out, int o, int j, boolean addOld) {
        FloatVector v = sum.add(FloatVector.fromArray(S, bias, j));
        if (addOld) {
            v = FloatVector.fromArray(S, out, o + j).add(v);
        }
        v.intoArray(out, o + j);
    }

    /** {@code C (+)= X'ᵀ·G}, X' m×k (sparse), G m×n, C k×n. */
    static void matmulTransA(SparseOperand a, float[] g, float[] c, int n, boolean accumulate) {
        int m = a.rows(), k = a.cols(), ld = padded(n);
        SparseRowPlan plan = SparseRowPlan.of(a);
        float[] gp = g;
        if (ld != n) {
            gp = scratch(G_PAD, m * ld);
            pad(g, m, n, gp, ld);
        }
        float[] scale = a.scale() != null ? a.scale() : SparseTerms.ones(k);
        int chunks = plan.nonZeros * ld >= 2 * SimdFloatKernels.PARALLEL_WORK && m >= 2 * SparseRowPlan.BLOCK ? 2 : 1;
        boolean direct = ld == n;                       // chunk 0 accumulates into C itself
        if (direct && !accumulate) {
            java.util.Arrays.fill(c, 0, k * n, 0f);
        }
        float[][] acc = new float[2][];
        for (int ci = direct ? 1 : 0; ci < chunks; ci++) {
            acc[ci] = scratch(ACC0 + ci, k * ld);
            java.util.Arrays.fill(acc[ci], 0, k * ld, 0f);
        }
        if (direct) {
            acc[0] = c;
        }
        float[] gpf = gp;
        Parallel.forRange(chunks, 1, 1, (lo, hi) -> {
            for (int ci = lo; ci < hi; ci++) {
                int t0 = (int) ((long) m * ci / chunks), t1 = (int) ((long) m * (ci + 1) / chunks);
                scatterRows(a.source(), scale, plan, t0, t1, gpf, ld, acc[ci]);
            }
        });
        SparseTerms.finishTransA(a.shift(), g, m, n, k, ld, acc, chunks, direct, c, accumulate);
    }

    /** {@code acc[j·ld + :] += x·s[j]·G[i·ld + :]} for every non-zero x at (i, j) of entries [t0, t1). */
    private static void scatterRows(SparseRows x, float[] s, SparseRowPlan plan, int t0, int t1, float[] g, int ld,
                                    float[] acc) {
        char[] col = x.columns();
        float[] val = x.values();
        for (int b0 = t0; b0 < t1; b0 += SparseRowPlan.BLOCK) {
            int b1 = Math.min(t1, b0 + SparseRowPlan.BLOCK);
            plan.touch(x, b0, b1);
            for (int t = b0; t < b1; t++) {
                int p0 = plan.start[t], p1 = plan.end[t], gi = plan.position[t] * ld;
                int j = 0;
                for (; j + 4 * L <= ld; j += 4 * L) {
                    FloatVector g0 = FloatVector.fromArray(S, g, gi + j), g1 = FloatVector.fromArray(S, g, gi + j + L);
                    FloatVector g2 = FloatVector.fromArray(S, g, gi + j + 2 * L), g3 = FloatVector.fromArray(S, g, gi + j + 3 * L);
                    for (int p = p0; p < p1; p++) {
                        int k0 = col[p];
                        FloatVector xv = FloatVector.broadcast(S, val[p] * s[k0]);
                        int o = k0 * ld + j;
                        g0.fma(xv, FloatVector.fromArray(S, acc, o)).intoArray(acc, o);
                        g1.fma(xv, FloatVector.fromArray(S, acc, o + L)).intoArray(acc, o + L);
                        g2.fma(xv, FloatVector.fromArray(S, acc, o + 2 * L)).intoArray(acc, o + 2 * L);
                        g3.fma(xv, FloatVector.fromArray(S, acc, o + 3 * L)).intoArray(acc, o + 3 * L);
                    }
                }
                for (; j < ld; j += L) {
                    FloatVector g0 = FloatVector.fromArray(S, g, gi + j);
                    for (int p = p0; p < p1; p++) {
                        int k0 = col[p];
                        int o = k0 * ld + j;
                        g0.fma(FloatVector.broadcast(S, val[p] * s[k0]), FloatVector.fromArray(S, acc, o)).intoArray(acc, o);
                    }
                }
            }
        }
    }
}
