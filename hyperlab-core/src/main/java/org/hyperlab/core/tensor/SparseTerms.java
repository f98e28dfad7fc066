package org.hyperlab.core.tensor;

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

    /** {@code out[j] += Σ_p c[p]·w[p·ld + j]} for j in [0, ld) (ld a multiple of the vector length), p ascending. */
    static void addWeightedRows(float[] c, float[] w, int k, int ld, float[] out) {
        for (int j = 0; j < ld; j += L) {
            FloatVector sum = FloatVector.fromArray(S, out, j);
            for (int p = 0; p < k; p++) {
                sum = FloatVector.fromArray(S, w, p * ld + j).fma(FloatVector.broadcast(S, c[p]), sum);
            }
            sum.intoArray(out, j);
        }
    }

    /** {@code w[p·ld + :] *= s[p]} for p in [0, k). */
    static void scaleRows(float[] w, int k, int ld, float[] s) {
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < ld; j += L) {
                FloatVector.fromArray(S, w, p * ld + j).mul(s[p]).intoArray(w, p * ld + j);
            }
        }
    }

    /**
     * Writes ∂W (k×n) from the chunks' sums {@code acc[0..chunks)} (k×ld each): when {@code direct}, acc[0] is C
     * itself and {@code C += acc[1] + …}; otherwise {@code C = (C +) s[p]·(acc[0] + acc[1] + …)} (s = 1 when
     * {@code scale} is null). Then
     * {@code C[p, j] += shift[p]·Σ_i G[i, j]} when shift is not null, with the column sums of the padded
     * {@code g} (m×ld) taken in row order.
     */
    static void finishTransA(float[] scale, float[] shift, float[] g, int m, int n, int k, int ld, float[][] acc, int chunks,
                             boolean direct, float[] c, boolean accumulate) {
        if (direct && chunks == 1 && shift == null && scale == null) {
            return;
        }
        float[] cs = colsum(ld);
        for (int j = 0; j < ld; j += L) {
            FloatVector sum = FloatVector.zero(S);
            for (int i = 0; shift != null && i < m; i++) {
                sum = sum.add(FloatVector.fromArray(S, g, i * ld + j));
            }
            sum.intoArray(cs, j);
        }
        float[] row = new float[L];
        boolean addOld = !direct && accumulate;
        for (int j = 0; j < ld; j += L) {
            boolean full = j + L <= n;
            VectorMask<Float> in = S.indexInRange(j, n);
            FloatVector colsum = FloatVector.fromArray(S, cs, j);
            for (int p = 0; p < k; p++) {
                int o = p * n + j;
                FloatVector v = direct ? FloatVector.fromArray(S, c, o) : FloatVector.fromArray(S, acc[0], p * ld + j);
                for (int ci = 1; ci < chunks; ci++) {
                    v = v.add(FloatVector.fromArray(S, acc[ci], p * ld + j));
                }
                if (scale != null) {
                    v = v.mul(scale[p]);
                }
                if (o + L <= c.length) {
                    FloatVector old = FloatVector.fromArray(S, c, o);
                    if (addOld) {
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
                        float x = addOld ? c[o + q] + row[q] : row[q];
                        c[o + q] = shift != null ? Math.fma(cs[j + q], shift[p], x) : x;
                    }
                }
            }
        }
    }
}
