package org.hyperlab.core.tensor;

import jdk.incubator.vector.FloatVector;
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

    /**
     * Writes ∂W (k×n) from the chunks' sums {@code acc[0..chunks)} (k×ld each): when {@code direct}, acc[0] is C
     * itself and {@code C += acc[1..] }; otherwise {@code C (+)= acc[0] + acc[1] + …}. Then
     * {@code C[p, j] += shift[p]·Σ_i G[i, j]} when shift is not null (the column sums in row order).
     */
    static void finishTransA(float[] shift, float[] g, int m, int n, int k, int ld, float[][] acc, int chunks,
                             boolean direct, float[] c, boolean accumulate) {
        float[] cs = null;
        if (shift != null) {
            cs = colsum(n);
            java.util.Arrays.fill(cs, 0, n, 0f);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    cs[j] += g[i * n + j];
                }
            }
        }
        if (direct && chunks == 1 && cs == null) {
            return;
        }
        for (int p = 0; p < k; p++) {
            float sh = shift == null ? 0f : shift[p];
            int j = 0;
            for (; direct && j + L <= n; j += L) {
                FloatVector v = FloatVector.fromArray(S, c, p * n + j);
                for (int ci = 1; ci < chunks; ci++) {
                    v = v.add(FloatVector.fromArray(S, acc[ci], p * ld + j));
                }
                if (cs != null) {
                    v = FloatVector.fromArray(S, cs, j).fma(FloatVector.broadcast(S, sh), v);
                }
                v.intoArray(c, p * n + j);
            }
            for (; j < n; j++) {
                float v;
                if (direct) {
                    v = c[p * n + j];
                    for (int ci = 1; ci < chunks; ci++) {
                        v += acc[ci][p * ld + j];
                    }
                } else {
                    v = acc[0][p * ld + j];
                    for (int ci = 1; ci < chunks; ci++) {
                        v += acc[ci][p * ld + j];
                    }
                    if (accumulate) {
                        v = c[p * n + j] + v;
                    }
                }
                if (cs != null) {
                    v = Math.fma(sh, cs[j], v);
                }
                c[p * n + j] = v;
            }
        }
    }
}
