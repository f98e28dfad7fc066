package org.hyperlab.core.tensor;

import java.util.SplittableRandom;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/** Test helper: random matrices with values in [−1, 1) and the float32 error bound of a product. */
public final class RandomMatrices {
    /** Unit roundoff of float32, 2^−24. */
    public static final double U32 = 0x1p-24;

    private RandomMatrices() {
    }

    public static Matrix random(Precision precision, int rows, int cols, SplittableRandom rng) {
        return org.hyperlab.core.testing.RandomMatrices.uniform(precision, rng, rows, cols, -1, 1);
    }

    /**
     * A rows×cols float32 matrix with about {@code density} non-zeros, half of them in [−1, 1) and half MNIST-like
     * integers 1..255 (exactly representable), for the sparse products' tests.
     */
    public static FloatMatrix sparse(int rows, int cols, double density, SplittableRandom rng) {
        FloatMatrix m = new FloatMatrix(rows, cols);
        for (int i = 0; i < m.size(); i++) {
            if (rng.nextDouble() < density) {
                m.data()[i] = rng.nextBoolean() ? (float) (rng.nextDouble() * 2 - 1) : 1 + rng.nextInt(255);
            }
        }
        return m;
    }

    /**
     * A rows×cols float32 matrix with about {@code density} non-zeros, all integers 1..255 (pixel intensities): the
     * sparse form then keeps its values as bytes ({@link org.hyperlab.core.tensor.sparse.SparseRows#bytes()}), which the narrow products need.
     */
    public static FloatMatrix sparsePixels(int rows, int cols, double density, SplittableRandom rng) {
        FloatMatrix m = new FloatMatrix(rows, cols);
        for (int i = 0; i < m.size(); i++) {
            if (rng.nextDouble() < density) {
                m.data()[i] = 1 + rng.nextInt(255);
            }
        }
        return m;
    }

    /** n floats uniform in [lo, hi). */
    public static float[] vector(int n, double lo, double hi, SplittableRandom rng) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (lo + rng.nextDouble() * (hi - lo));
        }
        return v;
    }

    /**
     * A bound on |float32 result − exact| for C = C0 + Σ_p A[i,p]·B[p,j] summed in any order with at most one
     * rounding per multiply-add, plus the final rounding and the reference's own rounding to float32:
     * 2·(k + 3)·u·(Σ_p |A[i,p]·B[p,j]| + |C0|). Higham's γ_k bound, with a factor 2 of margin.
     */
    public static double productBound(int k, double absSum, double c0) {
        return 2.0 * (k + 3) * U32 * (absSum + Math.abs(c0)) + Float.MIN_NORMAL;
    }
}
