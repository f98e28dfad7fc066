package org.hyperlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hyperlab.core.tensor.Matrix;
import org.hyperlab.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class InputTest {
    private static final Precision P = Precision.FLOAT64;
    // feature 0: {1, 3} → μ = 2, σ = 1; feature 1: {10, 10} → constant, σ taken as 1; feature 2: {0, 8} → μ 4, σ 4
    private static final double[][] TRAINING = {{1, 10, 0}, {3, 10, 8}};

    @Test
    void fitsPopulationStatisticsOnTrainingDataAndReusesThem() {
        Input input = Input.zScoring().fit(Matrix.of(P, TRAINING));
        assertArrayEquals(new double[] {2, 10, 4}, input.mean().toFlatArray(), 0.0);
        assertArrayEquals(new double[] {1, 1, 4}, input.std().toFlatArray(), 0.0);
        assertArrayEquals(new double[] {-1, 0, -1, 1, 0, 1}, input.forward(Matrix.of(P, TRAINING)).toFlatArray(), 0.0);
        // validation data is scaled with the training statistics, not its own
        Matrix validation = Matrix.of(P, new double[][] {{5, 12, 2}});
        assertArrayEquals(new double[] {3, 2, -0.5}, input.forward(validation).toFlatArray(), 0.0);
        assertArrayEquals(new double[] {1, 1, 0.25}, input.backward(Matrix.row(P, 1, 1, 1)).toFlatArray(), 0.0);
    }

    @Test
    void zeroVarianceFeaturesNeverGiveNaN() {
        for (Precision p : Precision.values()) {
            Matrix allConstant = Matrix.of(p, new double[][] {{0.1, 0, 7}, {0.1, 0, 7}, {0.1, 0, 7}});
            Input input = Input.zScoring().fit(allConstant);
            Matrix out = input.forward(allConstant);
            assertTrue(out.allFinite(), out.toString());
            for (double v : out.toFlatArray()) {
                assertTrue(Math.abs(v) < 1e-6, "constant feature should map to ~0, got " + v);
            }
            assertArrayEquals(new double[] {1, 1, 1}, input.std().toFlatArray(), 0.0);
        }
    }

    @Test
    void disabledIsTheIdentityAndNeedsNoFit() {
        Input input = Input.identity();
        Matrix x = Matrix.of(P, TRAINING);
        assertTrue(input.fitted());
        assertSame(x, input.forward(x));
        assertSame(x, input.fit(x).forward(x));
    }

    @Test
    void unfittedOrMismatchedInputIsAClearError() {
        Input input = Input.zScoring();
        assertFalse(input.fitted());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> input.forward(Matrix.row(P, 1, 2, 3)));
        assertTrue(e.getMessage().contains("fit"), e.getMessage());
        input.fit(Matrix.of(P, TRAINING));
        assertThrows(IllegalArgumentException.class, () -> input.forward(Matrix.row(P, 1, 2)));
        assertThrows(IllegalArgumentException.class, () -> Input.withStatistics(Matrix.row(P, 0), Matrix.row(P, 0)));
    }

    @Test
    void savedStatisticsRestoreTheSameScaling() {
        Input fitted = Input.zScoring().fit(Matrix.of(P, TRAINING));
        Input restored = Input.withStatistics(fitted.mean(), fitted.std());
        Matrix x = Matrix.of(P, new double[][] {{4, 9, 1}});
        assertArrayEquals(fitted.forward(x).toFlatArray(), restored.forward(x).toFlatArray(), 0.0);
    }
}
