package org.hyperlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
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
    void globalModeFitsOneMeanAndStdOverAllTrainingValues() {
        // all six values {1, 10, 0, 3, 10, 8}: μ = 32/6 = 16/3; deviations from μ, by hand:
        // squares of {−13/3, 14/3, −16/3, −7/3, 14/3, 8/3} = (169 + 196 + 256 + 49 + 196 + 64)/9 = 930/9, σ² = 930/54
        Input input = Input.zScoring(ZScoring.GLOBAL).fit(Matrix.of(P, TRAINING));
        double mu = 16.0 / 3, sigma = Math.sqrt(930.0 / 54);
        assertArrayEquals(new double[] {mu, mu, mu}, input.mean().toFlatArray(), 1e-15);
        assertArrayEquals(new double[] {sigma, sigma, sigma}, input.std().toFlatArray(), 1e-15);
        // validation data uses the training statistics: (5 − μ)/σ, (12 − μ)/σ, (2 − μ)/σ
        Matrix validation = Matrix.of(P, new double[][] {{5, 12, 2}});
        assertArrayEquals(new double[] {(5 - mu) / sigma, (12 - mu) / sigma, (2 - mu) / sigma},
                input.forward(validation).toFlatArray(), 1e-12);
        assertArrayEquals(new double[] {1 / sigma, 1 / sigma, 1 / sigma},
                input.backward(Matrix.row(P, 1, 1, 1)).toFlatArray(), 1e-15);
        assertEquals(ZScoring.GLOBAL, input.mode());
        assertEquals("Input(z-score global)", input.describe());
    }

    @Test
    void globalModeOnConstantDataGivesZeroNotNaN() {
        for (Precision p : Precision.values()) {
            Matrix allSeven = Matrix.of(p, new double[][] {{7, 7}, {7, 7}});
            Input input = Input.zScoring(ZScoring.GLOBAL).fit(allSeven);
            assertArrayEquals(new double[] {1, 1}, input.std().toFlatArray(), 0.0);
            assertArrayEquals(new double[] {0, 0, 0, 0}, input.forward(allSeven).toFlatArray(), 0.0);
        }
    }

    @Test
    void offModeIsTheIdentity() {
        Input input = Input.zScoring(ZScoring.OFF);
        Matrix x = Matrix.of(P, TRAINING);
        assertFalse(input.enabled());
        assertSame(x, input.fit(x).forward(x));
    }

    @Test
    void restoredGlobalStatisticsMustRepeatOneValue() {
        Input fitted = Input.zScoring(ZScoring.GLOBAL).fit(Matrix.of(P, TRAINING));
        Input restored = Input.withStatistics(ZScoring.GLOBAL, fitted.mean(), fitted.std());
        assertEquals(ZScoring.GLOBAL, restored.mode());
        Matrix x = Matrix.of(P, new double[][] {{4, 9, 1}});
        assertArrayEquals(fitted.forward(x).toFlatArray(), restored.forward(x).toFlatArray(), 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Input.withStatistics(ZScoring.GLOBAL, Matrix.row(P, 0, 1), Matrix.row(P, 1, 1)));
        assertTrue(e.getMessage().contains("feature 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Input.withStatistics(ZScoring.OFF, Matrix.row(P, 0), Matrix.row(P, 1)));
    }

    @Test
    void modesParseFromTheirLabelsAndOldBooleans() {
        assertEquals(ZScoring.GLOBAL, ZScoring.parse("Global"));
        assertEquals(ZScoring.PER_FEATURE, ZScoring.parse("per-feature"));
        assertEquals(ZScoring.PER_FEATURE, ZScoring.parse("true"));
        assertEquals(ZScoring.OFF, ZScoring.parse("false"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ZScoring.parse("minmax"));
        assertTrue(e.getMessage().contains("per-feature") && e.getMessage().contains("global"), e.getMessage());
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
