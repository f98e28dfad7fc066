package org.hyperlab.core.tensor.simd;

import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.RandomMatrices;
import org.hyperlab.core.tensor.ReferenceKernels;
import org.hyperlab.core.tensor.runtime.Parallel;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hyperlab.core.testing.TestSeeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every matrix product's fast paths against {@link ReferenceKernels}: float32 (both backends) within the
 * float32 summation bound, float64 exactly, on the real shapes and edge sizes (1, odd, not multiples of the
 * vector length), and bit-identical results for any thread count.
 */
class ProductKernelsTest {
    private static final long SEED = TestSeeds.fresh();
    private final SplittableRandom rng = new SplittableRandom(SEED);
    private final int threads = Parallel.threads();

    @AfterEach
    void restoreThreads() {
        Parallel.setThreads(threads);
    }

    enum Op { NN, TA, TB }

    /** Shapes (m, k, n) of C = op(A)·op(B): the training shapes, edge sizes and random ones. */
    private List<int[]> shapes() {
        List<int[]> out = new ArrayList<>(List.of(
                new int[] {1, 1, 1}, new int[] {1, 784, 10}, new int[] {9, 784, 10}, new int[] {37, 784, 10},
                new int[] {9, 10, 784}, new int[] {5, 784, 256}, new int[] {33, 256, 10}, new int[] {17, 17, 17},
                new int[] {5, 16, 16}, new int[] {4, 64, 64}, new int[] {9, 1, 70}, new int[] {3, 100, 15},
                new int[] {2, 3, 300}, new int[] {65, 31, 65}, new int[] {600, 7, 3}));
        for (int t = 0; t < 10; t++) {
            out.add(new int[] {1 + rng.nextInt(40), 1 + rng.nextInt(300), 1 + rng.nextInt(90)});
        }
        return out;
    }

    private static Matrix[] operands(Op op, Precision p, int m, int k, int n, SplittableRandom rng) {
        Matrix a = op == Op.TA ? RandomMatrices.random(p, k, m, rng) : RandomMatrices.random(p, m, k, rng);
        Matrix b = op == Op.TB ? RandomMatrices.random(p, n, k, rng) : RandomMatrices.random(p, k, n, rng);
        return new Matrix[] {a, b, RandomMatrices.random(p, m, n, rng)};
    }

    private static void reference(Op op, Matrix a, Matrix b, Matrix c, boolean acc) {
        switch (op) {
            case NN -> ReferenceKernels.matmul(a, b, c, acc);
            case TA -> ReferenceKernels.matmulTransA(a, b, c, acc);
            default -> ReferenceKernels.matmulTransB(a, b, c, acc);
        }
    }

    private static void fast(Op op, Matrix a, Matrix b, Matrix c, boolean acc) {
        switch (op) {
            case NN -> Kernels.matmul(a, b, c, acc);
            case TA -> Kernels.matmulTransA(a, b, c, acc);
            default -> Kernels.matmulTransB(a, b, c, acc);
        }
    }

    private static void backend(FloatKernels f, Op op, Matrix a, Matrix b, Matrix c, int m, int k, int n, boolean acc) {
        float[] x = ((FloatMatrix) a).data(), y = ((FloatMatrix) b).data(), z = ((FloatMatrix) c).data();
        switch (op) {
            case NN -> f.matmul(x, y, z, m, k, n, acc);
            case TA -> f.matmulTransA(x, y, z, m, k, n, acc);
            default -> f.matmulTransB(x, y, z, m, k, n, acc);
        }
    }

    /** Σ_p |op(A)[i,p]·op(B)[p,j]| for the error bound. */
    private static double absSum(Op op, Matrix a, Matrix b, int i, int j, int m, int k, int n) {
        double s = 0;
        for (int p = 0; p < k; p++) {
            double x = op == Op.TA ? a.get(p * m + i) : a.get(i * k + p);
            double y = op == Op.TB ? b.get(j * k + p) : b.get(p * n + j);
            s += Math.abs(x * y);
        }
        return s;
    }

    private void checkFloat(FloatKernels f) {
        for (Op op : Op.values()) {
            for (int[] s : shapes()) {
                for (boolean acc : new boolean[] {false, true}) {
                    int m = s[0], k = s[1], n = s[2];
                    Matrix[] o = operands(op, Precision.FLOAT32, m, k, n, rng);
                    Matrix expected = o[2].copy(), actual = o[2].copy();
                    reference(op, o[0], o[1], expected, acc);
                    if (f == null) {
                        fast(op, o[0], o[1], actual, acc);
                    } else {
                        backend(f, op, o[0], o[1], actual, m, k, n, acc);
                    }
                    for (int i = 0; i < m; i++) {
                        for (int j = 0; j < n; j++) {
                            double bound = RandomMatrices.productBound(k, absSum(op, o[0], o[1], i, j, m, k, n),
                                    acc ? o[2].get(i, j) : 0);
                            double err = Math.abs(actual.get(i, j) - expected.get(i, j));
                            if (!(err <= bound)) {
                                throw new AssertionError(op + " " + m + "x" + k + "x" + n + " acc=" + acc + " at (" + i
                                        + "," + j + "): " + actual.get(i, j) + " vs " + expected.get(i, j)
                                        + " bound " + bound + " (seed " + SEED + ", " + (f == null ? "Kernels" : f.describe()) + ")");
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void float32ProductsThroughKernelsAgreeWithTheReferenceWithinFloat32Rounding() {
        checkFloat(null);
    }

    @Test
    void float32LoopBackendAgreesWithTheReference() {
        checkFloat(new LoopFloatKernels());
    }

    @Test
    void float32SimdBackendAgreesWithTheReference() {
        checkFloat(new SimdFloatKernels());
    }

    @Test
    void float64ProductsEqualTheReferenceExactly() {
        for (Op op : Op.values()) {
            for (int[] s : shapes()) {
                for (boolean acc : new boolean[] {false, true}) {
                    Matrix[] o = operands(op, Precision.FLOAT64, s[0], s[1], s[2], rng);
                    Matrix expected = o[2].copy(), actual = o[2].copy();
                    reference(op, o[0], o[1], expected, acc);
                    fast(op, o[0], o[1], actual, acc);
                    assertArrayEquals(expected.toFlatArray(), actual.toFlatArray(), 0.0,
                            op + " " + s[0] + "x" + s[1] + "x" + s[2] + " (seed " + SEED + ")");
                }
            }
        }
    }

    @Test
    void mixedPrecisionsFallBackToTheReference() {
        Matrix a = RandomMatrices.random(Precision.FLOAT64, 5, 7, rng);
        Matrix b = RandomMatrices.random(Precision.FLOAT32, 7, 3, rng);
        Matrix expected = Precision.FLOAT32.zeros(5, 3), actual = Precision.FLOAT32.zeros(5, 3);
        ReferenceKernels.matmul(a, b, expected, false);
        Kernels.matmul(a, b, actual, false);
        assertArrayEquals(expected.toFlatArray(), actual.toFlatArray(), 0.0);
    }

    @Test
    void resultsAreBitIdenticalForAnyThreadCount() {
        for (Op op : Op.values()) {
            for (int[] s : new int[][] {{256, 784, 10}, {128, 784, 256}, {200, 10, 784}, {130, 256, 70}}) {
                Matrix[] o = operands(op, Precision.FLOAT32, s[0], s[1], s[2], rng);
                float[][] results = new float[3][];
                for (int t = 1; t <= 3; t++) {
                    Parallel.setThreads(t);
                    Matrix c = o[2].copy();
                    fast(op, o[0], o[1], c, true);
                    results[t - 1] = ((FloatMatrix) c).data();
                }
                assertArrayEquals(results[0], results[1], 0f, op + " 1 vs 2 threads");
                assertArrayEquals(results[0], results[2], 0f, op + " 1 vs 3 threads");
            }
        }
    }

    @Test
    void dotProductBlocksGiveEachElementTheBitsOfItsOwnSingleDotProduct() {
        // 4x4 and 4x1 blocks reduce their accumulators together (SimdMath.laneSums); a lone row takes the
        // one-accumulator path with SimdMath.sum. Both must give the same bits (k = 784 and 256 without a tail, 37 with).
        for (int k : new int[] {784, 256, 37}) {
            int m = 8, n = 10;
            float[] a = ((FloatMatrix) RandomMatrices.random(Precision.FLOAT32, m, k, rng)).data();
            float[] b = ((FloatMatrix) RandomMatrices.random(Precision.FLOAT32, n, k, rng)).data();
            float[] blocked = new float[m * n], single = new float[m * n];
            SimdDots.run(a, k, b, k, blocked, n, 0, m, n, k, false);
            for (int i = 0; i < m; i++) {
                SimdDots.run(a, k, b, k, single, n, i, i + 1, n, k, false);
            }
            assertArrayEquals(single, blocked, 0f, "k = " + k);
        }
    }

    @Test
    void gatheredTransposeOfNarrowMatricesEqualsTheScalarOne() {
        for (int[] s : new int[][] {{784, 10}, {256, 10}, {37, 3}, {16, 15}, {50, 1}, {5, 10}, {40, 16}}) {
            float[] in = ((FloatMatrix) RandomMatrices.random(Precision.FLOAT32, s[0], s[1], rng)).data();
            float[] expected = new float[in.length], actual = new float[in.length];
            Scratch.transpose(in, s[0], s[1], expected);
            SimdFloatKernels.transpose(in, s[0], s[1], actual);
            assertArrayEquals(expected, actual, 0f, s[0] + "x" + s[1]);
        }
    }

    @Test
    void shapeErrorsNameBothShapesAndAliasedOutputsAreRejected() {
        Matrix a = Precision.FLOAT32.zeros(2, 3), b = Precision.FLOAT32.zeros(4, 5), c = Precision.FLOAT32.zeros(2, 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Kernels.matmul(a, b, c, false));
        assertTrue(e.getMessage().contains("2x3") && e.getMessage().contains("4x5"), e.getMessage());
        Matrix sq = Precision.FLOAT32.zeros(3, 3);
        assertThrows(IllegalArgumentException.class, () -> Kernels.matmul(sq, sq.copy(), sq, false));
        assertEquals(3, sq.rows());
    }
}
