package org.hyperlab.core.tensor.sparse;


import java.util.SplittableRandom;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.RandomMatrices;
import org.hyperlab.core.tensor.ReferenceKernels;
import org.hyperlab.core.tensor.SparseFeatures;
import org.hyperlab.core.tensor.ThreadIdentity;
import org.hyperlab.core.tensor.runtime.Parallel;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.testing.TestSeeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sparse operand types ({@link SparseRows}, {@link RowSubset}, {@link AffineColumns}) against their dense
 * meaning, and the sparse products against {@link ReferenceKernels} on the dense equivalent.
 *
 * <p>Tolerance of a product entry C = C0 + Σ_p X'[i,p]·W[p,j] with X' = x·s + c: the sparse path sums the k
 * terms fl(x·s)·W and cᵀW in some order with one rounding per multiply-add, the reference rounds each X' entry to
 * float32 once and sums exactly; so the gap is at most (k + 5)·u·Σ_p (|x·s| + |c|)·|W[p,j]| + the final roundings,
 * Higham's γ bound, taken with a factor 2 of margin (as {@link RandomMatrices#productBound}).
 */
class SparseProductsTest {
    private static final long SEED = TestSeeds.fresh();
    private final SplittableRandom rng = new SplittableRandom(SEED);
    private final int threads = Parallel.threads();

    @AfterEach
    void restoreThreads() {
        Parallel.setThreads(threads);
    }

    /**
     * Whether {@link #sparseDense} makes pixel-valued matrices (integers 1..255, kept as bytes: the narrow products
     * take them) or mixed ones (half non-integers: outputs of at most 16 columns then take the general path).
     */
    private boolean pixels;

    private FloatMatrix sparseDense(int rows, int cols, double density) {
        return pixels ? RandomMatrices.sparsePixels(rows, cols, density, rng) : RandomMatrices.sparse(rows, cols, density, rng);
    }

    private float[] randomVector(int n, double lo, double hi) {
        return RandomMatrices.vector(n, lo, hi, rng);
    }

    private int[] randomIndices(int count, int bound) {
        int[] idx = new int[count];
        for (int i = 0; i < count; i++) {
            idx[i] = rng.nextInt(bound);
        }
        return idx;
    }

    @Test
    void elementAccessMatchesTheDenseMeaning() {
        FloatMatrix dense = sparseDense(23, 37, 0.2);
        SparseRows sparse = SparseRows.of(dense);
        assertArrayEquals(dense.data(), ((FloatMatrix) sparse.copy()).data());
        for (int i = 0; i < dense.size(); i++) {
            assertEquals(dense.get(i), sparse.get(i));
        }
        int[] idx = {5, 0, 22, 5, 9};
        RowSubset view = new RowSubset(sparse, idx, 1, 3);
        assertEquals("3x37", view.shape());
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 37; c++) {
                assertEquals(dense.get(idx[1 + r], c), view.get(r, c));
            }
        }
        float[] s = randomVector(37, 0.1, 3), sh = randomVector(37, -1, 1);
        AffineColumns affine = new AffineColumns(view, s, sh);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 37; c++) {
                assertEquals((float) dense.get(idx[1 + r], c) * s[c] + sh[c], affine.get(r, c));
            }
        }
        assertThrows(UnsupportedOperationException.class, () -> view.set(0, 1.0));
        assertThrows(UnsupportedOperationException.class, () -> sparse.fillInPlace(0.0));
        assertThrows(IndexOutOfBoundsException.class, () -> new RowSubset(sparse, new int[] {23}, 0, 1));
    }

    @Test
    void valuesAreKeptAsBytesExactlyWhenAllAreIntegersFrom1To255() {
        FloatMatrix pixelMatrix = RandomMatrices.sparsePixels(30, 50, 0.3, rng);
        pixelMatrix.set(0, 0, 255f);
        pixelMatrix.set(0, 1, 1f);
        SparseRows asPixels = SparseRows.of(pixelMatrix);
        byte[] b = asPixels.bytes();
        assertNotNull(b);
        for (int p = 0; p < asPixels.nonZeros(); p++) {
            assertEquals(asPixels.values()[p], (float) (b[p] & 0xFF), "non-zero " + p);
        }
        // one value that is not a byte (a fraction, 256, a negative integer, NaN) and the byte form is not kept
        for (float odd : new float[] {0.5f, 256f, -3f, Float.NaN, 254.99f}) {
            FloatMatrix m = (FloatMatrix) pixelMatrix.copy();
            m.set(7, 7, odd);
            assertNull(SparseRows.of(m).bytes(), "with " + odd);
        }
    }

    @Test
    void trainingFormIsBuiltOnlyWhenSparseEnoughAndCachedPerMatrix() {
        assumeTrue(Kernels.sparseProductsAvailable());
        FloatMatrix sparse = sparseDense(50, 40, 0.2), dense = sparseDense(50, 40, 0.9);
        SparseRows first = (SparseRows) SparseFeatures.sparseForm(sparse);
        assertSame(first, SparseFeatures.sparseForm(sparse));
        assertEquals(countNonZeros(sparse), first.nonZeros());
        assertNull(SparseFeatures.sparseForm(dense));
        assertNull(SparseFeatures.sparseForm(Precision.FLOAT64.zeros(5, 5)));
    }

    private static int countNonZeros(FloatMatrix m) {
        int n = 0;
        for (float v : m.data()) {
            n += v != 0 ? 1 : 0;
        }
        return n;
    }

    /** The operand in one of four forms, and its dense float32 equivalent. */
    private Matrix[] operand(FloatMatrix dense, int form, int rows) {
        SparseRows sparse = SparseRows.of(dense);
        Matrix base = sparse;
        if (form >= 2) {
            base = new RowSubset(sparse, randomIndices(rows + 3, dense.rows()), 2, rows);
        }
        if (form % 2 == 1) {
            base = new AffineColumns(base, randomVector(dense.cols(), 0.01, 2), randomVector(dense.cols(), -1, 1));
        }
        return new Matrix[] {base, base.copy()};
    }

    /** Σ_p |X'[i,p]|·|B[p,j]| bound term, with |X'| ≤ |x·s| + |c| taken from the dense copy plus its shift. */
    private static double bound(int k, double absSum, double c0) {
        return 2.0 * (k + 5) * RandomMatrices.U32 * (absSum + Math.abs(c0)) + Float.MIN_NORMAL;
    }

    private static double shiftOf(Matrix a, int p) {
        return a instanceof AffineColumns af ? Math.abs(af.shift()[p]) : 0;
    }

    private void checkForward(int m, int k, int n, double density, int form, boolean acc) {
        Matrix[] x = operand(sparseDense(Math.max(m, 7), k, density), form, m);
        m = x[0].rows();
        assertForward(x, RandomMatrices.random(Precision.FLOAT32, k, n, rng), RandomMatrices.random(Precision.FLOAT32, m, n, rng),
                acc, "form " + form);
    }

    /** {@code C (+)= X'·W} by the kernels against the reference on the dense copy x[1], within {@link #bound}. */
    private static void assertForward(Matrix[] x, Matrix w, Matrix c0, boolean acc, String what) {
        int m = x[0].rows(), k = w.rows(), n = w.cols();
        Matrix expected = c0.copy(), actual = c0.copy();
        ReferenceKernels.matmul(x[1], w, expected, acc);
        Kernels.matmul(x[0], w, actual, acc);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double abs = 0;
                for (int p = 0; p < k; p++) {
                    abs += (Math.abs(x[1].get(i, p)) + 2 * shiftOf(x[0], p)) * Math.abs(w.get(p, j));
                }
                double err = Math.abs(actual.get(i, j) - expected.get(i, j));
                if (!(err <= bound(k, abs, acc ? c0.get(i, j) : 0))) {
                    throw new AssertionError("X'·W " + what + " " + m + "x" + k + "x" + n + " acc=" + acc + " at (" + i
                            + "," + j + "): " + actual.get(i, j) + " vs " + expected.get(i, j) + " (seed " + SEED + ")");
                }
            }
        }
    }

    private void checkBackward(int m, int k, int n, double density, int form, boolean acc) {
        Matrix[] x = operand(sparseDense(Math.max(m, 7), k, density), form, m);
        m = x[0].rows();
        assertBackward(x, RandomMatrices.random(Precision.FLOAT32, m, n, rng), RandomMatrices.random(Precision.FLOAT32, k, n, rng),
                acc, "form " + form);
    }

    /** {@code C (+)= X'ᵀ·G} by the kernels against the reference on the dense copy x[1], within {@link #bound}. */
    private static void assertBackward(Matrix[] x, Matrix g, Matrix c0, boolean acc, String what) {
        int m = x[0].rows(), k = x[0].cols(), n = g.cols();
        Matrix expected = c0.copy(), actual = c0.copy();
        ReferenceKernels.matmulTransA(x[1], g, expected, acc);
        Kernels.matmulTransA(x[0], g, actual, acc);
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < n; j++) {
                double abs = 0;
                for (int i = 0; i < m; i++) {
                    abs += (Math.abs(x[1].get(i, p)) + 2 * shiftOf(x[0], p)) * Math.abs(g.get(i, j));
                }
                double err = Math.abs(actual.get(p, j) - expected.get(p, j));
                if (!(err <= bound(m, abs, acc ? c0.get(p, j) : 0))) {
                    throw new AssertionError("X'ᵀ·G " + what + " " + m + "x" + k + "x" + n + " acc=" + acc + " at (" + p
                            + "," + j + "): " + actual.get(p, j) + " vs " + expected.get(p, j) + " (seed " + SEED + ")");
                }
            }
        }
    }

    private static final int[][] SHAPES = {
        {1, 1, 1}, {7, 784, 10}, {37, 784, 10}, {130, 100, 256}, {9, 50, 64}, {20, 31, 17}, {3, 5, 33}, {65, 70, 1},
        {200, 60, 80}, {33, 40, 16}, {19, 300, 13}, {130, 784, 10}, {4, 2, 3},
    };

    @ParameterizedTest(name = "pixel values: {0}")
    @ValueSource(booleans = {false, true})
    void productsAgreeWithTheReferenceWithinFloat32Rounding(boolean pixelValues) {
        pixels = pixelValues;
        for (int[] s : SHAPES) {
            for (int form = 0; form < 4; form++) {
                for (boolean acc : new boolean[] {false, true}) {
                    double density = rng.nextDouble() * 0.5;
                    checkForward(s[0], s[1], s[2], density, form, acc);
                    checkBackward(s[0], s[1], s[2], density, form, acc);
                }
            }
        }
    }

    @ParameterizedTest(name = "pixel values: {0}")
    @ValueSource(booleans = {false, true})
    void largeProductsAreSplitAndSortedYetAgreeWithTheReference(boolean pixelValues) {
        pixels = pixelValues;
        checkForward(5000, 200, 10, 0.2, 3, false);
        checkBackward(5000, 200, 10, 0.2, 3, true);
        // enough non-zeros (> 2^22 / 16) for two of the narrow backward's row chunks, and a forward in chunks
        checkForward(3000, 784, 10, 0.15, 3, true);
        checkBackward(3000, 784, 10, 0.15, 3, false);
        checkBackward(3000, 784, 16, 0.15, 2, true);
        checkBackward(700, 300, 256, 0.2, 1, false);
    }

    @ParameterizedTest(name = "pixel values: {0}")
    @ValueSource(booleans = {false, true})
    void resultsAreBitIdenticalForAnyThreadCount(boolean pixelValues) {
        pixels = pixelValues;
        FloatMatrix dense = sparseDense(6000, 784, 0.19);
        SparseRows sparse = SparseRows.of(dense);
        int[][] cases = {{5000, 10}, {128, 10}, {600, 256}, {128, 256}};
        for (int[] cs : cases) {
            int m = cs[0], n = cs[1];
            Matrix x = new AffineColumns(new RowSubset(sparse, randomIndices(m, 6000), 0, m),
                    randomVector(784, 0.01, 2), randomVector(784, -1, 1));
            Matrix w = RandomMatrices.random(Precision.FLOAT32, 784, n, rng);
            Matrix g = RandomMatrices.random(Precision.FLOAT32, m, n, rng);
            ThreadIdentity.assertProductsSameForOneToThreeThreads(x, w, g, m + "x" + n);
        }
    }

    /**
     * A full batch's plan is sorted by source row, and the backward reuses the forward's plan for the same rows. The
     * trainer reshuffles its index array in place between epochs: the products must then follow the new order, not
     * the plan made for the old one.
     */
    @ParameterizedTest(name = "pixel values: {0}")
    @ValueSource(booleans = {false, true})
    void aSortedPlanFollowsItsRowsWhenTheIndexArrayIsReshuffledInPlace(boolean pixelValues) {
        pixels = pixelValues;
        int m = SparseRowPlan.SORT_ROWS + 37, k = 30, n = 10;
        SparseRows sparse = SparseRows.of(sparseDense(m, k, 0.2));
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Matrix x = new AffineColumns(new RowSubset(sparse, order, 0, m), randomVector(k, 0.01, 2), randomVector(k, -1, 1));
        Matrix w = RandomMatrices.random(Precision.FLOAT32, k, n, rng);
        for (int epoch = 0; epoch < 3; epoch++) {
            for (int i = m - 1; i > 0; i--) {   // in place, as MiniBatches.shuffle
                int j = rng.nextInt(i + 1), t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            Matrix[] xs = {x, x.copy()};
            assertForward(xs, w, new FloatMatrix(m, n), false, "epoch " + epoch);
            assertBackward(xs, RandomMatrices.random(Precision.FLOAT32, m, n, rng), new FloatMatrix(k, n), false, "epoch " + epoch);
        }
    }
}
