package org.hyperlab.core.tensor.sparse;

import org.hyperlab.core.tensor.simd.SimdPanel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * The dense terms of the sparse products ({@link SimdSparseProducts}) that come from the shift c of
 * X' = X·diag(s) + 1·cᵀ: the forward's row {@code cᵀW}, and the backward's {@code c ⊗ colsum(G)} fused into the
 * final write of ∂W together with the chunks' partial sums (added in chunk order).
 */
final class SparseTerms {
    private static final VectorSpecies<Float> S = SimdPanel.S;
    private static final int L = SimdPanel.L;
    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[2][0]);

    private SparseTerms() {
    }

    /** k ones (per-thread, read-only for the caller). */
    static float[] ones(int k) {
        float[][] s = SCRATCH.get();
        if (s[0].length < k) {
            s[0] = new float[k];
            java.util.Arrays.fill(s[0], 1f);
        }
        return s[0];
    }

    private static float[] colsum(int n) {
        float[][] s = SCRATCH.get();
        if (s[1].length < n) {
            s[1] = new float[n];
        }
        return s[1];
    }

    /** {@code out[j] += Σ_p c[p]·W[p, j]} for j in [0, ld), p ascending, with W in panel layout (k×ld, {@link SimdSparseProducts#at}). */
    static void addWeightedRows(float[] c, float[] w, int k, int ld, float[] out) {
        for (int j = 0; j < ld; j += L) {
            FloatVector sum = FloatVector.fromArray(S, out, j);
            for (int p = 0; p < k; p++) {
                sum = FloatVector.fromArray(S, w, SimdSparseProducts.at(p, j, k, ld)).fma(FloatVector.broadcast(S, c[p]), sum);
            }
            sum.intoArray(out, j);
        }
    }

    /** {@code W[p, :] *= s[p]} for p in [0, k), W in panel layout (k×ld). */
    static void scaleRows(float[] w, int k, int ld, float[] s) {
        for (int j = 0; j < ld; j += L) {
            for (int p = 0; p < k; p++) {
                int o = SimdSparseProducts.at(p, j, k, ld);
                FloatVector.fromArray(S, w, o).mul(s[p]).intoArray(w, o);
            }
        }
    }

    /**
     * {@code dst[r·ld + j] = src[r·n + j]} for j &lt; n and 0 up to ld, for r in [0, rows); ld a multiple of L. Whole
     * vectors with the lanes past n zeroed by a blend while the unmasked load stays inside src, then element by
     * element (a full-batch G of 60,000 rows took ~1 ms element by element).
     */
    static void pad(float[] src, int rows, int n, float[] dst, int ld) {
        FloatVector zero = FloatVector.zero(S);
        int r0 = 0;
        for (int j = 0; j < ld; j += L) {
            VectorMask<Float> in = S.indexInRange(j, n);
            int fast = Math.max(0, Math.min(rows, Math.floorDiv(src.length - j - L, n) + 1));
            for (int r = 0; r < fast; r++) {
                zero.blend(FloatVector.fromArray(S, src, r * n + j), in).intoArray(dst, r * ld + j);
            }
            r0 = j == 0 ? fast : Math.min(r0, fast);
        }
        for (int r = r0; r < rows; r++) {
            for (int j = 0; j < ld; j++) {
                dst[r * ld + j] = j < n ? src[r * n + j] : 0f;
            }
        }
    }

    /**
     * Writes ∂W (k×n) from the chunks' sums {@code acc[0..chunks)} (k×ld each, in the panel layout of {@link SimdSparseProducts#at}):
     * {@code C[p, j] = (C[p, j] +) s[p]·(acc[0] + acc[1] + …)[p, j] + c[p]·Σ_i G[i, j]}, s = 1 when {@code scale}
     * is null and no shift term when {@code shift} is null; the column sums of the padded {@code g} (m×ld) are
     * taken in row order.
     */
    static void finishTransA(float[] scale, float[] shift, float[] g, int m, int n, int k, int ld, float[][] acc,
                             float[] c, boolean accumulate) {
        float[] cs = colsum(ld);
        for (int j = 0; j < ld; j += L) {
            FloatVector sum = FloatVector.zero(S);
            for (int i = 0; shift != null && i < m; i++) {
                sum = sum.add(FloatVector.fromArray(S, g, i * ld + j));
            }
            sum.intoArray(cs, j);
        }
        float[] row = new float[L];
        for (int j = 0; j < ld; j += L) {
            boolean full = j + L <= n;
            VectorMask<Float> in = S.indexInRange(j, n);
            FloatVector colsum = FloatVector.fromArray(S, cs, j);
            for (int p = 0; p < k; p++) {
                int o = p * n + j;
                int a = SimdSparseProducts.at(p, j, k, ld);
                FloatVector v = FloatVector.fromArray(S, acc[0], a);
                for (int ci = 1; ci < acc.length; ci++) {
                    v = v.add(FloatVector.fromArray(S, acc[ci], a));
                }
                if (scale != null) {
                    v = v.mul(scale[p]);
                }
                if (o + L <= c.length) {
                    FloatVector old = FloatVector.fromArray(S, c, o);
                    if (accumulate) {
                        v = old.add(v);
                    }
                    if (shift != null) {
                        v = colsum.fma(FloatVector.broadcast(S, shift[p]), v);
                    }
                    if (full) {
                        v.intoArray(c, o);
                    } else {
                        // rows are written in ascending order: the lanes past row p get row p+1's values back
                        old.blend(v, in).intoArray(c, o);
                    }
                } else {
                    v.intoArray(row, 0);
                    for (int q = 0; q < n - j; q++) {
                        float x = accumulate ? c[o + q] + row[q] : row[q];
                        c[o + q] = shift != null ? Math.fma(cs[j + q], shift[p], x) : x;
                    }
                }
            }
        }
    }
}
