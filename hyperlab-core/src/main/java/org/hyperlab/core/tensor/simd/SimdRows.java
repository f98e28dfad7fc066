package org.hyperlab.core.tensor.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Kernels on narrow rows (2 to L columns, e.g. 10 classes) with one vector per row: lane c holds column c, the lanes
 * past the row are masked (−∞ logits, zero targets, the lowest argmax key). A row of 10 floats starts at any offset,
 * so each row is read with one unmasked load of L floats that runs into the next row; rows whose load would pass the
 * end of their range go through a scratch copy and the same operations (same bits whatever the range).
 *
 * <p>Sums over a row's lanes use a fixed butterfly (lane i combined with lane i^8, i^4, i^2, i^1, which leaves the sum
 * in every lane), so they have the same bits in every JIT tier; the row maximum uses {@code reduceLanes(MAX)}, exact in
 * any order. Measured on the project machine: the butterfly's blends cost more than the
 * reduction for max, and a method call inside the row loop (e.g. {@code Math.log}) spills every vector register.
 */
final class SimdRows {
    private static final VectorSpecies<Float> S = SimdPanel.S;
    private static final VectorSpecies<Integer> I = VectorSpecies.of(int.class, S.vectorShape());
    static final int L = S.length();
    private static final float[] LANES = new float[L];
    private static final int[] INT_LANES = new int[L];
    private static final VectorShuffle<Float> F8 = swap(S, 8), F4 = swap(S, 4), F2 = swap(S, 2), F1 = swap(S, 1);
    private static final VectorShuffle<Integer> I8 = swap(I, 8), I4 = swap(I, 4), I2 = swap(I, 2), I1 = swap(I, 1);
    /** Argmax key of a NaN: below every number; masked lanes get {@link Integer#MIN_VALUE}, below NaN. */
    private static final int NAN_KEY = Integer.MIN_VALUE + 1;

    static {
        for (int i = 0; i < L; i++) {
            LANES[i] = i;
            INT_LANES[i] = i;
        }
    }

    private SimdRows() {
    }

    /** The shuffle exchanging lanes i and i^d (identity when the vector has no lane d). */
    private static <E> VectorShuffle<E> swap(VectorSpecies<E> species, int d) {
        int n = species.length();
        return VectorShuffle.fromOp(species, i -> d < n ? i ^ d : i);
    }

    /** Whether rows of {@code cols} columns fit one vector (and are not trivially one column). */
    static boolean fits(int cols) {
        return cols >= 2 && cols <= L && L == 16;
    }

    /** The first row of {@code [lo, hi)} whose vector load would pass {@code hi·cols}; rows before it load directly. */
    private static int directEnd(int lo, int hi, int cols) {
        return Math.max(lo, Math.min(hi, Math.floorDiv(hi * cols - L, cols) + 1));
    }

    /**
     * Rows {@code [lo, hi)} of softmax-cross-entropy for rows of {@code cols ≤ L} columns (see
     * {@link FloatArrays#softmaxCrossEntropy}): per row, m = max_c z, s = z − m, e = e^s (the bits of
     * {@link SimdMath#exp}), the float32 sums S = Σ e, Y = Σ y and T = Σ_{y≠0} y·s (PyTorch's float32 rounding class),
     * {@code terms[r] = Y·log S − T} in float64 ({@link #logTerms}) and {@code grad = (e·(1/S) − y)·invN}. {@code grad}
     * may be {@code z}: the lanes of a row's store that lie past the row get the loaded z values back (the next row's
     * logits, unchanged, or its gradient slot, written later). {@code lo} must be a multiple of {@link #LOG_BLOCK}.
     */
    static void crossEntropyRows(float[] z, float[] y, float[] grad, double[] terms, int cols, float invN, int lo, int hi) {
        float[] sums = Scratch.floats(2, 3 * (hi - lo)); // per row: Σ e, Σ y, Σ y·s
        float[] t = Scratch.floats(1, 2 * L);
        int direct = directEnd(lo, hi, cols);
        for (int b = lo; b < direct; b += ROW_BLOCK) {   // blocks: see ROW_BLOCK
            int e = Math.min(direct, b + ROW_BLOCK);
            crossEntropy(z, b * cols, y, b * cols, grad, sums, cols, invN, b, e, lo);
        }
        for (int r = direct; r < hi; r++) { // z (and grad) at t[0, L), y at t[L, 2L)
            System.arraycopy(z, r * cols, t, 0, cols);
            System.arraycopy(y, r * cols, t, L, cols);
            crossEntropy(t, 0, t, L, t, sums, cols, invN, r, r + 1, lo);
            System.arraycopy(t, 0, grad, r * cols, cols);
        }
        logTerms(sums, terms, lo, hi);
    }

    /**
     * Most rows per call of the row loops ({@link #crossEntropy}, {@link #argmaxHits}). A full batch is one call of
     * 60,000 rows; as one loop, the JIT compiled it on the stack or after a deoptimization, and those compilations
     * ran the Vector API's Java fallback. In blocks, the loops are called often
     * enough to be compiled as whole methods, like a mini-batch's, and keep their constants in registers per block.
     */
    static final int ROW_BLOCK = 64;

    /** Rows per product of row sums in {@link #logTerms}; parts of a split start at multiples of it. */
    static final int LOG_BLOCK = 64;

    /**
     * {@code terms[r] = Y·log S − T} from the per-row (S, Y, T) in {@code sums}. {@code Math.log} costs ~15 ns a call
     * here, as much as the rest of a row, so rows with Y = 1 (one-hot targets) share one logarithm per block of
     * {@link #LOG_BLOCK} rows: Σ log S = log Π S (each S lies in [1, L] for a finite row, so the product of 64 stays
     * far inside the float64 range; a NaN row makes it NaN), added to the term of the block's first row. Blocks start
     * at multiples of {@link #LOG_BLOCK} from row 0, so the terms do not depend on how rows are split between threads.
     */
    private static void logTerms(float[] sums, double[] terms, int lo, int hi) {
        for (int b = lo; b < hi; ) {
            int end = Math.min(hi, (b / LOG_BLOCK + 1) * LOG_BLOCK);
            double product = 1.0;
            for (int r = b; r < end; r++) {
                int k = 3 * (r - lo);
                float y = sums[k + 1];
                if (y == 1f) {
                    product *= sums[k];
                    terms[r] = -(double) sums[k + 2];
                } else {
                    terms[r] = (double) y * Math.log(sums[k]) - sums[k + 2];
                }
            }
            terms[b] += Math.log(product);
            b = end;
        }
    }

    /**
     * Rows {@code [lo, hi)}: row r's z and grad at {@code zAt + (r − lo)·cols}, its y at {@code yAt + (r − lo)·cols};
     * its (S, Y, T) go to {@code sums[3(r − first) ..]}.
     */
    private static void crossEntropy(float[] z, int zAt, float[] y, int yAt, float[] grad, float[] sums, int cols, float invN,
                                     int lo, int hi, int first) {
        FloatVector lanes = FloatVector.fromArray(S, LANES, 0);
        for (int r = lo; r < hi; r++) {
            int base = zAt + (r - lo) * cols;
            VectorMask<Float> outside = lanes.compare(VectorOperators.GE, cols);
            FloatVector raw = FloatVector.fromArray(S, z, base);
            FloatVector x = raw.blend(Float.NEGATIVE_INFINITY, outside);
            FloatVector yv = FloatVector.fromArray(S, y, yAt + (r - lo) * cols).blend(0f, outside);
            float m = x.reduceLanes(VectorOperators.MAX); // exact in any order, so the same bits in every JIT tier
            FloatVector s = x.sub(m);
            // SimdMath.exp's operations without its clamping: s ≤ 0 here, and below −87 the result is replaced by 0
            FloatVector n = s.fma(SimdMath.LOG2E, SimdMath.MAGIC).sub(SimdMath.MAGIC);
            FloatVector q = n.fma(FloatVector.broadcast(S, -SimdMath.LN2_HI), s);
            q = n.fma(FloatVector.broadcast(S, -SimdMath.LN2_LO), q);
            FloatVector p = q.fma(SimdMath.P0, SimdMath.P1);
            p = p.fma(q, FloatVector.broadcast(S, SimdMath.P2));
            p = p.fma(q, FloatVector.broadcast(S, SimdMath.P3));
            p = p.fma(q, FloatVector.broadcast(S, SimdMath.P4));
            p = p.fma(q, FloatVector.broadcast(S, SimdMath.P5));
            p = p.fma(q.mul(q), q).add(1f);
            IntVector bits = ((IntVector) s.fma(SimdMath.LOG2E, SimdMath.MAGIC).reinterpretAsInts())
                    .sub(SimdMath.MAGIC_BITS - 127).lanewise(VectorOperators.LSHL, 23);
            FloatVector e = p.mul((FloatVector) bits.reinterpretAsFloats()).blend(0f, s.compare(VectorOperators.LT, SimdMath.LO));
            FloatVector ys = s.blend(0f, yv.compare(VectorOperators.EQ, 0f)); // y = 0 terms contribute 0, even for s = −∞
            FloatVector sum = e.add(e.rearrange(F8)), dot = yv.mul(ys), ySum = yv.add(yv.rearrange(F8));
            dot = dot.add(dot.rearrange(F8));
            sum = sum.add(sum.rearrange(F4));
            dot = dot.add(dot.rearrange(F4));
            ySum = ySum.add(ySum.rearrange(F4));
            sum = sum.add(sum.rearrange(F2));
            dot = dot.add(dot.rearrange(F2));
            ySum = ySum.add(ySum.rearrange(F2));
            sum = sum.add(sum.rearrange(F1));
            dot = dot.add(dot.rearrange(F1));
            ySum = ySum.add(ySum.rearrange(F1));
            int k = 3 * (r - first); // the logarithm later, outside this loop: a call here spills every vector register
            sums[k] = sum.lane(0);
            sums[k + 1] = ySum.lane(0);
            sums[k + 2] = dot.lane(0);
            FloatVector g = e.mul(FloatVector.broadcast(S, 1f).div(sum)).sub(yv).mul(invN); // sum: Σ e in every lane
            g.blend(raw, outside).intoArray(grad, base);
        }
    }

    /**
     * The number of rows r in {@code [0, rows)} whose class equals {@code labels[r]}, the class being the first column
     * with the largest value, where −0 equals +0 and NaN is below every number (a row of NaNs has class 0): each lane
     * gets an order-preserving integer key, the row's largest key is found, then the first lane holding it.
     */
    static int countArgmaxHits(float[] z, int rows, int cols, int[] labels) {
        int direct = directEnd(0, rows, cols);
        int hits = 0;
        for (int b = 0; b < direct; b += ROW_BLOCK) {
            hits += argmaxHits(z, 0, cols, labels, b, Math.min(direct, b + ROW_BLOCK));
        }
        float[] t = Scratch.floats(2, L);
        for (int r = direct; r < rows; r++) {
            System.arraycopy(z, r * cols, t, 0, cols);
            hits += argmaxHits(t, r * cols, cols, labels, r, r + 1);
        }
        return hits;
    }

    /** {@link #countArgmaxHits} for rows {@code [lo, hi)}, row r read at {@code r·cols − offset}. */
    private static int argmaxHits(float[] z, int offset, int cols, int[] labels, int lo, int hi) {
        IntVector lanes = IntVector.fromArray(I, INT_LANES, 0);
        int hits = 0;
        for (int r = lo; r < hi; r++) {
            IntVector bits = (IntVector) FloatVector.fromArray(S, z, r * cols - offset).add(0f).reinterpretAsInts(); // −0 → +0
            IntVector key = bits.lanewise(VectorOperators.XOR, bits.lanewise(VectorOperators.ASHR, 31).and(0x7fffffff));
            key = key.blend(NAN_KEY, bits.and(0x7fffffff).compare(VectorOperators.GT, 0x7f800000))
                    .blend(Integer.MIN_VALUE, lanes.compare(VectorOperators.GE, cols));
            IntVector max = key.max(key.rearrange(I8));
            max = max.max(max.rearrange(I4));
            max = max.max(max.rearrange(I2));
            max = max.max(max.rearrange(I1));
            IntVector first = lanes.blend(L, key.compare(VectorOperators.NE, max));
            first = first.min(first.rearrange(I8));
            first = first.min(first.rearrange(I4));
            first = first.min(first.rearrange(I2));
            first = first.min(first.rearrange(I1));
            hits += first.lane(0) == labels[r] ? 1 : 0;
        }
        return hits;
    }
}
