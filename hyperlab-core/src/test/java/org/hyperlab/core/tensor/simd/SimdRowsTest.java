package org.hyperlab.core.tensor.simd;

import org.hyperlab.core.tensor.Kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.hyperlab.core.testing.TestSeeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one-vector-per-row kernels ({@link SimdRows}) against definitions computed here in float64 from the same float32
 * inputs: softmax-cross-entropy on random, extreme, tied, infinite and NaN logits with one-hot and probability targets,
 * and the argmax (first maximal column, −0 = +0, NaN never wins) on rows of special values.
 */
class SimdRowsTest {
    private static final long SEED = TestSeeds.fresh();
    private final SplittableRandom rng = new SplittableRandom(SEED);
    private static final int[] ROWS = {1, 2, 5, 63, 64, 65, 130};
    private static final int[] COLS = {2, 3, 10, 16};

    @BeforeEach
    void simdOnly() {
        assumeTrue(Kernels.floatBackend().startsWith("simd") && SimdRows.fits(10), "no 16-lane SIMD here");
    }

    private interface Logits {
        float next(SplittableRandom rng);
    }

    private static final Logits[] KINDS = {
        r -> (float) (r.nextGaussian() * 4), // a partly trained model
        r -> (float) (r.nextGaussian() * 100), // differences beyond e^−87: most exponentials underflow to 0
        r -> (float) (r.nextBoolean() ? 1e30 : -1e30) * (float) r.nextDouble(), // z − max near the float range
        r -> r.nextInt(2), // ties everywhere
        r -> r.nextInt(8) == 0 ? Float.NEGATIVE_INFINITY : (float) r.nextGaussian(), // some −∞ columns
    };

    private float[] logits(int n, Logits kind) {
        float[] z = new float[n];
        for (int i = 0; i < n; i++) {
            z[i] = kind.next(rng);
        }
        return z;
    }

    /** One-hot rows, or probability rows (positive, summing to 1 in float64, then rounded). */
    private float[] targets(int rows, int cols, boolean oneHot) {
        float[] y = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            if (oneHot) {
                y[r * cols + rng.nextInt(cols)] = 1f;
                continue;
            }
            double[] w = new double[cols];
            double sum = 0;
            for (int c = 0; c < cols; c++) {
                w[c] = rng.nextInt(3) == 0 ? 0 : rng.nextDouble();
                sum += w[c];
            }
            for (int c = 0; c < cols; c++) {
                y[r * cols + c] = sum == 0 ? (c == 0 ? 1f : 0f) : (float) (w[c] / sum);
            }
        }
        return y;
    }

    /** The loss and gradient of the definition in float64: J = (1/N) Σ_r Σ_c y·(lse_r − z_c), ∂J/∂z = (p − y)/N. */
    private static double definition(float[] z, float[] y, double[] grad, int rows, int cols) {
        double total = 0;
        for (int r = 0; r < rows; r++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < cols; c++) {
                max = Math.max(max, z[r * cols + c]);
            }
            double sum = 0;
            for (int c = 0; c < cols; c++) {
                sum += Math.exp(z[r * cols + c] - max);
            }
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                if (y[i] != 0) {
                    total += y[i] * (Math.log(sum) - (z[i] - max));
                }
                grad[i] = (Math.exp(z[i] - max) / sum - y[i]) / rows;
            }
        }
        return total / rows;
    }

    private static double max(float[] z, int base, int cols) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < cols; c++) {
            max = Math.max(max, z[base + c]);
        }
        return max;
    }

    private static double rowKernel(float[] z, float[] y, float[] grad, int rows, int cols, int split) {
        double[] terms = new double[rows];
        SimdRows.crossEntropyRows(z, y, grad, terms, cols, 1f / rows, 0, split);
        SimdRows.crossEntropyRows(z, y, grad, terms, cols, 1f / rows, split, rows);
        double total = 0;
        for (double t : terms) {
            total += t;
        }
        return total / rows;
    }

    @Test
    void softmaxCrossEntropyRowsAgreeWithTheFloat64Definition() {
        for (int cols : COLS) {
            for (int rows : ROWS) {
                for (Logits kind : KINDS) {
                    for (boolean oneHot : new boolean[] {true, false}) {
                        float[] z = logits(rows * cols, kind), y = targets(rows, cols, oneHot), g = new float[rows * cols];
                        for (int r = 0; r < rows; r++) {
                            if (max(z, r * cols, cols) == Double.NEGATIVE_INFINITY) {
                                z[r * cols] = 0f; // a row of −∞ only is NaN (tested below)
                            }
                        }
                        double[] expected = new double[rows * cols];
                        double le = definition(z, y, expected, rows, cols);
                        double la = rowKernel(z, y, g, rows, cols, rows);
                        String what = rows + "x" + cols + (oneHot ? " one-hot" : " probabilities") + " (seed " + SEED + ")";
                        assertEquals(le, la, 1e-6 * Math.max(1, Math.abs(le)), "loss " + what);
                        for (int i = 0; i < g.length; i++) {
                            // float32 rounding: a few ulp from e^s, 1/S and the products, plus e^s's sensitivity to the
                            // rounding of s = z − max itself (relative error |s|·2^−24), as in PyTorch's float32 kernel
                            double s = Math.min(1e3, Math.abs(z[i] - max(z, i / cols * cols, cols))); // −∞ columns: p = 0 exactly
                            // absolute floor e^−87: SimdMath.exp gives 0 below −87 by contract, so a probability
                            // under e^−87 (e.g. 1.5e-38, above Float.MIN_NORMAL) may come out as 0
                            double tol = (Math.abs(expected[i]) + y[i] / rows) * (5e-7 + 1.2e-7 * s) + Math.exp(SimdMath.LO);
                            assertEquals(expected[i], g[i], tol, "gradient [" + i + "] " + what);
                        }
                    }
                }
            }
        }
    }

    @Test
    void nanAndInfiniteLogitsGiveANanLossAsTheDefinition() {
        float[][] bad = {{Float.NaN, 0f, 1f}, {Float.POSITIVE_INFINITY, 0f, 1f},
            {Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY}};
        for (float[] row : bad) {
            for (int at = 0; at < 4; at++) { // the bad row among finite ones, at each position
                float[] z = logits(4 * 3, KINDS[0]), y = targets(4, 3, true), g = new float[12];
                System.arraycopy(row, 0, z, 3 * at, 3);
                double[] expected = new double[12];
                assertTrue(Double.isNaN(definition(z, y, expected, 4, 3)));
                assertTrue(Double.isNaN(rowKernel(z, y, g, 4, 3, 4)), java.util.Arrays.toString(row) + " at row " + at);
            }
        }
    }

    @Test
    void anySplitAndInPlaceGiveTheSameBits() {
        int rows = 200, cols = 10;
        float[] z = logits(rows * cols, KINDS[0]), y = targets(rows, cols, true), whole = new float[rows * cols];
        double loss = rowKernel(z, y, whole, rows, cols, rows);
        for (int split = 0; split <= rows; split += SimdRows.LOG_BLOCK) {
            float[] g = new float[rows * cols];
            assertEquals(Double.doubleToRawLongBits(loss), Double.doubleToRawLongBits(rowKernel(z, y, g, rows, cols, split)));
            assertArrayEquals(whole, g, 0f, "split at " + split);
        }
        float[] inPlace = z.clone();
        assertEquals(Double.doubleToRawLongBits(loss), Double.doubleToRawLongBits(rowKernel(inPlace, y, inPlace, rows, cols, 128)));
        assertArrayEquals(whole, inPlace, 0f, "grad = z");
    }

    /** The generic rule: the first column whose value beats every earlier one (NaN never wins; −0 ties +0). */
    private static int firstMax(float[] z, int base, int cols) {
        int best = 0;
        for (int c = 1; c < cols; c++) {
            float v = z[base + c], b = z[base + best];
            if (v > b || Float.isNaN(b) && !Float.isNaN(v)) {
                best = c;
            }
        }
        return best;
    }

    @Test
    void argmaxFollowsTheGenericRuleOnZerosInfinitiesTiesAndNan() {
        float[] special = {Float.NaN, -0f, 0f, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, 1f, -1f, 2f, Float.MAX_VALUE,
            -Float.MAX_VALUE, Float.MIN_VALUE, -Float.MIN_VALUE};
        for (int cols = 2; cols <= 16; cols++) {
            for (int rows = 1; rows <= 140; rows += rows < 40 ? 1 : 23) {   // up to 40, then 63 .. 132: several row blocks
                float[] z = new float[rows * cols];
                for (int i = 0; i < z.length; i++) {
                    z[i] = special[rng.nextInt(special.length)];
                }
                int[] expected = new int[rows], other = new int[rows];
                for (int r = 0; r < rows; r++) {
                    expected[r] = firstMax(z, r * cols, cols);
                    other[r] = (expected[r] + 1 + rng.nextInt(cols - 1)) % cols;
                }
                String what = rows + "x" + cols + " (seed " + SEED + ")";
                assertEquals(rows, SimdRows.countArgmaxHits(z, rows, cols, expected), "every row hits its class " + what);
                assertEquals(0, SimdRows.countArgmaxHits(z, rows, cols, other), "no row hits another class " + what);
                assertEquals(rows, FloatArrays.countArgmaxHits(new LoopFloatKernels(), z, rows, cols, expected), what);
            }
        }
    }
}
