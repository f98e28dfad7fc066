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

import java.util.SplittableRandom;
import org.hyperlab.core.testing.TestSeeds;
import org.junit.jupiter.api.Test;

/**
 * The element-wise kernels, softmax, the fused softmax-cross-entropy and the fused Adam step against
 * {@link ReferenceKernels}: float64 exactly, float32 exactly where the fast path rounds once from double, and
 * within float32 rounding where it computes in float32.
 */
class ElementwiseKernelsTest {
    private static final long SEED = TestSeeds.fresh();
    private final SplittableRandom rng = new SplittableRandom(SEED);
    private static final int[][] SHAPES = {{1, 1}, {1, 10}, {3, 17}, {128, 10}, {7, 256}, {33, 1}, {5, 33}, {61, 10}, {9, 12}};

    private Matrix random(Precision p, int r, int c) {
        return RandomMatrices.random(p, r, c, rng);
    }

    private static void same(Matrix expected, Matrix actual, String what) {
        assertArrayEquals(expected.toFlatArray(), actual.toFlatArray(), 0.0, what + " (seed " + SEED + ")");
    }

    @Test
    void simpleUpdatesEqualTheReferenceExactlyInBothPrecisions() {
        for (Precision p : Precision.values()) {
            for (int[] s : SHAPES) {
                Matrix m = random(p, s[0], s[1]), v = random(p, 1, s[1]), x = random(p, s[0], s[1]);
                Matrix e = m.copy(), a = m.copy();
                ReferenceKernels.addRowVectorInPlace(e, v);
                Kernels.addRowVectorInPlace(a, v);
                same(e, a, "addRowVector " + p);
                for (boolean acc : new boolean[] {false, true}) {
                    Matrix sd = random(Precision.FLOAT64, 1, s[1]), sde = sd.copy();
                    ReferenceKernels.sumColumns(m, sde, acc);
                    Kernels.sumColumns(m, sd, acc);
                    same(sde, sd, "sumColumns into float64 " + p);
                    Matrix se = v.copy(), sa = v.copy();
                    ReferenceKernels.sumColumns(m, se, acc);
                    Kernels.sumColumns(m, sa, acc);
                    same(se, sa, "sumColumns " + p);
                }
                e = m.copy();
                a = m.copy();
                ReferenceKernels.axpy(-0.37, x, e);
                Kernels.axpy(-0.37, x, a);
                same(e, a, "axpy " + p);
                ReferenceKernels.scaleInPlace(e, 1.7);
                Kernels.scaleInPlace(a, 1.7);
                same(e, a, "scale " + p);
                ReferenceKernels.multiply(e, x, e);
                Kernels.multiply(a, x, a);
                same(e, a, "multiply " + p);
                int[] idx = new int[s[0] + 2];
                for (int i = 0; i < idx.length; i++) {
                    idx[i] = rng.nextInt(s[0]);
                }
                Matrix ge = p.zeros(s[0], s[1]), ga = p.zeros(s[0], s[1]);
                ReferenceKernels.gatherRows(m, idx, 2, s[0], ge);
                Kernels.gatherRows(m, idx, 2, s[0], ga);
                same(ge, ga, "gatherRows " + p);
            }
        }
    }

    @Test
    void reluAndRowVectorBroadcastsEqualTheDefinitionExactly() {
        for (Precision p : Precision.values()) {
            for (int[] s : SHAPES) {
                Matrix z = random(p, s[0], s[1]), g = random(p, s[0], s[1]);
                z.set(0, Double.NaN);
                Matrix out = z.zerosLike(), back = z.zerosLike();
                Kernels.relu(z, out);
                Kernels.reluBackward(z, g, back);
                for (int i = 0; i < z.size(); i++) {
                    double x = z.get(i);
                    assertEquals(x > 0 ? x : (Double.isNaN(x) ? Double.NaN : 0.0), out.get(i), 0.0);
                    assertEquals(x > 0 ? g.get(i) : 0.0, back.get(i), 0.0);
                }
                for (Precision vp : Precision.values()) { // z-scoring keeps float64 statistics for float32 batches
                    Matrix v = random(vp, 1, s[1]), m = random(p, s[0], s[1]);
                    Matrix added = m.copy(), scaled = m.copy();
                    Kernels.addRowVectorInPlace(added, v);
                    Kernels.multiplyRowVectorInPlace(scaled, v);
                    // exact, except float32 rows with float64 statistics: v is rounded to float32 first (2^-24)
                    double u = p == Precision.FLOAT32 && vp == Precision.FLOAT64 ? 0x1p-23 : 0.0;
                    for (int i = 0; i < m.size(); i++) {
                        double x = m.get(i), w = v.get(i % s[1]);
                        Matrix one = p.zeros(1, 1);
                        one.set(0, x + w);
                        assertEquals(one.get(0), added.get(i), u * (Math.abs(x) + Math.abs(w)), "add " + p + "/" + vp);
                        one.set(0, x * w);
                        assertEquals(one.get(0), scaled.get(i), u * Math.abs(x * w), "multiply " + p + "/" + vp);
                    }
                }
            }
        }
    }

    private Matrix logits(Precision p, int r, int c, double spread) {
        Matrix z = random(p, r, c);
        Kernels.scaleInPlace(z, spread);
        return z;
    }

    private Matrix oneHot(Precision p, int r, int c) {
        Matrix y = p.zeros(r, c);
        for (int i = 0; i < r; i++) {
            y.set(i, rng.nextInt(c), 1.0);
        }
        return y;
    }

    @Test
    void softmaxAgreesWithTheReference() {
        for (int[] s : SHAPES) {
            Matrix z64 = logits(Precision.FLOAT64, s[0], s[1], 12);
            Matrix e64 = z64.zerosLike(), a64 = z64.zerosLike();
            ReferenceKernels.softmaxRows(z64, e64);
            Kernels.softmaxRows(z64, a64);
            same(e64, a64, "softmax float64");
            Matrix inPlace = z64.copy();
            Kernels.softmaxRows(inPlace, inPlace);
            same(e64, inPlace, "softmax float64 in place");

            Matrix z32 = z64.to(Precision.FLOAT32);
            Matrix e32 = z32.zerosLike(), a32 = z32.copy();
            ReferenceKernels.softmaxRows(z32, e32);
            Kernels.softmaxRows(a32, a32);
            // |d| ≤ 24 after the max shift: the exponent's argument carries ≤ 24u, exp ≤ 3u, the sum and division 2u
            assertArrayEquals(e32.toFlatArray(), a32.toFlatArray(), 40 * RandomMatrices.U32, "softmax float32 (seed " + SEED + ")");
        }
    }

    @Test
    void fusedSoftmaxCrossEntropyAgreesWithTheReference() {
        for (int[] s : SHAPES) {
            Matrix z64 = logits(Precision.FLOAT64, s[0], s[1], 8), y64 = oneHot(Precision.FLOAT64, s[0], s[1]);
            Matrix ge = z64.zerosLike(), ga = z64.copy();
            double le = ReferenceKernels.softmaxCrossEntropy(z64, y64, ge);
            double la = Kernels.softmaxCrossEntropy(ga, y64, ga);
            assertEquals(le, la, 0.0);
            same(ge, ga, "softmaxCrossEntropy float64 gradient");

            Matrix z32 = z64.to(Precision.FLOAT32), y32 = y64.to(Precision.FLOAT32);
            Matrix ge32 = z32.zerosLike(), ga32 = z32.zerosLike();
            double le32 = ReferenceKernels.softmaxCrossEntropy(z32, y32, ge32);
            double la32 = Kernels.softmaxCrossEntropy(z32, y32, ga32);
            assertEquals(le32, la32, 1e-5 * Math.max(1, le32), "loss (seed " + SEED + ")");
            assertArrayEquals(ge32.toFlatArray(), ga32.toFlatArray(), 40 * RandomMatrices.U32 / s[0], "gradient (seed " + SEED + ")");
        }
    }

    @Test
    void fusedSoftmaxCrossEntropyMatchesTheDefinitionOnAHandExample() {
        // Z = [0, ln 3] with label 1: softmax = [1/4, 3/4], J = −ln(3/4), ∂J/∂Z = [1/4, −1/4].
        for (Precision p : Precision.values()) {
            Matrix z = Matrix.row(p, 0, Math.log(3)), y = Matrix.row(p, 0, 1), g = z.zerosLike();
            assertEquals(-Math.log(0.75), Kernels.softmaxCrossEntropy(z, y, g), 1e-6);
            assertArrayEquals(new double[] {0.25, -0.25}, g.toFlatArray(), 1e-6);
        }
    }

    @Test
    void adamAgreesWithTheReference() {
        for (int[] s : SHAPES) {
            Matrix p64 = random(Precision.FLOAT64, s[0], s[1]);
            Matrix[] e = {p64.copy(), p64.zerosLike(), p64.zerosLike()};
            Matrix[] a = {p64.copy(), p64.zerosLike(), p64.zerosLike()};
            Matrix[] f = {p64.to(Precision.FLOAT32), p64.zerosLike().to(Precision.FLOAT32), p64.zerosLike().to(Precision.FLOAT32)};
            for (int step = 1; step <= 5; step++) {
                Matrix g = random(Precision.FLOAT64, s[0], s[1]);
                ReferenceKernels.adamStep(e[0], g, e[1], e[2], 1e-2, 0.9, 0.999, 1e-8, step);
                Kernels.adamStep(a[0], g, a[1], a[2], 1e-2, 0.9, 0.999, 1e-8, step);
                Kernels.adamStep(f[0], g.to(Precision.FLOAT32), f[1], f[2], 1e-2, 0.9, 0.999, 1e-8, step);
            }
            for (int i = 0; i < 3; i++) {
                same(e[i], a[i], "adam float64 state " + i);
                assertArrayEquals(e[i].toFlatArray(), f[i].toFlatArray(), 1e-6, "adam float32 state " + i + " (seed " + SEED + ")");
            }
        }
    }

    @Test
    void adamFirstStepMovesEachWeightByTheLearningRate() {
        // t = 1: m̂ = g, v̂ = g², so θ moves by lr·g/(|g| + ε) ≈ lr·sign(g) (Kingma & Ba, section 2.1).
        Matrix p = Matrix.row(Precision.FLOAT32, 1, 1), g = Matrix.row(Precision.FLOAT32, 0.5, -3);
        Kernels.adamStep(p, g, p.zerosLike(), p.zerosLike(), 0.1, 0.9, 0.999, 1e-8, 1);
        assertArrayEquals(new double[] {0.9, 1.1}, p.toFlatArray(), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> Kernels.adamStep(p, g, p.zerosLike(), p.zerosLike(), 0.1, 0.9, 0.999, 1e-8, 0));
    }

    @Test
    void adamSplitBetweenThreadsGivesTheSameBits() {
        int n = 2 * SimdFloatKernels.ADAM_PART + 2 * SimdPanel.L + 3; // split into 2–3 parts, with a scalar tail
        Matrix g = random(Precision.FLOAT32, 1, n), p0 = random(Precision.FLOAT32, 1, n);
        float[][] results = new float[3][];
        int saved = Parallel.threads();
        try {
            for (int t = 1; t <= 3; t++) {
                Parallel.setThreads(t);
                Matrix p = p0.copy(), m = p.zerosLike(), v = p.zerosLike();
                for (int step = 1; step <= 3; step++) {
                    Kernels.adamStep(p, g, m, v, 1e-3, 0.9, 0.999, 1e-8, step);
                }
                results[t - 1] = ((FloatMatrix) p).data().clone();
            }
        } finally {
            Parallel.setThreads(saved);
        }
        assertArrayEquals(results[0], results[1], 0f, "adam 1 vs 2 threads");
        assertArrayEquals(results[0], results[2], 0f, "adam 1 vs 3 threads");
    }

    @Test
    void simdReluKeepsNanAndSignedZerosAsTheScalarDefinition() {
        float[] z = new float[3 * SimdPanel.L + 5], g = new float[z.length];
        float[] special = {Float.NaN, -0f, 0f, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, Float.MIN_VALUE, -Float.MIN_VALUE};
        for (int i = 0; i < z.length; i++) {
            z[i] = i % 3 == 0 ? special[i % special.length] : (float) rng.nextGaussian();
            g[i] = (float) rng.nextGaussian();
        }
        float[] out = new float[z.length], back = new float[z.length];
        new SimdFloatKernels().relu(z, out, z.length);
        new SimdFloatKernels().reluBackward(z, g, back, z.length);
        for (int i = 0; i < z.length; i++) {
            float expected = z[i] > 0 ? z[i] : (Float.isNaN(z[i]) ? Float.NaN : 0f);
            assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(out[i]), "relu(" + z[i] + ")");
            assertEquals(Float.floatToIntBits(z[i] > 0 ? g[i] : 0f), Float.floatToIntBits(back[i]), "relu'(" + z[i] + ")");
        }
    }

    @Test
    void largeBatchSoftmaxCrossEntropySplitBetweenThreadsGivesTheSameBitsAndAgreesWithTheReference() {
        int rows = 2 * FloatArrays.SOFTMAX_ROWS + 77, cols = 10; // 2–3 parts
        Matrix z = logits(Precision.FLOAT32, rows, cols, 8), y = oneHot(Precision.FLOAT32, rows, cols);
        double[] losses = new double[3];
        float[][] grads = new float[3][];
        int saved = Parallel.threads();
        try {
            for (int t = 1; t <= 3; t++) {
                Parallel.setThreads(t);
                Matrix g = z.zerosLike();
                losses[t - 1] = Kernels.softmaxCrossEntropy(z, y, g);
                grads[t - 1] = ((FloatMatrix) g).data();
            }
        } finally {
            Parallel.setThreads(saved);
        }
        assertEquals(Double.doubleToRawLongBits(losses[0]), Double.doubleToRawLongBits(losses[1]), "loss 1 vs 2 threads");
        assertEquals(Double.doubleToRawLongBits(losses[0]), Double.doubleToRawLongBits(losses[2]), "loss 1 vs 3 threads");
        assertArrayEquals(grads[0], grads[1], 0f, "gradient 1 vs 2 threads");
        assertArrayEquals(grads[0], grads[2], 0f, "gradient 1 vs 3 threads");
        Matrix ge = z.zerosLike();
        double le = ReferenceKernels.softmaxCrossEntropy(z, y, ge);
        assertEquals(le, losses[0], 1e-5 * Math.max(1, le), "loss (seed " + SEED + ")");
        float[] e = ((FloatMatrix) ge).data();
        for (int i = 0; i < e.length; i++) {
            assertEquals(e[i], grads[0][i], 40 * RandomMatrices.U32 / rows, "gradient (seed " + SEED + ")");
        }
    }
}
