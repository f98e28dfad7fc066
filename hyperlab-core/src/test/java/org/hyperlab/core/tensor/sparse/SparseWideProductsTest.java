package org.hyperlab.core.tensor.sparse;

import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.RandomMatrices;
import org.hyperlab.core.tensor.ReferenceKernels;
import org.hyperlab.core.tensor.ThreadIdentity;
import org.hyperlab.core.tensor.runtime.Parallel;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.hyperlab.core.testing.TestSeeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link SparseWideProducts} (sparse X'·W and X'ᵀ·G for outputs wider than 64 columns, reached through
 * {@link Kernels#matmul} and {@link Kernels#matmulTransA}) against {@link ReferenceKernels} on the dense equivalent.
 *
 * <p>Error bound of an entry C = C0 + Σ_p X'[i,p]·W[p,j] with X' = x·s + c: the kernel forms fl(x·s) (one rounding,
 * relative u) and sums the k terms fl(x·s)·W and the k terms c·W with one rounding per fma, plus C0; the reference
 * rounds X' once to float32 and sums in float64. By Higham's γ bound the gap is at most
 * (2k + 5)·u·(Σ_p (|x·s| + 2|c|)·|W[p,j]| + |C0|); the check takes a factor 2 of margin on top (u = 2⁻²⁴).
 */
class SparseWideProductsTest {
    private static final long SEED = TestSeeds.fresh();
    private final SplittableRandom rng = new SplittableRandom(SEED);
    private final int threads = Parallel.threads();

    @BeforeEach
    void needsTheSimdBackend() {
        assumeTrue(Kernels.sparseProductsAvailable());
    }

    @AfterEach
    void restoreThreads() {
        Parallel.setThreads(threads);
    }

    private FloatMatrix sparseDense(int rows, int cols, double density) {
        return RandomMatrices.sparse(rows, cols, density, rng);
    }

    private float[] randomVector(int n, double lo, double hi) {
        return RandomMatrices.vector(n, lo, hi, rng);
    }

    /** The operand as a view of random rows (with or without z-scoring), and its dense float32 copy. */
    private Matrix[] operand(int m, int k, double density, boolean affine) {
        int sourceRows = m + 11;
        SparseRows sparse = SparseRows.of(sparseDense(sourceRows, k, density));
        int[] idx = new int[m + 3];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = rng.nextInt(sourceRows);
        }
        Matrix x = new RowSubset(sparse, idx, 3, m);
        if (affine) {
            x = new AffineColumns(x, randomVector(k, 0.01, 2), randomVector(k, -1, 1));
        }
        return new Matrix[] {x, x.copy()};
    }

    private static double shift(Matrix x, int p) {
        return x instanceof AffineColumns a ? Math.abs(a.shift()[p]) : 0;
    }

    private static double bound(int terms, double absSum, double c0) {
        return 2.0 * (2.0 * terms + 5) * RandomMatrices.U32 * (absSum + Math.abs(c0)) + Float.MIN_NORMAL;
    }

    /** Throws when {@code actual} = X'·W (+ c0) is not within the bound of {@code expected}. */
    private static void checkForward(Matrix x, Matrix dense, Matrix w, Matrix c0, Matrix expected, Matrix actual,
                                     boolean acc) {
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < w.cols(); j++) {
                double abs = 0;
                for (int p = 0; p < x.cols(); p++) {
                    abs += (Math.abs(dense.get(i, p)) + 2 * shift(x, p)) * Math.abs(w.get(p, j));
                }
                double err = Math.abs(actual.get(i, j) - expected.get(i, j));
                if (!(err <= bound(x.cols(), abs, acc ? c0.get(i, j) : 0))) {
                    throw new AssertionError("X'·W " + x.shape() + "·" + w.shape() + " acc=" + acc + " at (" + i + "," + j
                            + "): " + actual.get(i, j) + " vs " + expected.get(i, j) + " (seed " + SEED + ")");
                }
            }
        }
    }

    /** Throws when {@code actual} = X'ᵀ·G (+ c0) is not within the bound of {@code expected}. */
    private static void checkBackward(Matrix x, Matrix dense, Matrix g, Matrix c0, Matrix expected, Matrix actual,
                                      boolean acc) {
        for (int p = 0; p < x.cols(); p++) {
            for (int j = 0; j < g.cols(); j++) {
                double abs = 0;
                for (int i = 0; i < x.rows(); i++) {
                    abs += (Math.abs(dense.get(i, p)) + 2 * shift(x, p)) * Math.abs(g.get(i, j));
                }
                double err = Math.abs(actual.get(p, j) - expected.get(p, j));
                if (!(err <= bound(x.rows(), abs, acc ? c0.get(p, j) : 0))) {
                    throw new AssertionError("X'ᵀ·G " + x.shape() + "ᵀ·" + g.shape() + " acc=" + acc + " at (" + p + ","
                            + j + "): " + actual.get(p, j) + " vs " + expected.get(p, j) + " (seed " + SEED + ")");
                }
            }
        }
    }

    private void forwardAndBackward(int m, int k, int n, double density, boolean affine, boolean acc) {
        Matrix[] x = operand(m, k, density, affine);
        Matrix w = RandomMatrices.random(Precision.FLOAT32, k, n, rng);
        Matrix c0 = RandomMatrices.random(Precision.FLOAT32, m, n, rng);
        Matrix expected = c0.copy(), actual = c0.copy();
        ReferenceKernels.matmul(x[1], w, expected, acc);
        Kernels.matmul(x[0], w, actual, acc);
        checkForward(x[0], x[1], w, c0, expected, actual, acc);

        Matrix g = RandomMatrices.random(Precision.FLOAT32, m, n, rng);
        Matrix d0 = RandomMatrices.random(Precision.FLOAT32, k, n, rng);
        Matrix expectedT = d0.copy(), actualT = d0.copy();
        ReferenceKernels.matmulTransA(x[1], g, expectedT, acc);
        Kernels.matmulTransA(x[0], g, actualT, acc);
        checkBackward(x[0], x[1], g, d0, expectedT, actualT, acc);
    }

    /** Widths: whole 128-column bands, bands plus leftover vectors, leftover columns, and no whole band. */
    private static final int[][] SHAPES = {
        {1, 784, 256}, {5, 50, 65}, {63, 100, 130}, {64, 784, 256}, {65, 200, 100}, {130, 300, 200}, {37, 31, 300},
    };

    @Test
    void productsAgreeWithTheReferenceWithinFloat32Rounding() {
        for (int[] s : SHAPES) {
            for (boolean affine : new boolean[] {false, true}) {
                for (boolean acc : new boolean[] {false, true}) {
                    forwardAndBackward(s[0], s[1], s[2], 0.05 + rng.nextDouble() * 0.4, affine, acc);
                }
            }
        }
    }

    @Test
    void fullBatchesVisitRowsInSourceOrderAndStillAgree() {
        forwardAndBackward(SparseRowPlan.SORT_ROWS + 7, 20, 130, 0.2, true, false);
    }

    @Test
    void integerProductsAreExact() {
        // small integers: every product and partial sum is exact in float32, so the result equals the exact sum
        int m = 70, k = 90, n = 150;
        FloatMatrix dense = new FloatMatrix(m, k), w = new FloatMatrix(k, n);
        for (int i = 0; i < dense.size(); i++) {
            dense.data()[i] = rng.nextDouble() < 0.2 ? 1 + rng.nextInt(9) : 0f;
        }
        for (int i = 0; i < w.size(); i++) {
            w.data()[i] = rng.nextInt(19) - 9;
        }
        FloatMatrix g = new FloatMatrix(m, n);
        for (int i = 0; i < g.size(); i++) {
            g.data()[i] = rng.nextInt(7) - 3;
        }
        SparseRows x = SparseRows.of(dense);
        FloatMatrix z = new FloatMatrix(m, n), dw = new FloatMatrix(k, n);
        Kernels.matmul(x, w, z, false);
        Kernels.matmulTransA(x, g, dw, false);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                long sum = 0;
                for (int p = 0; p < k; p++) {
                    sum += (long) dense.get(i, p) * (long) w.get(p, j);
                }
                assertEquals(sum, z.get(i, j), "X·W at (" + i + "," + j + ")");
            }
        }
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < n; j++) {
                long sum = 0;
                for (int i = 0; i < m; i++) {
                    sum += (long) dense.get(i, p) * (long) g.get(i, j);
                }
                assertEquals(sum, dw.get(p, j), "Xᵀ·G at (" + p + "," + j + ")");
            }
        }
    }

    @Test
    void resultsAreBitIdenticalForAnyThreadCount() {
        FloatMatrix dense = sparseDense(3000, 784, 0.19);
        SparseRows sparse = SparseRows.of(dense);
        // 600 rows hold enough multiply-adds to split 3 ways; n = 200 also moves columns between the band and
        // leftover paths (1 thread: a 128-column band; 3 threads: parts of 64 columns, no whole band)
        for (int n : new int[] {256, 200}) {
            int m = 600;
            int[] idx = new int[m];
            for (int i = 0; i < m; i++) {
                idx[i] = rng.nextInt(3000);
            }
            Matrix x = new AffineColumns(new RowSubset(sparse, idx, 0, m), randomVector(784, 0.01, 2),
                    randomVector(784, -1, 1));
            Matrix w = RandomMatrices.random(Precision.FLOAT32, 784, n, rng);
            Matrix g = RandomMatrices.random(Precision.FLOAT32, m, n, rng);
            ThreadIdentity.assertProductsSameForOneToThreeThreads(x, w, g, n + " columns,");
        }
    }

    @Test
    void theCheckRejectsAWrongKernel() {
        // a kernel that drops one term (the largest of C[0,7], or of ∂W[3,100]) must fail the bound; the largest
        // term is chosen so that no seed can pick a term that happens to be smaller than the rounding bound
        int m = 20, k = 60, n = 130;
        Matrix[] x = operand(m, k, 0.3, true);
        Matrix w = RandomMatrices.random(Precision.FLOAT32, k, n, rng);
        Matrix c0 = new FloatMatrix(m, n), expected = new FloatMatrix(m, n), wrong = new FloatMatrix(m, n);
        ReferenceKernels.matmul(x[1], w, expected, false);
        Kernels.matmul(x[0], w, wrong, false);
        int p = largestTerm(k, q -> x[1].get(0, q) * w.get(q, 7));
        wrong.set(0, 7, wrong.get(0, 7) - x[1].get(0, p) * w.get(p, 7));
        assertThrows(AssertionError.class, () -> checkForward(x[0], x[1], w, c0, expected, wrong, false));

        Matrix g = RandomMatrices.random(Precision.FLOAT32, m, n, rng);
        Matrix d0 = new FloatMatrix(k, n), expectedT = new FloatMatrix(k, n), wrongT = new FloatMatrix(k, n);
        ReferenceKernels.matmulTransA(x[1], g, expectedT, false);
        Kernels.matmulTransA(x[0], g, wrongT, false);
        int i = largestTerm(m, r -> x[1].get(r, 3) * g.get(r, 100));
        wrongT.set(3, 100, wrongT.get(3, 100) - x[1].get(i, 3) * g.get(i, 100));
        assertThrows(AssertionError.class, () -> checkBackward(x[0], x[1], g, d0, expectedT, wrongT, false));
    }

    /** The index in [0, count) whose term has the largest magnitude. */
    private static int largestTerm(int count, java.util.function.IntToDoubleFunction term) {
        int best = 0;
        for (int q = 1; q < count; q++) {
            if (Math.abs(term.applyAsDouble(q)) > Math.abs(term.applyAsDouble(best))) {
                best = q;
            }
        }
        return best;
    }
}
