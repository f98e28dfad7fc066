package org.hyperlab.core.tensor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
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
    private static final ThreadLocal<float[]> ROW = ThreadLocal.withInitial(() -> new float[L]);
    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[5][0]);
    /** Scratch slots: padded W, the row cᵀW, padded G, and the backward chunks' accumulators (two slots). */
    private static final int W_PAD = 0, BIAS = 1, G_PAD = 2, ACC0 = 3;

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

    /**
     * True when n is a multiple of 4 vectors: the products then read W and write ∂W in place, applying s per
     * non-zero; otherwise W and G are copied with rows padded to whole vectors (W pre-scaled by s, ∂W scaled by s
     * at the end).
     */
    static boolean wide(int n) {
        return n % (4 * L) == 0;
    }

    /**
     * {@code dst[r·ld + j] = src[r·n + j]} for j &lt; n and 0 up to ld, for r in [0, rows). Unmasked loads (which
     * may read into the next row) with the lanes at and beyond n replaced by 0: the JDK 17 masked loads and
     * stores cost ~10 ns each here, 20× an unmasked one.
     */
    static void pad(float[] src, int rows, int n, float[] dst, int ld) {
        FloatVector zero = FloatVector.zero(S);
        for (int j = 0; j < ld; j += L) {
            VectorMask<Float> in = S.indexInRange(j, n);
            int r = 0;
            for (; r < rows && r * n + j + L <= src.length; r++) {
                zero.blend(FloatVector.fromArray(S, src, r * n + j), in).intoArray(dst, r * ld + j);
            }
            for (; r < rows; r++) {
                for (int q = j; q < j + L; q++) {
                    dst[r * ld + q] = q < n ? src[r * n + q] : 0f;
                }
            }
        }
    }

    /** {@code C (+)= X'·W}, X' m×k (sparse), W k×n, C m×n. */
    static void matmul(SparseOperand a, float[] w, float[] c, int n, boolean accumulate) {
        int m = a.rows(), k = a.cols(), ld = padded(n);
        SparseRowPlan plan = SparseRowPlan.of(a);
        boolean copy = !wide(n);
        float[] wp = w;
        if (copy) {
            wp = scratch(W_PAD, k * ld);
            pad(w, k, n, wp, ld);
        }
        float[] bias = scratch(BIAS, ld);
        java.util.Arrays.fill(bias, 0, ld, 0f);
        if (a.shift() != null) {
            SparseTerms.addWeightedRows(a.shift(), wp, k, ld, bias);
        }
        if (copy && a.scale() != null) {                // diag(s)·W into the copy; the kernel then needs no s
            SparseTerms.scaleRows(wp, k, ld, a.scale());
        }
        float[] scale = !copy && a.scale() != null ? a.scale() : SparseTerms.ones(k);
        long workPerRow = (long) Math.ceil(plan.nonZerosPerRow()) * ld;
        float[] wpf = wp;
        Parallel.forRange(m, (int) Math.max(1, SimdFloatKernels.PARALLEL_WORK / workPerRow), SparseRowPlan.BLOCK, (lo, hi) -> {
            for (int t0 = lo; t0 < hi; t0 += SparseRowPlan.BLOCK) {
                int t1 = Math.min(hi, t0 + SparseRowPlan.BLOCK);
                plan.touch(a.source(), t0, t1);
                for (int t = t0; t < t1; t++) {
                    forwardRow(a.source(), scale, plan.start[t], plan.end[t], wpf, ld, bias, c, plan.position[t] * n, n,
                            accumulate);
                }
            }
        });
    }

    /**
     * {@code out[o + j] = (old +) (Σ_p val[p]·s[col[p]]·w[col[p]·ld + j] + bias[j])} for j in [0, n); the columns
     * beyond the last whole block of 4 vectors ignore s (W is pre-scaled there, see {@link #wide}).
     */
    private static void forwardRow(SparseRows x, float[] s, int p0, int p1, float[] w, int ld, float[] bias,
                                   float[] out, int o, int n, boolean addOld) {
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
            store(a0.add(b0), bias, out, o, j, n, addOld);
            store(a1.add(b1), bias, out, o, j + L, n, addOld);
            store(a2.add(b2), bias, out, o, j + 2 * L, n, addOld);
            store(a3.add(b3), bias, out, o, j + 3 * L, n, addOld);
        }
        for (; j < ld; j += L) {
            FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
            int p = p0;
            for (; p + 4 <= p1; p += 4) {
                a0 = FloatVector.fromArray(S, w, col[p] * ld + j).fma(FloatVector.broadcast(S, val[p]), a0);
                a1 = FloatVector.fromArray(S, w, col[p + 1] * ld + j).fma(FloatVector.broadcast(S, val[p + 1]), a1);
                a2 = FloatVector.fromArray(S, w, col[p + 2] * ld + j).fma(FloatVector.broadcast(S, val[p + 2]), a2);
                a3 = FloatVector.fromArray(S, w, col[p + 3] * ld + j).fma(FloatVector.broadcast(S, val[p + 3]), a3);
            }
            for (; p < p1; p++) {
                a0 = FloatVector.fromArray(S, w, col[p] * ld + j).fma(FloatVector.broadcast(S, val[p]), a0);
            }
            store(a0.add(a1).add(a2.add(a3)), bias, out, o, j, n, addOld);
        }
    }

    /** Stores {@code (old +) (sum + bias[j..])} at out[o + j ..], only the lanes below column n. */
    private static void store(FloatVector sum, float[] bias, float[] out, int o, int j, int n, boolean addOld) {
        FloatVector v = sum.add(FloatVector.fromArray(S, bias, j));
        if (j + L <= n) {
            if (addOld) {
                v = FloatVector.fromArray(S, out, o + j).add(v);
            }
            v.intoArray(out, o + j);
        } else {
            float[] row = ROW.get();
            v.intoArray(row, 0);
            for (int q = 0; q < n - j; q++) {
                out[o + j + q] = addOld ? out[o + j + q] + row[q] : row[q];
            }
        }
    }

    /** {@code C (+)= X'ᵀ·G}, X' m×k (sparse), G m×n, C k×n. */
    static void matmulTransA(SparseOperand a, float[] g, float[] c, int n, boolean accumulate) {
        int m = a.rows(), k = a.cols(), ld = padded(n);
        SparseRowPlan plan = SparseRowPlan.of(a);
        boolean direct = wide(n);                       // chunk 0 accumulates into C itself, s applied per non-zero
        float[] gp = g;
        if (!direct) {
            gp = scratch(G_PAD, m * ld);
            pad(g, m, n, gp, ld);
        }
        float[] scale = direct && a.scale() != null ? a.scale() : SparseTerms.ones(k);
        int chunks = plan.nonZeros * ld >= 2 * SimdFloatKernels.PARALLEL_WORK && m >= 2 * SparseRowPlan.BLOCK ? 2 : 1;
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
        SparseTerms.finishTransA(direct ? null : a.scale(), a.shift(), gp, m, n, k, ld, acc, chunks, direct, c, accumulate);
    }

    /**
     * {@code acc[j·ld + :] += x·s[j]·G[i·ld + :]} for every non-zero x at (i, j) of entries [t0, t1); the columns
     * beyond the last whole block of 4 vectors ignore s (applied at the end, see {@link #wide}).
     */
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
                        int o = col[p] * ld + j;
                        g0.fma(FloatVector.broadcast(S, val[p]), FloatVector.fromArray(S, acc, o)).intoArray(acc, o);
                    }
                }
            }
        }
    }
}
