package org.hyperlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hyperlab.core.loss.CrossEntropy;
import org.hyperlab.core.loss.SoftmaxCrossEntropy;
import org.hyperlab.core.metrics.OneHot;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

/**
 * The assignment's theory example in float64. Every expected value below is derived by hand from closed forms
 * (with Math.exp/log only), never from the code under test:
 * X = [[1,2,−1],[0,−4,−4]], W = [[−1,1,1],[2,2,0],[4,−1,−3]], b = [1,0,2], targets [0,1], 3 classes, N = 2.
 */
class TheoryExampleTest {
    private static final Precision P = Precision.FLOAT64;
    private static final double[][] X = {{1, 2, -1}, {0, -4, -4}};
    private static final double[][] W = {{-1, 1, 1}, {2, 2, 0}, {4, -1, -3}};
    private static final double[] B = {1, 0, 2};
    private static final double TOLERANCE = 1e-12;

    // Z = X·W + b = [[0, 6, 6], [−23, −4, 14]]
    private static final double[][] Z = {{0, 6, 6}, {-23, -4, 14}};
    // Row 0: softmax = [1, e⁶, e⁶] / (1 + 2e⁶). Row 1, divided through by e¹⁴: [e⁻³⁷, e⁻¹⁸, 1] / (e⁻³⁷ + e⁻¹⁸ + 1).
    private static final double D0 = 1 + 2 * Math.exp(6);
    private static final double D1 = Math.exp(-37) + Math.exp(-18) + 1;
    private static final double[][] Y_HAT = {
        {1 / D0, Math.exp(6) / D0, Math.exp(6) / D0},
        {Math.exp(-37) / D1, Math.exp(-18) / D1, 1 / D1}};
    // δZ = (Ŷ − Y)/N with Y = [[1,0,0],[0,1,0]]
    private static final double[][] DZ = {
        {(Y_HAT[0][0] - 1) / 2, Y_HAT[0][1] / 2, Y_HAT[0][2] / 2},
        {Y_HAT[1][0] / 2, (Y_HAT[1][1] - 1) / 2, Y_HAT[1][2] / 2}};

    private final Matrix targets = OneHot.encode(new int[] {0, 1}, 3, P);

    @Test
    void forwardGivesTheHandDerivedLogitsAndProbabilities() {
        FullyConnected fc = layer();
        Matrix z = fc.forward(Matrix.of(P, X));
        assertArrayEquals(Z, z.toArray());
        Softmax softmax = new Softmax();
        assert2d(Y_HAT, softmax.forward(z), 1e-15);
    }

    @Test
    void fusedPathGivesTheHandDerivedGradients() {
        FullyConnected fc = layer();
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        double j = loss.forward(fc.forward(Matrix.of(P, X)), targets);
        // J = ½[−log ŷ00 − log ŷ11] = ½[log(1 + 2e⁶) + 18 + log(e⁻³⁷ + e⁻¹⁸ + 1)]
        assertEquals(0.5 * (Math.log(D0) + 18 + Math.log(D1)), j, TOLERANCE);
        Matrix dz = loss.backward();
        assert2d(DZ, dz, TOLERANCE);
        fc.backward(dz);
        assert2d(expectedDW(), fc.weight().grad(), TOLERANCE);
        assert2d(new double[][] {expectedDb()}, fc.bias().grad(), TOLERANCE);
    }

    @Test
    void jacobianPathAgreesWithTheFusedPath() {
        FullyConnected fc = layer();
        Softmax softmax = new Softmax();
        CrossEntropy loss = new CrossEntropy(0.0);
        Matrix yHat = softmax.forward(fc.forward(Matrix.of(P, X)));
        loss.forward(yHat, targets);
        Matrix dYHat = loss.backward();
        // ∂J/∂Ŷ = −Y/Ŷ/N: row 0 → [−(1 + 2e⁶)/2, 0, 0]; row 1 → [0, −e¹⁸·(e⁻³⁷ + e⁻¹⁸ + 1)/2, 0]
        assertEquals(-D0 / 2, dYHat.get(0, 0), 1e-13 * D0);
        assertEquals(-Math.exp(18) * D1 / 2, dYHat.get(1, 1), 1e-13 * Math.exp(18));
        assertEquals(0.0, dYHat.get(0, 1), 0.0);
        Matrix dz = softmax.backward(dYHat);
        assert2d(DZ, dz, TOLERANCE);
        fc.backward(dz);
        assert2d(expectedDW(), fc.weight().grad(), TOLERANCE);
        assert2d(new double[][] {expectedDb()}, fc.bias().grad(), TOLERANCE);
    }

    /**
     * With ε inside ∂J/∂Ŷ = −Y/(Ŷ+ε)/N, the Jacobian path gives δZ_row = (Ŷ_row − Y_row)/N · ŷ_t/(ŷ_t + ε) for
     * target class t. For ε = 1e-6: row 0 (ŷ_t ≈ 1.24e-3) moves in the fourth digit, but row 1
     * (ŷ_t = e⁻¹⁸/D1 ≈ 1.5e-8) shrinks by a factor ≈ 0.015, so the worked ε answer is far off there.
     */
    @Test
    void epsilonScalesEachRowByYHatOverYHatPlusEpsilon() {
        double epsilon = 1e-6;
        FullyConnected fc = layer();
        Softmax softmax = new Softmax();
        CrossEntropy loss = new CrossEntropy(epsilon);
        loss.forward(softmax.forward(fc.forward(Matrix.of(P, X))), targets);
        Matrix dz = softmax.backward(loss.backward());
        double factor0 = Y_HAT[0][0] / (Y_HAT[0][0] + epsilon);
        double factor1 = Y_HAT[1][1] / (Y_HAT[1][1] + epsilon);
        for (int k = 0; k < 3; k++) {
            assertEquals(DZ[0][k] * factor0, dz.get(0, k), TOLERANCE);
            assertEquals(DZ[1][k] * factor1, dz.get(1, k), TOLERANCE);
        }
        assertEquals(0.99919, factor0, 1e-5);
        assertEquals(0.0150, factor1, 1e-4);
    }

    @Test
    void softmaxJacobianOfEachRowIsDiagMinusOuterProduct() {
        Softmax softmax = new Softmax();
        softmax.forward(Matrix.of(P, Z));
        double a = 1 / D0, c = Math.exp(6) / D0;
        double[][] row0 = {{a - a * a, -a * c, -a * c}, {-a * c, c - c * c, -c * c}, {-a * c, -c * c, c - c * c}};
        assert2d(row0, softmax.jacobian(0), 1e-15);
        double[] y = Y_HAT[1];
        Matrix j1 = softmax.jacobian(1);
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                assertEquals((i == k ? y[i] : 0) - y[i] * y[k], j1.get(i, k), 1e-15);
            }
        }
    }

    /** ∂J/∂W = Xᵀ·δZ, summed by hand over the two observations. */
    private static double[][] expectedDW() {
        double[][] out = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                out[i][k] = X[0][i] * DZ[0][k] + X[1][i] * DZ[1][k];
            }
        }
        return out;
    }

    /** ∂J/∂b = column sums of δZ. */
    private static double[] expectedDb() {
        return new double[] {DZ[0][0] + DZ[1][0], DZ[0][1] + DZ[1][1], DZ[0][2] + DZ[1][2]};
    }

    private static FullyConnected layer() {
        return FullyConnected.of(Matrix.of(P, W), Matrix.row(P, B));
    }

    private static void assert2d(double[][] expected, Matrix actual, double tolerance) {
        assertEquals(expected.length + "x" + expected[0].length, actual.shape());
        for (int r = 0; r < expected.length; r++) {
            assertArrayEquals(expected[r], actual.toArray()[r], tolerance, "row " + r);
        }
    }
}
