package org.hyperlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

/** RMSProp's first steps from θ0 = 1 with lr 0.01, α 0.99, ε 1e-8, derived by hand from torch.optim.RMSprop. */
class RmsPropTest {
    private static final double TOL = 1e-14;

    @Test
    void dividesByTheRootOfTheSquareAverage() {
        OneElement w = new OneElement(Precision.FLOAT64, 1.0);
        RmsProp rms = new RmsProp(w.list(), RmsPropConfig.of(0.01));
        double theta1 = 1.0 - 0.01 * 0.5 / (0.05 + 1e-8);  // v1 = 0.01·0.25 = 0.0025, √v1 = 0.05
        assertEquals(theta1, w.step(rms, 0.5), TOL);
        // v2 = 0.99·0.0025 + 0.01·0.0625 = 0.0031
        assertEquals(theta1 + 0.01 * 0.25 / (Math.sqrt(0.0031) + 1e-8), w.step(rms, -0.25), TOL);
    }

    @Test
    void centeredSubtractsTheSquaredGradientAverage() {
        OneElement w = new OneElement(Precision.FLOAT64, 1.0);
        RmsProp rms = new RmsProp(w.list(), new RmsPropConfig(0.01, 0.99, 1e-8, 0.0, 0.0, true));
        // v1 = 0.0025, ḡ1 = 0.01·0.5 = 0.005, d = √(0.0025 − 0.000025) + ε = √0.002475 + ε
        assertEquals(1.0 - 0.01 * 0.5 / (Math.sqrt(0.002475) + 1e-8), w.step(rms, 0.5), TOL);
    }

    @Test
    void momentumAccumulatesScaledSteps() {
        OneElement w = new OneElement(Precision.FLOAT64, 1.0);
        RmsProp rms = new RmsProp(w.list(), new RmsPropConfig(0.01, 0.99, 1e-8, 0.0, 0.9, false));
        double b1 = 0.5 / (0.05 + 1e-8);
        double theta1 = 1.0 - 0.01 * b1;
        assertEquals(theta1, w.step(rms, 0.5), TOL);
        double b2 = 0.9 * b1 + 0.5 / (Math.sqrt(0.99 * 0.0025 + 0.01 * 0.25) + 1e-8); // v2 = 0.99·0.0025 + 0.01·0.25
        assertEquals(theta1 - 0.01 * b2, w.step(rms, 0.5), TOL);
    }

    @Test
    void float32() {
        OneElement w = new OneElement(Precision.FLOAT32, 1.0);
        RmsProp rms = new RmsProp(w.list(), RmsPropConfig.of(0.01));
        assertEquals(0.9, w.step(rms, 0.5), 1e-6);  // 1 − 0.01·0.5/0.05
    }

    @Test
    void validation() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RmsPropConfig(0.01, 1.5, 1e-8, 0, 0, false))
                .getMessage().contains("rmsprop: alpha must be in [0, 1], got 1.5"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RmsPropConfig(0.01, 0.99, 1e-8, 0, -0.1, false))
                .getMessage().contains("rmsprop: momentum"));
    }
}
