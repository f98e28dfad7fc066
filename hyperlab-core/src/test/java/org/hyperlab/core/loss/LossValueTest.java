package org.hyperlab.core.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

/** Loss values and gradients at points worked out by hand. */
class LossValueTest {
    private static final Precision P = Precision.FLOAT64;

    @Test
    void crossEntropyIsTheBatchMeanOfMinusLogOfTheTargetProbability() {
        CrossEntropy loss = new CrossEntropy();
        Matrix yHat = Matrix.of(P, new double[][] {{0.5, 0.25, 0.25}, {0.1, 0.8, 0.1}});
        Matrix y = Matrix.of(P, new double[][] {{1, 0, 0}, {0, 0, 1}});
        assertEquals((Math.log(2) + Math.log(10)) / 2, loss.forward(yHat, y), 1e-15);
        // −Y/Ŷ/N: [−1/0.5/2, 0, 0; 0, 0, −1/0.1/2]
        assertArrayEquals(new double[] {-1, 0, 0, 0, 0, -5}, loss.backward().toFlatArray(), 1e-14);
    }

    @Test
    void crossEntropyEpsilonEntersLogAndDenominator() {
        CrossEntropy loss = new CrossEntropy(0.5);
        Matrix yHat = Matrix.of(P, new double[][] {{0.5, 0.5}});
        assertEquals(-Math.log(1.0), loss.forward(yHat, Matrix.row(P, 1, 0)), 0.0);
        assertArrayEquals(new double[] {-1, 0}, loss.backward().toFlatArray(), 0.0);
        // ε = 0: a target class with probability 0 is an infinite loss (divergence), not a crash or NaN
        CrossEntropy exact = new CrossEntropy();
        assertEquals(Double.POSITIVE_INFINITY, exact.forward(Matrix.row(P, 0, 1), Matrix.row(P, 1, 0)));
        assertEquals(0.0, exact.backward().get(1), 0.0);
        assertThrows(IllegalArgumentException.class, () -> new CrossEntropy(-1e-6));
    }

    @Test
    void logLossMatchesTheBinaryFormulaAndClampsLikePyTorch() {
        LogLoss loss = new LogLoss();
        Matrix p = Matrix.of(P, new double[][] {{0.8}, {0.25}});
        Matrix y = Matrix.of(P, new double[][] {{1}, {0}});
        // −[log 0.8 + log 0.75] / 2
        assertEquals(-(Math.log(0.8) + Math.log(0.75)) / 2, loss.forward(p, y), 1e-15);
        // (p − y)/(p(1 − p))/N: (−0.2)/(0.16)/2 = −0.625; 0.25/(0.1875)/2 = 2/3
        assertArrayEquals(new double[] {-0.625, 2.0 / 3}, loss.backward().toFlatArray(), 1e-15);
        // p = 0 with y = 1: log clamped at −100 → J = 100, gradient finite
        assertEquals(100.0, loss.forward(Matrix.row(P, 0), Matrix.row(P, 1)), 0.0);
        assertTrue(loss.backward().allFinite());
    }

    @Test
    void squaredErrorIsPyTorchsMeanOverAllElements() {
        SquaredError loss = new SquaredError();
        Matrix p = Matrix.of(P, new double[][] {{1, 2}, {3, 4}});
        Matrix y = Matrix.of(P, new double[][] {{0, 2}, {1, 7}});
        // (1 + 0 + 4 + 9) / 4
        assertEquals(3.5, loss.forward(p, y), 0.0);
        // 2(p − y)/4
        assertArrayEquals(new double[] {0.5, 0, 1, -1.5}, loss.backward().toFlatArray(), 0.0);
    }

    @Test
    void shapeMismatchNamesBothShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SquaredError().forward(P.zeros(2, 3), P.zeros(3, 2)));
        assertTrue(e.getMessage().contains("2x3") && e.getMessage().contains("3x2"), e.getMessage());
    }
}
