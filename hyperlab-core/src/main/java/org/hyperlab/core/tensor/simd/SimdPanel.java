package org.hyperlab.core.tensor.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Register-blocked float32 product with SIMD along the output columns (Vector API, fused multiply-add):
 * <pre>  C[i·ldc + j] (+)= Σ_p A[i·as + p·ap] · B[p·ldb + j]   for i ∈ [i0, i1), j ∈ [j0, j1), p ∈ [0, k)</pre>
 * The strides {@code as, ap} let one kernel read A row-major (A·B: as = k, ap = 1) or transposed
 * (Aᵀ·B: as = 1, ap = rows of Aᵀ). Blocks of 4 rows × 4 vectors keep 16 accumulators in registers (2 × 4 and
 * 1 × 4 for leftover rows); the
 * p range is cut into slices of {@link #KC} so the B panel stays in cache. Every output element is the same
 * chain of single-rounding FMAs in p order (vector lanes and the scalar {@link Math#fma} tail alike), so the
 * result does not depend on how rows or columns are split between threads.
 */
public final class SimdPanel {
    public static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    public static final int L = S.length();
    static final int KC = 256;

    private SimdPanel() {
    }

    static void run(float[] a, int as, int ap, float[] b, int ldb, float[] c, int ldc,
                    int i0, int i1, int j0, int j1, int k, boolean accumulate) {
        for (int p0 = 0; p0 < k; p0 += KC) {
            int p1 = Math.min(k, p0 + KC);
            boolean acc = accumulate || p0 > 0;
            int j = j0;
            for (; j + 4 * L <= j1; j += 4 * L) {
                int i = i0;
                for (; i + 4 <= i1; i += 4) {
                    block4x4(a, as, ap, b, ldb, c, ldc, i, j, p0, p1, acc);
                }
                for (; i + 2 <= i1; i += 2) {
                    block2x4(a, as, ap, b, ldb, c, ldc, i, j, p0, p1, acc);
                }
                for (; i < i1; i++) {
                    block1x4(a, as, ap, b, ldb, c, ldc, i, j, p0, p1, acc);
                }
            }
            for (; j + L <= j1; j += L) {
                int i = i0;
                for (; i + 4 <= i1; i += 4) {
                    block4x1(a, as, ap, b, ldb, c, ldc, i, j, p0, p1, acc);
                }
                for (; i < i1; i++) {
                    block1x1(a, as, ap, b, ldb, c, ldc, i, j, p0, p1, acc);
                }
            }
            for (; j < j1; j++) {
                for (int i = i0; i < i1; i++) {
                    float sum = acc ? c[i * ldc + j] : 0f;
                    int ai = i * as;
                    for (int p = p0; p < p1; p++) {
                        sum = Math.fma(a[ai + p * ap], b[p * ldb + j], sum);
                    }
                    c[i * ldc + j] = sum;
                }
            }
        }
    }

    private static FloatVector load(float[] c, int at, boolean acc) {
        return acc ? FloatVector.fromArray(S, c, at) : FloatVector.zero(S);
    }

    private static void block4x4(float[] a, int as, int ap, float[] b, int ldb, float[] c, int ldc,
                                 int i, int j, int p0, int p1, boolean acc) {
        int r0 = i * ldc + j, r1 = r0 + ldc, r2 = r1 + ldc, r3 = r2 + ldc;
        FloatVector c00 = load(c, r0, acc), c01 = load(c, r0 + L, acc), c02 = load(c, r0 + 2 * L, acc), c03 = load(c, r0 + 3 * L, acc);
        FloatVector c10 = load(c, r1, acc), c11 = load(c, r1 + L, acc), c12 = load(c, r1 + 2 * L, acc), c13 = load(c, r1 + 3 * L, acc);
        FloatVector c20 = load(c, r2, acc), c21 = load(c, r2 + L, acc), c22 = load(c, r2 + 2 * L, acc), c23 = load(c, r2 + 3 * L, acc);
        FloatVector c30 = load(c, r3, acc), c31 = load(c, r3 + L, acc), c32 = load(c, r3 + 2 * L, acc), c33 = load(c, r3 + 3 * L, acc);
        int a0 = i * as;
        for (int p = p0; p < p1; p++) {
            int bo = p * ldb + j;
            FloatVector b0 = FloatVector.fromArray(S, b, bo);
            FloatVector b1 = FloatVector.fromArray(S, b, bo + L);
            FloatVector b2 = FloatVector.fromArray(S, b, bo + 2 * L);
            FloatVector b3 = FloatVector.fromArray(S, b, bo + 3 * L);
            int ao = a0 + p * ap;
            FloatVector x = FloatVector.broadcast(S, a[ao]);
            c00 = b0.fma(x, c00); c01 = b1.fma(x, c01); c02 = b2.fma(x, c02); c03 = b3.fma(x, c03);
            x = FloatVector.broadcast(S, a[ao + as]);
            c10 = b0.fma(x, c10); c11 = b1.fma(x, c11); c12 = b2.fma(x, c12); c13 = b3.fma(x, c13);
            x = FloatVector.broadcast(S, a[ao + 2 * as]);
            c20 = b0.fma(x, c20); c21 = b1.fma(x, c21); c22 = b2.fma(x, c22); c23 = b3.fma(x, c23);
            x = FloatVector.broadcast(S, a[ao + 3 * as]);
            c30 = b0.fma(x, c30); c31 = b1.fma(x, c31); c32 = b2.fma(x, c32); c33 = b3.fma(x, c33);
        }
        c00.intoArray(c, r0); c01.intoArray(c, r0 + L); c02.intoArray(c, r0 + 2 * L); c03.intoArray(c, r0 + 3 * L);
        c10.intoArray(c, r1); c11.intoArray(c, r1 + L); c12.intoArray(c, r1 + 2 * L); c13.intoArray(c, r1 + 3 * L);
        c20.intoArray(c, r2); c21.intoArray(c, r2 + L); c22.intoArray(c, r2 + 2 * L); c23.intoArray(c, r2 + 3 * L);
        c30.intoArray(c, r3); c31.intoArray(c, r3 + L); c32.intoArray(c, r3 + 2 * L); c33.intoArray(c, r3 + 3 * L);
    }

    /** Two leftover rows: 8 independent accumulators, so the FMA latency stays hidden (1×4 waits on it). */
    private static void block2x4(float[] a, int as, int ap, float[] b, int ldb, float[] c, int ldc,
                                 int i, int j, int p0, int p1, boolean acc) {
        int r0 = i * ldc + j, r1 = r0 + ldc;
        FloatVector c00 = load(c, r0, acc), c01 = load(c, r0 + L, acc), c02 = load(c, r0 + 2 * L, acc), c03 = load(c, r0 + 3 * L, acc);
        FloatVector c10 = load(c, r1, acc), c11 = load(c, r1 + L, acc), c12 = load(c, r1 + 2 * L, acc), c13 = load(c, r1 + 3 * L, acc);
        int a0 = i * as;
        for (int p = p0; p < p1; p++) {
            int bo = p * ldb + j;
            FloatVector b0 = FloatVector.fromArray(S, b, bo);
            FloatVector b1 = FloatVector.fromArray(S, b, bo + L);
            FloatVector b2 = FloatVector.fromArray(S, b, bo + 2 * L);
            FloatVector b3 = FloatVector.fromArray(S, b, bo + 3 * L);
            int ao = a0 + p * ap;
            FloatVector x = FloatVector.broadcast(S, a[ao]);
            c00 = b0.fma(x, c00); c01 = b1.fma(x, c01); c02 = b2.fma(x, c02); c03 = b3.fma(x, c03);
            x = FloatVector.broadcast(S, a[ao + as]);
            c10 = b0.fma(x, c10); c11 = b1.fma(x, c11); c12 = b2.fma(x, c12); c13 = b3.fma(x, c13);
        }
        c00.intoArray(c, r0); c01.intoArray(c, r0 + L); c02.intoArray(c, r0 + 2 * L); c03.intoArray(c, r0 + 3 * L);
        c10.intoArray(c, r1); c11.intoArray(c, r1 + L); c12.intoArray(c, r1 + 2 * L); c13.intoArray(c, r1 + 3 * L);
    }

    private static void block1x4(float[] a, int as, int ap, float[] b, int ldb, float[] c, int ldc,
                                 int i, int j, int p0, int p1, boolean acc) {
        int r0 = i * ldc + j;
        FloatVector c00 = load(c, r0, acc), c01 = load(c, r0 + L, acc), c02 = load(c, r0 + 2 * L, acc), c03 = load(c, r0 + 3 * L, acc);
        int a0 = i * as;
        for (int p = p0; p < p1; p++) {
            int bo = p * ldb + j;
            FloatVector x = FloatVector.broadcast(S, a[a0 + p * ap]);
            c00 = FloatVector.fromArray(S, b, bo).fma(x, c00);
            c01 = FloatVector.fromArray(S, b, bo + L).fma(x, c01);
            c02 = FloatVector.fromArray(S, b, bo + 2 * L).fma(x, c02);
            c03 = FloatVector.fromArray(S, b, bo + 3 * L).fma(x, c03);
        }
        c00.intoArray(c, r0); c01.intoArray(c, r0 + L); c02.intoArray(c, r0 + 2 * L); c03.intoArray(c, r0 + 3 * L);
    }

    private static void block4x1(float[] a, int as, int ap, float[] b, int ldb, float[] c, int ldc,
                                 int i, int j, int p0, int p1, boolean acc) {
        int r0 = i * ldc + j, r1 = r0 + ldc, r2 = r1 + ldc, r3 = r2 + ldc;
        FloatVector c0 = load(c, r0, acc), c1 = load(c, r1, acc), c2 = load(c, r2, acc), c3 = load(c, r3, acc);
        int a0 = i * as;
        for (int p = p0; p < p1; p++) {
            FloatVector bv = FloatVector.fromArray(S, b, p * ldb + j);
            int ao = a0 + p * ap;
            c0 = bv.fma(FloatVector.broadcast(S, a[ao]), c0);
            c1 = bv.fma(FloatVector.broadcast(S, a[ao + as]), c1);
            c2 = bv.fma(FloatVector.broadcast(S, a[ao + 2 * as]), c2);
            c3 = bv.fma(FloatVector.broadcast(S, a[ao + 3 * as]), c3);
        }
        c0.intoArray(c, r0); c1.intoArray(c, r1); c2.intoArray(c, r2); c3.intoArray(c, r3);
    }

    private static void block1x1(float[] a, int as, int ap, float[] b, int ldb, float[] c, int ldc,
                                 int i, int j, int p0, int p1, boolean acc) {
        int r0 = i * ldc + j;
        FloatVector c0 = load(c, r0, acc);
        int a0 = i * as;
        for (int p = p0; p < p1; p++) {
            c0 = FloatVector.fromArray(S, b, p * ldb + j).fma(FloatVector.broadcast(S, a[a0 + p * ap]), c0);
        }
        c0.intoArray(c, r0);
    }
}
