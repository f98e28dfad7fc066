package org.hyperlab.core.tensor.sparse;

import org.hyperlab.core.tensor.runtime.Parallel;
import org.hyperlab.core.tensor.simd.SimdPanel;

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
 * Only X's non-zeros are read. The dense k×n side (diag(s)·W, or the ∂W accumulator) is laid out in column
 * panels of one vector each ({@code panel[b][p][0..L)} = columns {@code b·L ..} of row p, padded with zeros), so
 * that the rows a product visits are contiguous 64-byte lines: in W's own row-major layout with n = 256 the rows
 * of one column slice are 1 KB apart and fall into a handful of L1 sets (measured 4× slower).
 *
 * <p>Forward: per panel and row, one panel row per non-zero is multiplied into 4 independent accumulators, then
 * cᵀW is added. Rows are split between threads (each output row is computed identically whatever the split).
 * Backward: the scatter {@code acc[b][k] += x·G[i, b·L ..]} for every non-zero x at (i, k), with a fixed number of
 * row chunks (1, or 2 for large products, chosen from the work alone) whose partial sums are added in chunk
 * order, so results are bit-identical for any thread count.
 */
final class SimdSparseProducts {
    private static final VectorSpecies<Float> S = SimdPanel.S;
    private static final int L = SimdPanel.L;
    private static final ThreadLocal<float[]> ROW = ThreadLocal.withInitial(() -> new float[L]);
    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[5][0]);
    /** Scratch slots: W in panels, the row cᵀW, G padded, and the backward chunks' accumulators (two slots). */
    private static final int W_PANELS = 0, BIAS = 1, G_PAD = 2, ACC0 = 3;

    /**
     * Multiply-adds from which a sparse product is split in two (rows of the forward, row chunks of the backward):
     * the dense products' threshold, {@link Parallel#MIN_WORK_PER_THREAD}.
     */
    static final long PART_WORK = Parallel.MIN_WORK_PER_THREAD;
    /** Rows per part are a multiple of this (a batch of 32 can still be split in two). */
    static final int PART_ALIGN = 16;

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

    /** Columns per panel: up to 4 vectors, so one broadcast non-zero feeds 4 multiply-adds. */
    static final int PANEL = 4 * L;

    /**
     * True when these panel kernels take an output of n columns: up to one panel (n ≤ 64 with AVX-512; for n = 10
     * the sparse forward took about a quarter of the dense forward with the gather and z-scoring it replaces). Wider
     * outputs go to {@link SparseWideProducts} (row-resident bands, split by columns), which beat densifying X' for
     * the MLP's 784→256 by about 1.5× in CPU time; these panel kernels measured the same as dense there.
     */
    static boolean pays(int n) {
        return padded(n) <= PANEL;
    }

    /**
     * Where element (p, j) of a k×ld matrix lives in panel layout: panels of {@link #PANEL} columns (the last one
     * narrower), each stored row by row: {@code j0·k + p·width + (j − j0)} with j0 the panel's first column.
     */
    static int at(int p, int j, int k, int ld) {
        int j0 = j / PANEL * PANEL;
        return j0 * k + p * Math.min(PANEL, ld - j0) + (j - j0);
    }

    /**
     * The rows×n row-major {@code src} into panel layout ({@link #at}) with ld = n rounded up to whole vectors,
     * zeros beyond n. Unmasked loads (which may read into the next row) with the lanes beyond n replaced by 0:
     * JDK 17's masked loads and stores cost ~10 ns each here, 20× an unmasked one.
     */
    static void toPanels(float[] src, int rows, int n, float[] dst) {
        FloatVector zero = FloatVector.zero(S);
        int ld = padded(n);
        for (int j = 0; j < ld; j += L) {
            VectorMask<Float> in = S.indexInRange(j, n);
            int r = 0;
            for (; r < rows && r * n + j + L <= src.length; r++) {
                zero.blend(FloatVector.fromArray(S, src, r * n + j), in).intoArray(dst, at(r, j, rows, ld));
            }
            for (; r < rows; r++) {
                int o = at(r, j, rows, ld);
                for (int q = 0; q < L; q++) {
                    dst[o + q] = j + q < n ? src[r * n + j + q] : 0f;
                }
            }
        }
    }

    /** {@code C (+)= X'·W}, X' m×k (sparse), W k×n, C m×n. */
    static void matmul(SparseOperand a, float[] w, float[] c, int n, boolean accumulate) {
        int m = a.rows(), k = a.cols(), ld = padded(n);
        SparseRowPlan plan = SparseRowPlan.of(a);
        float[] wp = scratch(W_PANELS, k * ld);
        toPanels(w, k, n, wp);
        float[] bias = scratch(BIAS, ld);
        java.util.Arrays.fill(bias, 0, ld, 0f);
        if (a.shift() != null) {
            SparseTerms.addWeightedRows(a.shift(), wp, k, ld, bias);
        }
        if (a.scale() != null) {
            SparseTerms.scaleRows(wp, k, ld, a.scale());       // diag(s)·W
        }
        long workPerRow = (long) Math.ceil(plan.nonZerosPerRow()) * ld;
        Parallel.forRange(m, (int) Math.max(1, PART_WORK / workPerRow), PART_ALIGN, (lo, hi) -> {
            SparseRows x = a.source();
            for (int t0 = lo; t0 < hi; t0 += SparseRowPlan.BLOCK) {
                int t1 = Math.min(hi, t0 + SparseRowPlan.BLOCK);
                plan.touch(x, t0, t1);
                for (int j0 = 0; j0 < ld; j0 += PANEL) {
                    int width = Math.min(PANEL, ld - j0);
                    for (int t = t0; t < t1; t++) {
                        int o = plan.position[t] * n;
                        if (width == PANEL) {
                            dot4(x, plan.start[t], plan.end[t], wp, j0 * k, bias, c, o, j0, n, accumulate);
                        } else {
                            for (int j = j0; j < j0 + width; j += L) {
                                dot(x, plan.start[t], plan.end[t], wp, j0 * k + j - j0, width, bias, c, o, j, n, accumulate);
                            }
                        }
                    }
                }
            }
        });
    }

    /**
     * {@code out[o + j + q] = (old +) (Σ_p val[p]·w[base + col[p]·stride + q] + bias[j + q])} for the lanes q with
     * j + q &lt; n.
     */
    private static void dot(SparseRows x, int p0, int p1, float[] w, int base, int stride, float[] bias,
                            float[] out, int o, int j, int n, boolean addOld) {
        char[] col = x.columns();
        float[] val = x.values();
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        int p = p0;
        for (; p + 4 <= p1; p += 4) {
            a0 = FloatVector.fromArray(S, w, base + col[p] * stride).fma(FloatVector.broadcast(S, val[p]), a0);
            a1 = FloatVector.fromArray(S, w, base + col[p + 1] * stride).fma(FloatVector.broadcast(S, val[p + 1]), a1);
            a2 = FloatVector.fromArray(S, w, base + col[p + 2] * stride).fma(FloatVector.broadcast(S, val[p + 2]), a2);
            a3 = FloatVector.fromArray(S, w, base + col[p + 3] * stride).fma(FloatVector.broadcast(S, val[p + 3]), a3);
        }
        for (; p < p1; p++) {
            a0 = FloatVector.fromArray(S, w, base + col[p] * stride).fma(FloatVector.broadcast(S, val[p]), a0);
        }
        store(a0.add(a1).add(a2.add(a3)), bias, out, o, j, n, addOld);
    }

    /**
     * {@link #dot} for a whole panel of 4 vectors (columns j .. j + 4L, all below n): each non-zero is broadcast
     * once into 4 multiply-adds; two non-zeros at a time give 8 independent accumulators.
     */
    private static void dot4(SparseRows x, int p0, int p1, float[] w, int base, float[] bias,
                             float[] out, int o, int j, int n, boolean addOld) {
        char[] col = x.columns();
        float[] val = x.values();
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, b0 = a0, b1 = a0, b2 = a0, b3 = a0;
        int p = p0;
        for (; p + 2 <= p1; p += 2) {
            FloatVector x0 = FloatVector.broadcast(S, val[p]), x1 = FloatVector.broadcast(S, val[p + 1]);
            int w0 = base + col[p] * PANEL, w1 = base + col[p + 1] * PANEL;
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
            FloatVector x0 = FloatVector.broadcast(S, val[p]);
            int w0 = base + col[p] * PANEL;
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
        float[] gp = g;
        if (ld != n) {
            gp = scratch(G_PAD, m * ld);
            SparseTerms.pad(g, m, n, gp, ld);
        }
        int chunks = plan.nonZeros * ld >= 2 * PART_WORK && m >= 2 * PART_ALIGN ? 2 : 1;
        float[][] acc = new float[chunks][];
        for (int ci = 0; ci < chunks; ci++) {
            acc[ci] = scratch(ACC0 + ci, k * ld);
            java.util.Arrays.fill(acc[ci], 0, k * ld, 0f);
        }
        float[] gpf = gp;
        Parallel.forRange(chunks, 1, 1, (lo, hi) -> {
            for (int ci = lo; ci < hi; ci++) {
                int t0 = (int) ((long) m * ci / chunks), t1 = (int) ((long) m * (ci + 1) / chunks);
                scatterRows(a.source(), plan, t0, t1, gpf, ld, k, acc[ci]);
            }
        });
        SparseTerms.finishTransA(a.scale(), a.shift(), gpf, m, n, k, ld, acc, c, accumulate);
    }

    /**
     * {@code acc[at(col, :)] += x·G[i·ld + :]} for every non-zero x at (i, col) of entries [t0, t1), one panel at a
     * time so its accumulator slice stays in cache; a whole panel takes 4 read-modify-writes per broadcast.
     */
    private static void scatterRows(SparseRows x, SparseRowPlan plan, int t0, int t1, float[] g, int ld, int k,
                                    float[] acc) {
        char[] col = x.columns();
        float[] val = x.values();
        for (int b0 = t0; b0 < t1; b0 += SparseRowPlan.BLOCK) {
            int b1 = Math.min(t1, b0 + SparseRowPlan.BLOCK);
            plan.touch(x, b0, b1);
            for (int j0 = 0; j0 < ld; j0 += PANEL) {
                int width = Math.min(PANEL, ld - j0), base = j0 * k;
                for (int t = b0; t < b1; t++) {
                    int p1 = plan.end[t], gi = plan.position[t] * ld + j0;
                    if (width == PANEL) {
                        FloatVector g0 = FloatVector.fromArray(S, g, gi), g1 = FloatVector.fromArray(S, g, gi + L);
                        FloatVector g2 = FloatVector.fromArray(S, g, gi + 2 * L), g3 = FloatVector.fromArray(S, g, gi + 3 * L);
                        for (int p = plan.start[t]; p < p1; p++) {
                            FloatVector xv = FloatVector.broadcast(S, val[p]);
                            int o = base + col[p] * PANEL;
                            g0.fma(xv, FloatVector.fromArray(S, acc, o)).intoArray(acc, o);
                            g1.fma(xv, FloatVector.fromArray(S, acc, o + L)).intoArray(acc, o + L);
                            g2.fma(xv, FloatVector.fromArray(S, acc, o + 2 * L)).intoArray(acc, o + 2 * L);
                            g3.fma(xv, FloatVector.fromArray(S, acc, o + 3 * L)).intoArray(acc, o + 3 * L);
                        }
                    } else {
                        for (int v = 0; v < width; v += L) {
                            FloatVector gv = FloatVector.fromArray(S, g, gi + v);
                            for (int p = plan.start[t]; p < p1; p++) {
                                int o = base + col[p] * width + v;
                                gv.fma(FloatVector.broadcast(S, val[p]), FloatVector.fromArray(S, acc, o)).intoArray(acc, o);
                            }
                        }
                    }
                }
            }
        }
    }
}
