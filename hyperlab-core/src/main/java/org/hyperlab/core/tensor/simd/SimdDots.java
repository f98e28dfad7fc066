package org.hyperlab.core.tensor.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Register-blocked float32 dot products with SIMD along the shared dimension (Vector API):
 * <pre>  C[i·ldc + j] (+)= Σ_p A[i·lda + p] · B[j·ldb + p]   for i ∈ [i0, i1), j ∈ [0, n), p ∈ [0, k)</pre>
 * i.e. {@code A·Bᵀ} with both operands read along contiguous rows. This suits products with few output
 * columns and a long shared dimension (X·W with W transposed, 784 → 10), where vectorizing over the output
 * columns would waste lanes. Blocks of 4 rows × 4 columns keep 16 accumulators in registers (4 rows × 2 or × 1
 * columns for the leftover columns, so no accumulator waits on its own previous multiply-add); each output is
 * reduced across lanes once by the fixed tree of {@link SimdMath#sum} (a block's accumulators together, by
 * {@link SimdMath#laneSums}), then the scalar tail of p is added. An output element's arithmetic does not depend
 * on the row split, so results are the same for any thread count.
 */
final class SimdDots {
    private static final VectorSpecies<Float> S = SimdPanel.S;
    private static final int L = SimdPanel.L;

    private SimdDots() {
    }

    static void run(float[] a, int lda, float[] b, int ldb, float[] c, int ldc,
                    int i0, int i1, int n, int k, boolean accumulate) {
        int kv = k - k % L;
        float[] t = Scratch.floats(2, 16 * L);
        int i = i0;
        for (; i + 4 <= i1; i += 4) {
            int j = 0;
            for (; j + 4 <= n; j += 4) {
                block4x4(a, lda, b, ldb, i, j, kv, t);
                SimdMath.laneSums(t, 16);
                finish(a, lda, b, ldb, c, ldc, i, j, 4, k, kv, accumulate, t);
            }
            for (; j + 2 <= n; j += 2) {
                block4x2(a, lda, b, ldb, i, j, kv, t);
                SimdMath.laneSums(t, 8);
                finish(a, lda, b, ldb, c, ldc, i, j, 2, k, kv, accumulate, t);
            }
            for (; j < n; j++) {
                block4x1(a, lda, b, ldb, i, j, kv, t);
                SimdMath.laneSums(t, 4);
                finish(a, lda, b, ldb, c, ldc, i, j, 1, k, kv, accumulate, t);
            }
        }
        for (; i < i1; i++) {
            for (int j = 0; j < n; j++) {
                single(a, lda, b, ldb, c, ldc, i, j, k, kv, accumulate);
            }
        }
    }

    /**
     * Stores a block's 4·cols lane sums, left by {@link SimdMath#laneSums} in {@code t[sumSlot(r·cols + q)]} for row i+r, column j+q, into C after adding the scalar
     * tail of p. The reductions stay out of the FMA loops' methods and go through memory: 16 calls of
     * {@link SimdMath#sum} there, or the same tree on registers, exceeded C2's inlining budget, and each vector was
     * then boxed (2–4× slower).
     */
    private static void finish(float[] a, int lda, float[] b, int ldb, float[] c, int ldc,
                               int i, int j, int cols, int k, int kv, boolean accumulate, float[] t) {
        for (int r = 0; r < 4; r++) {
            int ao = (i + r) * lda, co = (i + r) * ldc + j;
            for (int q = 0; q < cols; q++) {
                store(c, co + q, tail(a, ao, b, (j + q) * ldb, kv, k, t[SimdMath.sumSlot(r * cols + q)]), accumulate);
            }
        }
    }

    private static void store(float[] c, int at, float value, boolean accumulate) {
        c[at] = accumulate ? c[at] + value : value;
    }

    private static float tail(float[] a, int ao, float[] b, int bo, int kv, int k, float sum) {
        for (int p = kv; p < k; p++) {
            sum = Math.fma(a[ao + p], b[bo + p], sum);
        }
        return sum;
    }

    private static void single(float[] a, int lda, float[] b, int ldb, float[] c, int ldc,
                               int i, int j, int k, int kv, boolean accumulate) {
        int ao = i * lda, bo = j * ldb;
        FloatVector s = FloatVector.zero(S);
        for (int p = 0; p < kv; p += L) {
            s = FloatVector.fromArray(S, a, ao + p).fma(FloatVector.fromArray(S, b, bo + p), s);
        }
        store(c, i * ldc + j, tail(a, ao, b, bo, kv, k, SimdMath.sum(s)), accumulate);
    }

    private static void block4x2(float[] a, int lda, float[] b, int ldb, int i, int j, int kv, float[] t) {
        int a0 = i * lda, a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda, b0 = j * ldb, b1 = b0 + ldb;
        FloatVector z = FloatVector.zero(S);
        FloatVector s00 = z, s01 = z, s10 = z, s11 = z, s20 = z, s21 = z, s30 = z, s31 = z;
        for (int p = 0; p < kv; p += L) {
            FloatVector y0 = FloatVector.fromArray(S, b, b0 + p);
            FloatVector y1 = FloatVector.fromArray(S, b, b1 + p);
            FloatVector x = FloatVector.fromArray(S, a, a0 + p);
            s00 = x.fma(y0, s00); s01 = x.fma(y1, s01);
            x = FloatVector.fromArray(S, a, a1 + p);
            s10 = x.fma(y0, s10); s11 = x.fma(y1, s11);
            x = FloatVector.fromArray(S, a, a2 + p);
            s20 = x.fma(y0, s20); s21 = x.fma(y1, s21);
            x = FloatVector.fromArray(S, a, a3 + p);
            s30 = x.fma(y0, s30); s31 = x.fma(y1, s31);
        }
        s00.intoArray(t, 0); s01.intoArray(t, L); s10.intoArray(t, 2 * L); s11.intoArray(t, 3 * L);
        s20.intoArray(t, 4 * L); s21.intoArray(t, 5 * L); s30.intoArray(t, 6 * L); s31.intoArray(t, 7 * L);
    }

    private static void block4x1(float[] a, int lda, float[] b, int ldb, int i, int j, int kv, float[] t) {
        int a0 = i * lda, a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda, b0 = j * ldb;
        FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
        for (int p = 0; p < kv; p += L) {
            FloatVector y = FloatVector.fromArray(S, b, b0 + p);
            s0 = FloatVector.fromArray(S, a, a0 + p).fma(y, s0);
            s1 = FloatVector.fromArray(S, a, a1 + p).fma(y, s1);
            s2 = FloatVector.fromArray(S, a, a2 + p).fma(y, s2);
            s3 = FloatVector.fromArray(S, a, a3 + p).fma(y, s3);
        }
        s0.intoArray(t, 0); s1.intoArray(t, L); s2.intoArray(t, 2 * L); s3.intoArray(t, 3 * L);
    }

    private static void block4x4(float[] a, int lda, float[] b, int ldb, int i, int j, int kv, float[] t) {
        int a0 = i * lda, a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda;
        int b0 = j * ldb, b1 = b0 + ldb, b2 = b1 + ldb, b3 = b2 + ldb;
        FloatVector z = FloatVector.zero(S);
        FloatVector s00 = z, s01 = z, s02 = z, s03 = z, s10 = z, s11 = z, s12 = z, s13 = z;
        FloatVector s20 = z, s21 = z, s22 = z, s23 = z, s30 = z, s31 = z, s32 = z, s33 = z;
        for (int p = 0; p < kv; p += L) {
            FloatVector y0 = FloatVector.fromArray(S, b, b0 + p);
            FloatVector y1 = FloatVector.fromArray(S, b, b1 + p);
            FloatVector y2 = FloatVector.fromArray(S, b, b2 + p);
            FloatVector y3 = FloatVector.fromArray(S, b, b3 + p);
            FloatVector x = FloatVector.fromArray(S, a, a0 + p);
            s00 = x.fma(y0, s00); s01 = x.fma(y1, s01); s02 = x.fma(y2, s02); s03 = x.fma(y3, s03);
            x = FloatVector.fromArray(S, a, a1 + p);
            s10 = x.fma(y0, s10); s11 = x.fma(y1, s11); s12 = x.fma(y2, s12); s13 = x.fma(y3, s13);
            x = FloatVector.fromArray(S, a, a2 + p);
            s20 = x.fma(y0, s20); s21 = x.fma(y1, s21); s22 = x.fma(y2, s22); s23 = x.fma(y3, s23);
            x = FloatVector.fromArray(S, a, a3 + p);
            s30 = x.fma(y0, s30); s31 = x.fma(y1, s31); s32 = x.fma(y2, s32); s33 = x.fma(y3, s33);
        }
        s00.intoArray(t, 0); s01.intoArray(t, L); s02.intoArray(t, 2 * L); s03.intoArray(t, 3 * L);
        s10.intoArray(t, 4 * L); s11.intoArray(t, 5 * L); s12.intoArray(t, 6 * L); s13.intoArray(t, 7 * L);
        s20.intoArray(t, 8 * L); s21.intoArray(t, 9 * L); s22.intoArray(t, 10 * L); s23.intoArray(t, 11 * L);
        s30.intoArray(t, 12 * L); s31.intoArray(t, 13 * L); s32.intoArray(t, 14 * L); s33.intoArray(t, 15 * L);
    }
}
