package org.hyperlab.core.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.testing.TestSeeds;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks' direct handle on a float32 implementation computes the same products as the reference: each
 * element of A·B, Aᵀ·B and A·Bᵀ within the float32 bound of a k-term dot product
 * ({@link RandomMatrices#productBound}), for shapes that take the dot-product and the panel layouts.
 */
class FloatBackendTest {
    private final long seed = TestSeeds.fresh();

    private static List<FloatBackend> backends() {
        List<FloatBackend> all = new ArrayList<>(List.of(FloatBackend.loops(), FloatBackend.inUse()));
        if (Kernels.sparseProductsAvailable()) {
            all.add(FloatBackend.simd());
        }
        return all;
    }

    @Test
    void productsAgreeWithTheReference() {
        SplittableRandom rng = new SplittableRandom(seed);
        int[][] shapes = {{7, 33, 10}, {20, 50, 40}, {3, 5, 2}};
        for (FloatBackend backend : backends()) {
            for (int[] s : shapes) {
                int m = s[0], k = s[1], n = s[2];
                FloatMatrix a = (FloatMatrix) RandomMatrices.random(Precision.FLOAT32, m, k, rng);
                FloatMatrix b = (FloatMatrix) RandomMatrices.random(Precision.FLOAT32, k, n, rng);
                FloatMatrix at = (FloatMatrix) RandomMatrices.random(Precision.FLOAT32, k, m, rng);
                FloatMatrix bt = (FloatMatrix) RandomMatrices.random(Precision.FLOAT32, n, k, rng);
                String what = backend.name() + " " + m + "x" + k + "x" + n + ", " + TestSeeds.describe(seed);
                check(a, b, (c) -> backend.matmul(a.data(), b.data(), c, m, k, n, false),
                        (e) -> ReferenceKernels.matmul(a.to(Precision.FLOAT64), b.to(Precision.FLOAT64), e, false), k, "A·B " + what);
                check(at, b, (c) -> backend.matmulTransA(at.data(), b.data(), c, m, k, n, false),
                        (e) -> ReferenceKernels.matmulTransA(at.to(Precision.FLOAT64), b.to(Precision.FLOAT64), e, false), k, "Aᵀ·B " + what);
                check(a, bt, (c) -> backend.matmulTransB(a.data(), bt.data(), c, m, k, n, false),
                        (e) -> ReferenceKernels.matmulTransB(a.to(Precision.FLOAT64), bt.to(Precision.FLOAT64), e, false), k, "A·Bᵀ " + what);
            }
        }
    }

    private static void check(Matrix left, Matrix right, java.util.function.Consumer<float[]> actual,
                              java.util.function.Consumer<Matrix> expected, int k, String what) {
        int m = left.rows() == k ? left.cols() : left.rows(), n = right.rows() == k ? right.cols() : right.rows();
        float[] c = new float[m * n];
        actual.accept(c);
        Matrix e = Precision.FLOAT64.zeros(m, n);
        expected.accept(e);
        double absSum = 0;
        for (int i = 0; i < left.size(); i++) {
            absSum = Math.max(absSum, Math.abs(left.get(i)));
        }
        double maxRight = 0;
        for (int i = 0; i < right.size(); i++) {
            maxRight = Math.max(maxRight, Math.abs(right.get(i)));
        }
        double tol = RandomMatrices.productBound(k, k * absSum * maxRight, 0);
        for (int i = 0; i < c.length; i++) {
            assertEquals(e.get(i), c[i], tol, what + " element " + i);
        }
    }

    @Test
    void namesTellTheImplementationsApart() {
        assertEquals("loops", FloatBackend.loops().name());
        assertEquals(Kernels.floatBackend(), FloatBackend.inUse().name());
        assumeTrue(Kernels.sparseProductsAvailable(), "no Vector API module");
        assertEquals(Kernels.floatBackend(), FloatBackend.simd().name());
    }
}
