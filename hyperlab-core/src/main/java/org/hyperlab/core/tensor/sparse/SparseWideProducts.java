package org.hyperlab.core.tensor.sparse;

import org.hyperlab.core.tensor.runtime.Parallel;
import org.hyperlab.core.tensor.simd.SimdPanel;
import org.hyperlab.core.tensor.simd.VectorAlignment;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Float32 products with a sparse left operand X' = X·diag(s) + 1·cᵀ ({@link SparseOperand}) and a wide output
 * (n &gt; 64, the MLP's 784→256 first layer), reading only X's non-zeros, and W (or G) row by row:
 * <pre>
 *   forward   C[i, j] (+)= chain over the non-zeros (q, x) of row i in ascending q, from b_j:
 *                          acc = fma(fl(x·s_q), W[q, j], acc),   b_j = Σ_q c_q·W[q, j] (fmas over q ascending, from 0)
 *   backward  C[q, j]  = chain over the non-zeros (i, x) of column q in row order, from fma(c_q, Σ_i G[i, j], C[q, j] or 0):
 *                          acc = fma(fl(x·s_q), G[i, j], acc)
 * </pre>
 * Forward: W's whole bands are first copied into a 64-byte-aligned scratch (when objects are 64-byte aligned, see
 * {@link VectorAlignment}); per output row, a band of {@link #BLOCK} columns (8 vectors) stays in registers while
 * each non-zero streams W's row segment (512 contiguous bytes); leftover vectors one at a time, leftover columns
 * with scalar fmas.
 * Backward: per chunk of {@link #CHUNK} rows, the non-zeros are listed by column (a counting sort) and the chunk's
 * G rows of a band are copied into an L1-sized, aligned array; then each ∂W row segment is held in registers while
 * its column's non-zeros are summed, the chain starting in the first chunk (from G's column sums) and
 * continuing through C from chunk to chunk. Both are bound by one vector load per multiply-add.
 *
 * <p>Threads split the forward's output <em>columns</em> (whole bands when n ≥ 256: each core reads only its half
 * of W) and the backward's output <em>rows</em> (∂W rows q: each core writes its half of ∂W, the same elements as
 * its half of the optimizer's elementwise update). Every output element is the same chain whatever the split or
 * the chunking (vector lanes and the scalar {@link Math#fma} tail alike), so results are bit-identical for any
 * thread count; within float32 rounding of {@link org.hyperlab.core.tensor.ReferenceKernels} (which rounds X' = x·s + c per element and sums
 * in float64).
 */
final class SparseWideProducts {
    private static final VectorSpecies<Float> S = SimdPanel.S;
    private static final int L = SimdPanel.L;
    /** Columns per band: 8 vectors (128 columns), one register each. */
    static final int BLOCK = 8 * L;
    /** Backward: rows per chunk, whose G band (32 KB) fits L1 (results do not depend on it). */
    static final int CHUNK = 64;

    private static final int A = VectorAlignment.FLOAT_OFFSET;
    private static final ThreadLocal<Work> WORK = ThreadLocal.withInitial(Work::new);

    /**
     * Per-thread scratch: a row of n (b, or G's column sums), the forward's copy of W's bands, the backward chunk's G
     * band and its non-zeros by column; the copies start at {@link #A}, so their vectors are 64-byte aligned.
     */
    private static final class Work {
        float[] row = new float[0];
        final float[] band = new float[A + CHUNK * BLOCK];
        float[] weights = new float[0];
        int[] start = new int[0];
        int[] rowOf = new int[0];
        float[] value = new float[0];

        float[] weights(int size) {
            if (weights.length < A + size) {
                weights = new float[A + size];
            }
            return weights;
        }

        float[] row(int n) {
            if (row.length < n) {
                row = new float[n];
            }
            return row;
        }
    }

    private SparseWideProducts() {
    }

    /** Columns per part when splitting between threads: at least {@link SimdSparseProducts#PART_WORK} multiply-adds. */
    private static int minColumns(long nonZeros) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, SimdSparseProducts.PART_WORK / Math.max(1, nonZeros)));
    }

    private static int align(int n) {
        return n >= 2 * BLOCK ? BLOCK : L;
    }

    /** {@code C (+)= X'·W}, X' m×k (sparse), W k×n, C m×n. */
    static void matmul(SparseOperand a, float[] w, float[] c, int n, boolean accumulate) {
        SparseRowPlan plan = SparseRowPlan.of(a);
        int minCols = minColumns(plan.nonZeros);
        if (Parallel.serial(n, minCols)) {
            forward(a, plan, w, c, n, accumulate, 0, n);
        } else {
            Parallel.forRange(n, minCols, align(n), (lo, hi) -> forward(a, plan, w, c, n, accumulate, lo, hi));
        }
    }

    /** {@code C (+)= X'ᵀ·G}, X' m×k (sparse), G m×n, C k×n. */
    static void matmulTransA(SparseOperand a, float[] g, float[] c, int n, boolean accumulate) {
        SparseRowPlan plan = SparseRowPlan.of(a);
        int minCols = minColumns(plan.nonZeros);
        int k = a.cols(), minRows = (int) Math.max(1, (long) minCols * k / Math.max(1, n));
        if (Parallel.serial(k, minRows)) {
            backward(a, plan, g, c, n, accumulate, 0, k);
        } else {
            Parallel.forRange(k, minRows, 1, (q0, q1) -> backward(a, plan, g, c, n, accumulate, q0, q1));
        }
    }

    /** Columns [lo, hi) of the forward. */
    private static void forward(SparseOperand a, SparseRowPlan plan, float[] w, float[] c, int n, boolean accumulate,
                                int lo, int hi) {
        int k = a.cols();
        float[] s = a.scale() != null ? a.scale() : SparseTerms.ones(k);
        Work work = WORK.get();
        float[] b = work.row(n);
        int width = (hi - lo) / BLOCK * BLOCK;
        float[] wb = bandCopy(a.shift(), w, k, n, lo, width, b, work);
        weightedRows(a.shift(), w, k, n, lo + width, hi, b);
        SparseRows x = a.source();
        int j = lo;
        for (; j + BLOCK <= hi; j += BLOCK) {
            for (int t0 = 0; t0 < plan.rows; t0 += SparseRowPlan.BLOCK) {
                int t1 = Math.min(plan.rows, t0 + SparseRowPlan.BLOCK);
                plan.touch(x, t0, t1);
                for (int t = t0; t < t1; t++) {
                    rows8(x.columns(), x.values(), plan.start[t], plan.end[t], s, wb, A + j - lo, width, j, b, c,
                            plan.position[t] * n + j, accumulate);
                }
            }
        }
        for (; j + L <= hi; j += L) {
            for (int t = 0; t < plan.rows; t++) {
                rows1(x.columns(), x.values(), plan.start[t], plan.end[t], s, w, n, j, b, c, plan.position[t] * n + j,
                        accumulate);
            }
        }
        for (; j < hi; j++) {
            for (int t = 0; t < plan.rows; t++) {
                float acc = b[j];
                for (int p = plan.start[t], e = plan.end[t]; p < e; p++) {
                    int q = x.columns()[p];
                    acc = Math.fma(x.values()[p] * s[q], w[q * n + j], acc);
                }
                int o = plan.position[t] * n + j;
                c[o] = accumulate ? c[o] + acc : acc;
            }
        }
    }

    /**
     * W's columns [lo, lo + width) (whole bands) copied row by row into the thread's scratch at {@link #A} with row
     * stride {@code width}, so that every 16-lane load of the forward's bands lies on one cache line (W's own rows
     * start 16 bytes into a line when objects are 64-byte aligned); in the same pass,
     * {@code b[j] = Σ_q shift[q]·w[q·n + j]} for those columns, exactly as {@link #weightedRows} computes it.
     */
    private static float[] bandCopy(float[] shift, float[] w, int k, int n, int lo, int width, float[] b, Work work) {
        float[] wb = work.weights(k * width);
        for (int j = lo; j < lo + width; j += BLOCK) {
            FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
            for (int q = 0; q < k; q++) {
                int r = q * n + j, o = A + q * width + (j - lo);
                FloatVector w0 = FloatVector.fromArray(S, w, r), w1 = FloatVector.fromArray(S, w, r + L);
                FloatVector w2 = FloatVector.fromArray(S, w, r + 2 * L), w3 = FloatVector.fromArray(S, w, r + 3 * L);
                FloatVector w4 = FloatVector.fromArray(S, w, r + 4 * L), w5 = FloatVector.fromArray(S, w, r + 5 * L);
                FloatVector w6 = FloatVector.fromArray(S, w, r + 6 * L), w7 = FloatVector.fromArray(S, w, r + 7 * L);
                w0.intoArray(wb, o);
                w1.intoArray(wb, o + L);
                w2.intoArray(wb, o + 2 * L);
                w3.intoArray(wb, o + 3 * L);
                w4.intoArray(wb, o + 4 * L);
                w5.intoArray(wb, o + 5 * L);
                w6.intoArray(wb, o + 6 * L);
                w7.intoArray(wb, o + 7 * L);
                if (shift != null) {
                    FloatVector sq = FloatVector.broadcast(S, shift[q]);
                    a0 = w0.fma(sq, a0);
                    a1 = w1.fma(sq, a1);
                    a2 = w2.fma(sq, a2);
                    a3 = w3.fma(sq, a3);
                    a4 = w4.fma(sq, a4);
                    a5 = w5.fma(sq, a5);
                    a6 = w6.fma(sq, a6);
                    a7 = w7.fma(sq, a7);
                }
            }
            a0.intoArray(b, j);
            a1.intoArray(b, j + L);
            a2.intoArray(b, j + 2 * L);
            a3.intoArray(b, j + 3 * L);
            a4.intoArray(b, j + 4 * L);
            a5.intoArray(b, j + 5 * L);
            a6.intoArray(b, j + 6 * L);
            a7.intoArray(b, j + 7 * L);
        }
        return wb;
    }

    /** {@code b[j] = Σ_q shift[q]·w[q·n + j]} for j in [lo, hi), q ascending (0 when shift is null). */
    private static void weightedRows(float[] shift, float[] w, int k, int n, int lo, int hi, float[] b) {
        int j = lo;
        for (; j + L <= hi; j += L) {
            FloatVector sum = FloatVector.zero(S);
            for (int q = 0; shift != null && q < k; q++) {
                sum = FloatVector.fromArray(S, w, q * n + j).fma(FloatVector.broadcast(S, shift[q]), sum);
            }
            sum.intoArray(b, j);
        }
        for (; j < hi; j++) {
            float sum = 0f;
            for (int q = 0; shift != null && q < k; q++) {
                sum = Math.fma(shift[q], w[q * n + j], sum);
            }
            b[j] = sum;
        }
    }

    /**
     * One output row's 8 vectors at columns j..j+8L: {@code out = (old +) chain}, the chain starting at b[j..] and
     * taking one fma per non-zero p of [p0, p1) with W's row col[p], read from {@code w[wo + col[p]·ws ..]} (the
     * band copy: offset and row stride).
     */
    private static void rows8(char[] col, float[] val, int p0, int p1, float[] s, float[] w, int wo, int ws, int j,
                              float[] b, float[] c, int o, boolean accumulate) {
        FloatVector a0 = FloatVector.fromArray(S, b, j), a1 = FloatVector.fromArray(S, b, j + L);
        FloatVector a2 = FloatVector.fromArray(S, b, j + 2 * L), a3 = FloatVector.fromArray(S, b, j + 3 * L);
        FloatVector a4 = FloatVector.fromArray(S, b, j + 4 * L), a5 = FloatVector.fromArray(S, b, j + 5 * L);
        FloatVector a6 = FloatVector.fromArray(S, b, j + 6 * L), a7 = FloatVector.fromArray(S, b, j + 7 * L);
        for (int p = p0; p < p1; p++) {
            int q = col[p];
            FloatVector xv = FloatVector.broadcast(S, val[p] * s[q]);
            int r = wo + q * ws;
            a0 = FloatVector.fromArray(S, w, r).fma(xv, a0);
            a1 = FloatVector.fromArray(S, w, r + L).fma(xv, a1);
            a2 = FloatVector.fromArray(S, w, r + 2 * L).fma(xv, a2);
            a3 = FloatVector.fromArray(S, w, r + 3 * L).fma(xv, a3);
            a4 = FloatVector.fromArray(S, w, r + 4 * L).fma(xv, a4);
            a5 = FloatVector.fromArray(S, w, r + 5 * L).fma(xv, a5);
            a6 = FloatVector.fromArray(S, w, r + 6 * L).fma(xv, a6);
            a7 = FloatVector.fromArray(S, w, r + 7 * L).fma(xv, a7);
        }
        put(a0, c, o, accumulate);
        put(a1, c, o + L, accumulate);
        put(a2, c, o + 2 * L, accumulate);
        put(a3, c, o + 3 * L, accumulate);
        put(a4, c, o + 4 * L, accumulate);
        put(a5, c, o + 5 * L, accumulate);
        put(a6, c, o + 6 * L, accumulate);
        put(a7, c, o + 7 * L, accumulate);
    }

    /** {@link #rows8} for one vector. */
    private static void rows1(char[] col, float[] val, int p0, int p1, float[] s, float[] w, int n, int j, float[] b,
                              float[] c, int o, boolean accumulate) {
        FloatVector a0 = FloatVector.fromArray(S, b, j);
        for (int p = p0; p < p1; p++) {
            int q = col[p];
            a0 = FloatVector.fromArray(S, w, q * n + j).fma(FloatVector.broadcast(S, val[p] * s[q]), a0);
        }
        put(a0, c, o, accumulate);
    }

    private static void put(FloatVector v, float[] c, int o, boolean accumulate) {
        (accumulate ? FloatVector.fromArray(S, c, o).add(v) : v).intoArray(c, o);
    }

    /** Rows [q0, q1) of the backward's C (∂W), all n columns. */
    private static void backward(SparseOperand a, SparseRowPlan plan, float[] g, float[] c, int n, boolean accumulate,
                         int q0, int q1) {
        int k = a.cols(), m = plan.rows;
        float[] s = a.scale() != null ? a.scale() : SparseTerms.ones(k);
        Work work = WORK.get();
        float[] band = work.band;
        int lo = 0, hi = n, bands = n / BLOCK * BLOCK;
        float[] shift = a.shift(), cs = work.row(n);
        // the bands' chains start in the first chunk's gather8 (from cs), the other columns' in C right away
        start(shift, g, m, n, m > 0 ? bands : 0, q0, q1, cs, c, accumulate);
        for (int t0 = 0; t0 < m; t0 += CHUNK) {
            int t1 = Math.min(m, t0 + CHUNK);
            byColumn(a.source(), plan, t0, t1, k, q0, q1, work);
            int[] start = work.start, rowOf = work.rowOf;
            float[] value = work.value;
            for (int j = lo; j < bands; j += BLOCK) {
                for (int t = t0; t < t1; t++) {
                    System.arraycopy(g, plan.position[t] * n + j, band, A + (t - t0) * BLOCK, BLOCK);
                }
                for (int q = q0; q < q1; q++) {
                    if (t0 == 0 || start[q] < start[q + 1]) {
                        gather8(rowOf, value, start[q], start[q + 1], s[q], band, c, q * n + j,
                                t0 == 0, shift != null, shift != null ? shift[q] : 0f, cs, j, accumulate);
                    }
                }
            }
            int j = bands;
            for (; j + L <= hi; j += L) {
                for (int q = q0; q < q1; q++) {
                    FloatVector acc = FloatVector.fromArray(S, c, q * n + j);
                    for (int e = start[q]; e < start[q + 1]; e++) {
                        int gi = plan.position[t0 + rowOf[e]] * n + j;
                        acc = FloatVector.fromArray(S, g, gi).fma(FloatVector.broadcast(S, value[e] * s[q]), acc);
                    }
                    acc.intoArray(c, q * n + j);
                }
            }
            for (; j < hi; j++) {
                for (int q = q0; q < q1; q++) {
                    float acc = c[q * n + j];
                    for (int e = start[q]; e < start[q + 1]; e++) {
                        acc = Math.fma(value[e] * s[q], g[plan.position[t0 + rowOf[e]] * n + j], acc);
                    }
                    c[q * n + j] = acc;
                }
            }
        }
    }

    /**
     * The column sums of G taken in row order into {@code cs} for the vector columns (zeros when shift is null: they
     * are not needed), and the chains' start ({@link #chainStart}) in C's rows [q0, q1) for columns j ≥ {@code from}
     * (a multiple of L): {@code C[q, j] = fma(shift[q], Σ_i G[i, j], accumulate ? C[q, j] : 0)}, without the fma
     * when shift is null.
     */
    private static void start(float[] shift, float[] g, int m, int n, int from, int q0, int q1, float[] cs, float[] c,
                              boolean accumulate) {
        int j = 0;
        for (; j + L <= n; j += L) {
            FloatVector sum = FloatVector.zero(S);
            for (int i = 0; shift != null && i < m; i++) {
                sum = sum.add(FloatVector.fromArray(S, g, i * n + j));
            }
            sum.intoArray(cs, j);
            for (int q = q0; j >= from && q < q1; q++) {
                chainStart(cs, j, shift != null, shift != null ? shift[q] : 0f, c, q * n + j, accumulate)
                        .intoArray(c, q * n + j);
            }
        }
        for (; j < n; j++) {
            float sum = 0f;
            for (int i = 0; shift != null && i < m; i++) {
                sum += g[i * n + j];
            }
            for (int q = q0; q < q1; q++) {
                float v = accumulate ? c[q * n + j] : 0f;
                c[q * n + j] = shift != null ? Math.fma(sum, shift[q], v) : v;
            }
        }
    }

    /**
     * Lists the non-zeros of plan entries [t0, t1) in columns [q0, q1) by column (a stable counting sort, so in plan
     * order within a column): column q's are {@code [start[q], start[q+1])} (empty outside [q0, q1)), each with its
     * row in the chunk ({@code t − t0}) and its value x.
     */
    private static void byColumn(SparseRows x, SparseRowPlan plan, int t0, int t1, int k, int q0, int q1, Work work) {
        char[] col = x.columns();
        float[] val = x.values();
        int nonZeros = 0;
        for (int t = t0; t < t1; t++) {
            nonZeros += plan.end[t] - plan.start[t];
        }
        if (work.start.length < k + 2) {
            work.start = new int[k + 2];
        }
        if (work.rowOf.length < nonZeros) {
            work.rowOf = new int[nonZeros];
            work.value = new float[nonZeros];
        }
        int[] start = work.start, rowOf = work.rowOf;
        float[] value = work.value;
        java.util.Arrays.fill(start, 0, k + 2, 0);
        for (int t = t0; t < t1; t++) {
            for (int p = plan.start[t], e = plan.end[t]; p < e; p++) {
                int q = col[p];
                if (q >= q0 && q < q1) {
                    start[q + 2]++;
                }
            }
        }
        for (int q = 2; q <= k + 1; q++) {
            start[q] += start[q - 1];
        }
        // start[q + 1] is now the first slot of column q: fill it, leaving start[q + 1] at column q's end
        for (int t = t0; t < t1; t++) {
            for (int p = plan.start[t], e = plan.end[t]; p < e; p++) {
                int q = col[p];
                if (q >= q0 && q < q1) {
                    int slot = start[q + 1]++;
                    rowOf[slot] = t - t0;
                    value[slot] = val[p];
                }
            }
        }
    }

    /**
     * Where a chain of the backward starts: {@code fma(cs[j], shiftQ, accumulate ? C[o] : 0)}, or without the fma
     * when not {@code shifted}; {@link #start} writes it into C, the first chunk's {@link #gather8} keeps it in a
     * register.
     */
    private static FloatVector chainStart(float[] cs, int j, boolean shifted, float shiftQ, float[] c, int o,
                                          boolean accumulate) {
        FloatVector v = accumulate ? FloatVector.fromArray(S, c, o) : FloatVector.zero(S);
        return shifted ? FloatVector.fromArray(S, cs, j).fma(FloatVector.broadcast(S, shiftQ), v) : v;
    }

    /**
     * One row of ∂W at columns j..j+8L (at {@code o} in C, kept in registers): one fma per non-zero e of [e0, e1)
     * with the chunk's G row {@code rowOf[e]} in {@code band}, times {@code fl(value[e]·sq)}; the chain continues
     * from C, or in the {@code first} chunk starts at {@link #chainStart} for columns j.. of the column sums
     * {@code cs}.
     */
    private static void gather8(int[] rowOf, float[] value, int e0, int e1, float sq, float[] band, float[] c, int o,
                                boolean first, boolean shifted, float shiftQ, float[] cs, int j, boolean accumulate) {
        FloatVector a0, a1, a2, a3, a4, a5, a6, a7;
        if (!first) {
            a0 = FloatVector.fromArray(S, c, o);
            a1 = FloatVector.fromArray(S, c, o + L);
            a2 = FloatVector.fromArray(S, c, o + 2 * L);
            a3 = FloatVector.fromArray(S, c, o + 3 * L);
            a4 = FloatVector.fromArray(S, c, o + 4 * L);
            a5 = FloatVector.fromArray(S, c, o + 5 * L);
            a6 = FloatVector.fromArray(S, c, o + 6 * L);
            a7 = FloatVector.fromArray(S, c, o + 7 * L);
        } else {
            a0 = chainStart(cs, j, shifted, shiftQ, c, o, accumulate);
            a1 = chainStart(cs, j + L, shifted, shiftQ, c, o + L, accumulate);
            a2 = chainStart(cs, j + 2 * L, shifted, shiftQ, c, o + 2 * L, accumulate);
            a3 = chainStart(cs, j + 3 * L, shifted, shiftQ, c, o + 3 * L, accumulate);
            a4 = chainStart(cs, j + 4 * L, shifted, shiftQ, c, o + 4 * L, accumulate);
            a5 = chainStart(cs, j + 5 * L, shifted, shiftQ, c, o + 5 * L, accumulate);
            a6 = chainStart(cs, j + 6 * L, shifted, shiftQ, c, o + 6 * L, accumulate);
            a7 = chainStart(cs, j + 7 * L, shifted, shiftQ, c, o + 7 * L, accumulate);
        }
        for (int e = e0; e < e1; e++) {
            FloatVector xv = FloatVector.broadcast(S, value[e] * sq);
            int r = A + rowOf[e] * BLOCK;
            a0 = FloatVector.fromArray(S, band, r).fma(xv, a0);
            a1 = FloatVector.fromArray(S, band, r + L).fma(xv, a1);
            a2 = FloatVector.fromArray(S, band, r + 2 * L).fma(xv, a2);
            a3 = FloatVector.fromArray(S, band, r + 3 * L).fma(xv, a3);
            a4 = FloatVector.fromArray(S, band, r + 4 * L).fma(xv, a4);
            a5 = FloatVector.fromArray(S, band, r + 5 * L).fma(xv, a5);
            a6 = FloatVector.fromArray(S, band, r + 6 * L).fma(xv, a6);
            a7 = FloatVector.fromArray(S, band, r + 7 * L).fma(xv, a7);
        }
        a0.intoArray(c, o);
        a1.intoArray(c, o + L);
        a2.intoArray(c, o + 2 * L);
        a3.intoArray(c, o + 3 * L);
        a4.intoArray(c, o + 4 * L);
        a5.intoArray(c, o + 5 * L);
        a6.intoArray(c, o + 6 * L);
        a7.intoArray(c, o + 7 * L);
    }
}
