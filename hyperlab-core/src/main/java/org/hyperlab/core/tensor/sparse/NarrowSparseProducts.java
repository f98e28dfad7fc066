package org.hyperlab.core.tensor.sparse;

import org.hyperlab.core.tensor.runtime.Parallel;
import org.hyperlab.core.tensor.simd.SimdPanel;
import org.hyperlab.core.tensor.simd.VectorAlignment;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * The sparse products of {@link SimdSparseProducts} for outputs of at most one vector (n ≤ 16 columns: softmax
 * regression's 10 classes) and byte values ({@link SparseRows#bytes()}: MNIST's pixels, read as 1 byte per
 * non-zero instead of 4, converted to the same float), where one 16-lane vector holds a whole row of W, of the output
 * or of ∂W:
 * <pre>
 *   forward   C (+)= X'·W   = X·(diag(s)·W) + 1·(cᵀW)          X' m×k, W k×n, C m×n
 *   backward  C (+)= X'ᵀ·G  = diag(s)·(Xᵀ·G) + c ⊗ colsum(G)    G m×n,  C k×n
 * </pre>
 * Per call, W is copied once into rows of 16 lanes (zeros past n) scaled by s, in the same pass that sums cᵀW
 * over 4 independent chains (p mod 4). A forward row is then one masked-off 16-lane load and FMA per non-zero,
 * over 8 independent accumulators (non-zero q of the row goes to accumulator q mod 8); a backward row one
 * 16-lane read-modify-write of the ∂W accumulator per non-zero. ∂W is written in two passes (first every row
 * finished in the padded accumulator, then copied out with whole-vector stores in ascending row order), so no load
 * ever reads bytes that a store just before it partly wrote (a failed store-to-load forward).
 *
 * <p>Determinism: forward rows are split between threads, each computed by the same chain whatever the split;
 * the backward uses a fixed number of row chunks (from the data alone), summed in chunk order.
 */
final class NarrowSparseProducts {
    private static final VectorSpecies<Float> S = SimdPanel.S;
    private static final int L = SimdPanel.L;
    /** Scratch slots: W padded and scaled, the row cᵀW, an output row, G padded, ∂W's old values, the chunks' sums. */
    private static final int W_PAD = 0, BIAS = 1, ROW = 2, G_PAD = 3, OLD = 4, ACC0 = 5;
    /**
     * Most row chunks of a backward (each one accumulator of k×16 floats, 50 KB for MNIST), and of a forward split
     * between threads: the threads take chunks as they finish ({@link Parallel#forChunks}), so a core that is busy
     * with something else costs a chunk, not half the product.
     */
    static final int MAX_CHUNKS = 8;
    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[ACC0 + MAX_CHUNKS][0]);

    private NarrowSparseProducts() {
    }

    /** Offset of W's padded rows and of the ∂W accumulators in their scratch arrays: 64-byte aligned when possible. */
    private static final int A = VectorAlignment.FLOAT_OFFSET;

    /** Scratch array {@code slot} of this thread with at least {@code size} floats after {@link #A}. */
    private static float[] scratch(int slot, int size) {
        float[][] s = SCRATCH.get();
        if (s[slot].length < A + size) {
            s[slot] = new float[A + size];
        }
        return s[slot];
    }

    /**
     * {@code wp[p·L + q] = s[p]·W[p, q]} (q &lt; n, else 0) and {@code bias[q] = Σ_p c[p]·W[p, q]}, the sum taken
     * in 4 chains over p ≡ 0, 1, 2, 3 (mod 4) up to the last multiple of 4 that the vector loads allow, added as
     * (0 + 1) + (2 + 3), then the remaining rows in order. Null s: 1; null c: bias 0.
     */
    static void prepare(float[] w, int k, int n, float[] s, float[] c, float[] wp, float[] bias) {
        FloatVector zero = FloatVector.zero(S);
        VectorMask<Float> in = S.indexInRange(0, n);
        int safe = w.length < L ? 0 : Math.min(k, (w.length - L) / n + 1);  // rows whose 16-lane load stays inside w
        int safe4 = c == null ? safe : safe & ~3;
        FloatVector b0 = zero, b1 = zero, b2 = zero, b3 = zero;
        int p = 0;
        if (c != null) {
            for (; p < safe4; p += 4) {
                FloatVector r0 = zero.blend(FloatVector.fromArray(S, w, p * n), in);
                FloatVector r1 = zero.blend(FloatVector.fromArray(S, w, (p + 1) * n), in);
                FloatVector r2 = zero.blend(FloatVector.fromArray(S, w, (p + 2) * n), in);
                FloatVector r3 = zero.blend(FloatVector.fromArray(S, w, (p + 3) * n), in);
                b0 = r0.fma(FloatVector.broadcast(S, c[p]), b0);
                b1 = r1.fma(FloatVector.broadcast(S, c[p + 1]), b1);
                b2 = r2.fma(FloatVector.broadcast(S, c[p + 2]), b2);
                b3 = r3.fma(FloatVector.broadcast(S, c[p + 3]), b3);
                scaled(r0, s, p).intoArray(wp, A + p * L);
                scaled(r1, s, p + 1).intoArray(wp, A + (p + 1) * L);
                scaled(r2, s, p + 2).intoArray(wp, A + (p + 2) * L);
                scaled(r3, s, p + 3).intoArray(wp, A + (p + 3) * L);
            }
        } else {
            for (; p < safe; p++) {
                scaled(zero.blend(FloatVector.fromArray(S, w, p * n), in), s, p).intoArray(wp, A + p * L);
            }
        }
        for (int r = p; r < k; r++) {    // the last rows: element by element, unscaled for now
            for (int q = 0; q < L; q++) {
                wp[A + r * L + q] = q < n ? w[r * n + q] : 0f;
            }
        }
        FloatVector b = b0.add(b1).add(b2.add(b3));
        for (; p < k; p++) {
            FloatVector r = FloatVector.fromArray(S, wp, A + p * L);
            if (c != null) {
                b = r.fma(FloatVector.broadcast(S, c[p]), b);
            }
            scaled(r, s, p).intoArray(wp, A + p * L);
        }
        b.intoArray(bias, 0);
    }

    private static FloatVector scaled(FloatVector r, float[] s, int p) {
        return s == null ? r : r.mul(s[p]);
    }

    /** {@code C (+)= X'·W}, X' m×k (sparse), W k×n, C m×n, n ≤ 16. */
    static void matmul(SparseOperand a, float[] w, float[] c, int n, boolean accumulate) {
        int m = a.rows(), k = a.cols();
        SparseRowPlan plan = SparseRowPlan.of(a);
        float[] wp = scratch(W_PAD, k * L), bias = scratch(BIAS, L);
        prepare(w, k, n, a.scale(), a.shift(), wp, bias);
        long workPerRow = (long) Math.ceil(plan.nonZerosPerRow()) * L;
        int minPart = (int) Math.max(1, SimdSparseProducts.PART_WORK / workPerRow);
        if (Parallel.serial(m, minPart)) {
            forwardRows(a.source(), plan, 0, m, wp, bias, c, n, accumulate);
        } else {
            int align = SimdSparseProducts.PART_ALIGN;
            int chunk = Math.max(minPart, (m + MAX_CHUNKS * align - 1) / (MAX_CHUNKS * align) * align);
            Parallel.forChunks(m, chunk, (lo, hi) -> forwardRows(a.source(), plan, lo, hi, wp, bias, c, n, accumulate));
        }
    }

    /**
     * The forward for plan entries [lo, hi). The loops that carry vectors are in {@link #forwardRow}, a small method
     * that every batch size calls with the same branches: a loop of the full batch (one call of 60,000 rows) that
     * the JIT compiles on the stack (OSR) or after a deoptimization would otherwise box its vectors.
     */
    private static void forwardRows(SparseRows x, SparseRowPlan plan, int lo, int hi, float[] wp, float[] bias,
                                    float[] c, int n, boolean accumulate) {
        char[] col = x.columns();
        byte[] val = x.bytes();
        float[] row = scratch(ROW, L);
        int[] start = plan.start, end = plan.end, position = plan.position;
        boolean sequential = plan.sequential;
        VectorMask<Float> in = S.indexInRange(0, n);   // made once: in forwardRow it would be a heap object per row
        for (int t0 = lo; t0 < hi; t0 += SparseRowPlan.BLOCK) {
            int t1 = Math.min(hi, t0 + SparseRowPlan.BLOCK);
            plan.touch(x, t0, t1, true);
            for (int t = t0; t < t1; t++) {
                int o = position[t] * n;
                // a whole-vector store when its lanes past n fall on the next row of this part, written after it
                boolean direct = sequential && t + 1 < hi && o + L <= c.length;
                forwardRow(wp, col, val, start[t], end[t], bias, c, o, n, in, accumulate, direct, row);
            }
        }
    }

    /**
     * {@code C[o .. o + n) (+)= Σ_p val[p]·wp[col[p]·L ..] + bias}, non-zero q of the row into accumulator q mod 8
     * (the last p1 − p0 mod 8 into accumulator 0), added as ((0 + 1) + (2 + 3)) + ((4 + 5) + (6 + 7)), then the
     * bias. Eight chains, not four: with four, the loop ran at ~3.7 cycles per non-zero on hot data, with eight at
     * ~2.5. {@code direct}: store a whole vector (keeping the 16 − n values after the
     * row: {@code in} masks the first n lanes), else through {@code row}.
     */
    private static void forwardRow(float[] wp, char[] col, byte[] val, int p0, int p1, float[] bias, float[] c,
                                   int o, int n, VectorMask<Float> in, boolean accumulate, boolean direct, float[] row) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
        int p = p0;
        for (; p + 8 <= p1; p += 8) {
            a0 = FloatVector.fromArray(S, wp, A + col[p] * L).fma(FloatVector.broadcast(S, (float) (val[p] & 0xFF)), a0);
            a1 = FloatVector.fromArray(S, wp, A + col[p + 1] * L).fma(FloatVector.broadcast(S, (float) (val[p + 1] & 0xFF)), a1);
            a2 = FloatVector.fromArray(S, wp, A + col[p + 2] * L).fma(FloatVector.broadcast(S, (float) (val[p + 2] & 0xFF)), a2);
            a3 = FloatVector.fromArray(S, wp, A + col[p + 3] * L).fma(FloatVector.broadcast(S, (float) (val[p + 3] & 0xFF)), a3);
            a4 = FloatVector.fromArray(S, wp, A + col[p + 4] * L).fma(FloatVector.broadcast(S, (float) (val[p + 4] & 0xFF)), a4);
            a5 = FloatVector.fromArray(S, wp, A + col[p + 5] * L).fma(FloatVector.broadcast(S, (float) (val[p + 5] & 0xFF)), a5);
            a6 = FloatVector.fromArray(S, wp, A + col[p + 6] * L).fma(FloatVector.broadcast(S, (float) (val[p + 6] & 0xFF)), a6);
            a7 = FloatVector.fromArray(S, wp, A + col[p + 7] * L).fma(FloatVector.broadcast(S, (float) (val[p + 7] & 0xFF)), a7);
        }
        for (; p < p1; p++) {
            a0 = FloatVector.fromArray(S, wp, A + col[p] * L).fma(FloatVector.broadcast(S, (float) (val[p] & 0xFF)), a0);
        }
        FloatVector v = a0.add(a1).add(a2.add(a3)).add(a4.add(a5).add(a6.add(a7))).add(FloatVector.fromArray(S, bias, 0));
        if (direct) {
            FloatVector old = FloatVector.fromArray(S, c, o);
            if (accumulate) {
                old.blend(old.add(v), in).intoArray(c, o);
            } else {
                old.blend(v, in).intoArray(c, o);
            }
        } else {
            v.intoArray(row, 0);
            for (int q = 0; q < n; q++) {
                c[o + q] = accumulate ? c[o + q] + row[q] : row[q];
            }
        }
    }

    /** {@code C (+)= X'ᵀ·G}, X' m×k (sparse), G m×n, C k×n, n ≤ 16. */
    static void matmulTransA(SparseOperand a, float[] g, float[] c, int n, boolean accumulate) {
        int m = a.rows(), k = a.cols();
        SparseRowPlan plan = SparseRowPlan.of(a);
        float[] gp = scratch(G_PAD, m * L);
        padInPlanOrder(g, m, n, plan, gp);
        int chunks = chunks(plan.nonZeros * L, m);
        float[] acc0 = scratch(ACC0, k * L);
        float[][] acc = chunks == 1 ? null : new float[chunks][];   // (none for one chunk: a per-batch call allocates nothing)
        if (acc == null) {
            scatterChunk(a.source(), plan, 0, 1, m, gp, acc0, k);
        } else {
            for (int ci = 0; ci < chunks; ci++) {
                acc[ci] = scratch(ACC0 + ci, k * L);
            }
            Parallel.forChunks(chunks, 1, (lo, hi) -> scatterChunk(a.source(), plan, lo, chunks, m, gp, acc[lo], k));
        }
        float[] old = null;
        if (accumulate) {
            old = scratch(OLD, k * L);
            SparseTerms.pad(c, k, n, old, L);
        }
        for (int ci = 1; ci < chunks; ci++) {   // in chunk order; plain loop: runs only for large products
            float[] more = acc[ci];
            for (int i = A, e = A + k * L; i < e; i++) {
                acc0[i] += more[i];
            }
        }
        finish(a.scale(), a.shift(), gp, m, n, k, acc0, old, c);
    }

    /**
     * Row chunks of a backward with {@code work} multiply-adds over m rows: one per {@link SimdSparseProducts#PART_WORK}
     * (at least 16 rows each), at most {@link #MAX_CHUNKS}. From the data alone, so the sums never depend on threads.
     */
    static int chunks(long work, int m) {
        long byWork = work / SimdSparseProducts.PART_WORK, byRows = m / SimdSparseProducts.PART_ALIGN;
        return (int) Math.max(1, Math.min(MAX_CHUNKS, Math.min(byWork, byRows)));
    }

    private static void scatterChunk(SparseRows x, SparseRowPlan plan, int ci, int chunks, int m, float[] gp,
                                     float[] acc, int k) {
        java.util.Arrays.fill(acc, A, A + k * L, 0f);
        int t0 = (int) ((long) m * ci / chunks), t1 = (int) ((long) m * (ci + 1) / chunks);
        scatterRows(x, plan, t0, t1, gp, acc);
    }

    /**
     * {@code gp[t·L ..] = G[position[t], :]} padded with zeros, for every plan entry t: the scatter then reads G in
     * the order it visits the rows. (A full batch visits rows in source order, i.e. G's rows at random; reading
     * them there cost a cache miss per row that the scatter waited for.)
     */
    static void padInPlanOrder(float[] g, int m, int n, SparseRowPlan plan, float[] gp) {
        int[] position = plan.position;
        VectorMask<Float> in = S.indexInRange(0, n);   // made once (see forwardRows)
        for (int t = 0; t < m; t++) {
            padRow(g, position[t] * n, n, in, gp, t * L);
        }
    }

    /**
     * {@code gp[o .. o + L) = g[i .. i + n)} then zeros ({@code in}: the first n lanes). Its own method, so the row
     * loop carries no vector (see {@link #forwardRows}; a full batch's loop otherwise ran the Vector API's Java
     * fallback).
     */
    private static void padRow(float[] g, int i, int n, VectorMask<Float> in, float[] gp, int o) {
        if (i + L <= g.length) {
            FloatVector.zero(S).blend(FloatVector.fromArray(S, g, i), in).intoArray(gp, o);
        } else {
            for (int q = 0; q < L; q++) {
                gp[o + q] = q < n ? g[i + q] : 0f;
            }
        }
    }

    /** {@code acc[col·L ..] += x·G[t·L ..]} for every non-zero x at (position[t], col) of plan entries [t0, t1) (G in plan order). */
    private static void scatterRows(SparseRows x, SparseRowPlan plan, int t0, int t1, float[] gp, float[] acc) {
        char[] col = x.columns();
        byte[] val = x.bytes();
        int[] start = plan.start, end = plan.end;
        for (int b0 = t0; b0 < t1; b0 += SparseRowPlan.BLOCK) {
            int b1 = Math.min(t1, b0 + SparseRowPlan.BLOCK);
            plan.touch(x, b0, b1, true);
            for (int t = b0; t < b1; t++) {
                scatterRow(acc, col, val, start[t], end[t], gp, t * L);
            }
        }
    }

    /** {@code acc[col[p]·L ..] += val[p]·gp[gi ..]} for p in [p0, p1) (its own method: see {@link #forwardRows}). */
    private static void scatterRow(float[] acc, char[] col, byte[] val, int p0, int p1, float[] gp, int gi) {
        FloatVector gv = FloatVector.fromArray(S, gp, gi);
        for (int p = p0; p < p1; p++) {
            int o = A + col[p] * L;
            gv.fma(FloatVector.broadcast(S, (float) (val[p] & 0xFF)), FloatVector.fromArray(S, acc, o)).intoArray(acc, o);
        }
    }

    /**
     * ∂W from the chunks' sum acc0 (k×L): {@code C[p, :] = fma(colsum(G), c[p], (old[p, :] +) s[p]·acc0[p, :])},
     * the column sums of the padded G (in plan order) taken in 4 chains over entries t ≡ 0..3 (mod 4), added (0 + 1) + (2 + 3), then
     * the rows past the last multiple of 4. First every row into acc0, then copied to C.
     */
    private static void finish(float[] s, float[] c, float[] gp, int m, int n, int k, float[] acc0, float[] old,
                               float[] out) {
        FloatVector zero = FloatVector.zero(S), cs = zero;
        if (c != null) {
            FloatVector s0 = zero, s1 = zero, s2 = zero, s3 = zero;
            int i = 0;
            for (; i + 4 <= m; i += 4) {
                s0 = s0.add(FloatVector.fromArray(S, gp, i * L));
                s1 = s1.add(FloatVector.fromArray(S, gp, (i + 1) * L));
                s2 = s2.add(FloatVector.fromArray(S, gp, (i + 2) * L));
                s3 = s3.add(FloatVector.fromArray(S, gp, (i + 3) * L));
            }
            cs = s0.add(s1).add(s2.add(s3));
            for (; i < m; i++) {
                cs = cs.add(FloatVector.fromArray(S, gp, i * L));
            }
        }
        for (int p = 0; p < k; p++) {
            int o = A + p * L;
            FloatVector v = FloatVector.fromArray(S, acc0, o);
            if (s != null) {
                v = v.mul(s[p]);
            }
            if (old != null) {
                v = FloatVector.fromArray(S, old, p * L).add(v);   // (old: from index 0, see SparseTerms.pad)
            }
            if (c != null) {
                v = cs.fma(FloatVector.broadcast(S, c[p]), v);
            }
            v.intoArray(acc0, o);
        }
        int safe = out.length < L ? 0 : Math.min(k, (out.length - L) / n + 1);
        for (int p = 0; p < safe; p++) {    // ascending: each store's lanes past n are rewritten by the next row's
            FloatVector.fromArray(S, acc0, A + p * L).intoArray(out, p * n);
        }
        for (int p = safe; p < k; p++) {
            System.arraycopy(acc0, A + p * L, out, p * n, n);
        }
    }
}
