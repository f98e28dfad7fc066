package org.hyperlab.core.tensor.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Lane reductions and the exponential built only from exactly specified IEEE operations (add, multiply, fused
 * multiply-add, fixed lane shuffles, bit reinterpretation). The Vector API leaves the order of
 * {@code reduceLanes} and the accuracy of its {@code EXP} to the implementation, and the JIT swaps its Java
 * fallback for intrinsics during warm-up, which could change the last bit of a result mid-run; these functions
 * give the same bits interpreted or compiled, in a vector lane or in the scalar twin.
 */
final class SimdMath {
    private static final VectorSpecies<Float> S = SimdPanel.S;
    private static final int L = S.length();
    private static final VectorShuffle<Float> X8 = swap(8), X4 = swap(4), X2 = swap(2), X1 = swap(1);
    private static final VectorMask<Float> M8 = bit(8), M4 = bit(4), M2 = bit(2), M1 = bit(1);
    static final float LOG2E = 1.44269504088896341f;
    static final float MAGIC = 12582912f; // 1.5 · 2^23: adding it rounds to an integer
    static final int MAGIC_BITS = Float.floatToRawIntBits(MAGIC);
    static final float LN2_HI = 0.693359375f;
    static final float LN2_LO = -2.12194440e-4f;
    static final float LO = -87f;
    private static final float HI = 88f;
    static final float P0 = 1.9875691500e-4f, P1 = 1.3981999507e-3f, P2 = 8.3334519073e-3f;
    static final float P3 = 4.1665795894e-2f, P4 = 1.6666665459e-1f, P5 = 5.0000001201e-1f;

    private SimdMath() {
    }

    /** The shuffle exchanging lanes i and i^d (identity when the vector has no lane d). */
    private static VectorShuffle<Float> swap(int d) {
        return VectorShuffle.fromOp(S, i -> d < L ? i ^ d : i);
    }

    /** The lanes whose index has bit {@code d} set. */
    private static VectorMask<Float> bit(int d) {
        boolean[] set = new boolean[L];
        for (int i = 0; i < L; i++) {
            set[i] = (i & d) != 0;
        }
        return VectorMask.fromArray(S, set, 0);
    }

    /** The sum of the lanes by a fixed pairwise tree (lane i + lane i^(L/2), then i^(L/4), …). */
    static float sum(FloatVector v) {
        if (L > 16) {
            return v.reduceLanes(jdk.incubator.vector.VectorOperators.ADD); // no such x86 vectors today
        }
        if (L == 16) {
            v = v.add(v.rearrange(X8));
        }
        if (L >= 8) {
            v = v.add(v.rearrange(X4));
        }
        if (L >= 4) {
            v = v.add(v.rearrange(X2));
        }
        return v.add(v.rearrange(X1)).lane(0);
    }

    /**
     * The lane sums of the {@code count} vectors stored in {@code t[q·L, (q+1)·L)} (count a power of two, at most
     * 16), each bit-identical to {@link #sum(FloatVector)} of that vector; the sum of vector q ends up in
     * {@code t[sumSlot(q)]} (the rest of t is overwritten). With 16 lanes the vectors are reduced together: each
     * step of the tree blends two vectors' halves and adds the swapped halves, so one shuffle and one add serve
     * two vectors (15 steps for 16 sums instead of 64), and nothing leaves the registers lane by lane. Lane i of
     * a blended pair holds exactly the partial sum lane i of its own vector would hold in {@link #sum}, up to the
     * order of the two operands of an addition (exact).
     */
    static void laneSums(float[] t, int count) {
        if (L != 16) {
            for (int q = 0; q < count; q++) {
                t[q] = sum(FloatVector.fromArray(S, t, q * L)); // t[q] lies in a vector already read
            }
            return;
        }
        int n = count;
        for (int i = 0; 2 * i < n; i++) {
            FloatVector a = FloatVector.fromArray(S, t, 2 * i * L);
            FloatVector b = n == 1 ? a : FloatVector.fromArray(S, t, (2 * i + 1) * L);
            a.blend(b, M8).add(b.blend(a, M8).rearrange(X8)).intoArray(t, i * L);
        }
        n = Math.max(1, n / 2);
        for (int i = 0; 2 * i < n; i++) {
            FloatVector a = FloatVector.fromArray(S, t, 2 * i * L);
            FloatVector b = n == 1 ? a : FloatVector.fromArray(S, t, (2 * i + 1) * L);
            a.blend(b, M4).add(b.blend(a, M4).rearrange(X4)).intoArray(t, i * L);
        }
        n = Math.max(1, n / 2);
        for (int i = 0; 2 * i < n; i++) {
            FloatVector a = FloatVector.fromArray(S, t, 2 * i * L);
            FloatVector b = n == 1 ? a : FloatVector.fromArray(S, t, (2 * i + 1) * L);
            a.blend(b, M2).add(b.blend(a, M2).rearrange(X2)).intoArray(t, i * L);
        }
        n = Math.max(1, n / 2);
        FloatVector a = FloatVector.fromArray(S, t, 0);
        FloatVector b = n == 1 ? a : FloatVector.fromArray(S, t, L);
        a.blend(b, M1).add(b.blend(a, M1).rearrange(X1)).intoArray(t, 0);
    }

    /**
     * Where {@link #laneSums} leaves the sum of vector q: with 16 lanes, lane bitReverse₄(q) (the first pairing
     * decides the lowest bit of q and the highest of the lane); otherwise q.
     */
    static int sumSlot(int q) {
        return L == 16 ? Integer.reverse(q) >>> 28 : q;
    }

    /**
     * {@code a[i, i+L) = e^a[i, i+L)} per lane (Cephes' single-precision polynomial, relative error about 2 ulp): 0
     * below −87, +∞ above 88, NaN for NaN. In place on an array rather than vector in, vector out: this method is
     * larger than the JIT inlines at a call site it does not count as hot (e.g. inside the softmax's loop over rows),
     * and a vector passed to or returned from a call that is not inlined is boxed on the heap (measured: 192 bytes
     * per 16 floats); an array and an index cross the call as they are.
     */
    static void exp(float[] a, int i) {
        FloatVector x = FloatVector.fromArray(S, a, i);
        FloatVector xc = x.max(LO).min(HI);
        FloatVector t = xc.fma(FloatVector.broadcast(S, LOG2E), FloatVector.broadcast(S, MAGIC));
        FloatVector n = t.sub(MAGIC);
        FloatVector r = n.fma(FloatVector.broadcast(S, -LN2_HI), xc);
        r = n.fma(FloatVector.broadcast(S, -LN2_LO), r);
        FloatVector p = r.fma(FloatVector.broadcast(S, P0), FloatVector.broadcast(S, P1));
        p = p.fma(r, FloatVector.broadcast(S, P2));
        p = p.fma(r, FloatVector.broadcast(S, P3));
        p = p.fma(r, FloatVector.broadcast(S, P4));
        p = p.fma(r, FloatVector.broadcast(S, P5));
        p = p.fma(r.mul(r), r).add(1f);
        IntVector bits = ((IntVector) t.reinterpretAsInts()).sub(MAGIC_BITS - 127).lanewise(VectorOperators.LSHL, 23);
        FloatVector y = p.mul((FloatVector) bits.reinterpretAsFloats());
        y.blend(0f, x.lt(LO)).blend(Float.POSITIVE_INFINITY, x.compare(VectorOperators.GT, HI)).intoArray(a, i);
    }

    /** The scalar twin of {@link #exp(float[], int)}: the same operations, hence the same bits. */
    static float exp(float x) {
        float xc = Math.min(Math.max(x, LO), HI);
        float t = Math.fma(xc, LOG2E, MAGIC);
        float n = t - MAGIC;
        float r = Math.fma(n, -LN2_HI, xc);
        r = Math.fma(n, -LN2_LO, r);
        float p = Math.fma(r, P0, P1);
        p = Math.fma(p, r, P2);
        p = Math.fma(p, r, P3);
        p = Math.fma(p, r, P4);
        p = Math.fma(p, r, P5);
        p = Math.fma(p, r * r, r) + 1f;
        float y = p * Float.intBitsToFloat((Float.floatToRawIntBits(t) - (MAGIC_BITS - 127)) << 23);
        if (x < LO) {
            return 0f;
        }
        return x > HI ? Float.POSITIVE_INFINITY : y;
    }
}
