package org.hyperlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

/** AdaGrad's first steps from θ0 = 1, derived by hand from torch.optim.Adagrad's rule. */
class AdaGradTest {
    private static final double TOL = 1e-15;

    @Test
    void accumulatesSquaredGradients() {
        OneElement w = new OneElement(Precision.FLOAT64, 1.0);
        AdaGrad adagrad = new AdaGrad(w.list(), AdaGradConfig.of(0.1));
        // s1 = 0.25, θ1 = 1 − 0.1·0.5/(√0.25 + 1e-10)
        double theta1 = 1.0 - 0.1 * 0.5 / (0.5 + 1e-10);
        assertEquals(theta1, w.step(adagrad, 0.5), TOL);
        // s2 = 0.25 + 0.0625 = 0.3125, θ2 = θ1 + 0.1·0.25/(√0.3125 + 1e-10)
        assertEquals(theta1 + 0.1 * 0.25 / (Math.sqrt(0.3125) + 1e-10), w.step(adagrad, -0.25), TOL);
    }

    @Test
    void learningRateDecayDividesByOnePlusStepsTimesDecay() {
        OneElement w = new OneElement(Precision.FLOAT64, 1.0);
        AdaGrad adagrad = new AdaGrad(w.list(), new AdaGradConfig(0.1, 0.5, 0.0, 0.0, 1e-10));
        double theta1 = 1.0 - 0.1 * 0.5 / (0.5 + 1e-10);       // step 1: lr/(1 + 0·0.5) = 0.1
        assertEquals(theta1, w.step(adagrad, 0.5), TOL);
        double rate2 = 0.1 / 1.5;                               // step 2: lr/(1 + 1·0.5)
        assertEquals(theta1 - rate2 * 0.5 / (Math.sqrt(0.5) + 1e-10), w.step(adagrad, 0.5), TOL); // s2 = 0.5
    }

    @Test
    void initialAccumulatorAndWeightDecay() {
        OneElement w = new OneElement(Precision.FLOAT64, 2.0);
        AdaGrad adagrad = new AdaGrad(w.list(), new AdaGradConfig(0.1, 0.0, 0.25, 1.0, 0.0));
        // g = 0.5 + 0.25·2 = 1; s = 1 + 1 = 2; θ1 = 2 − 0.1·1/√2
        assertEquals(2.0 - 0.1 / Math.sqrt(2.0), w.step(adagrad, 0.5), TOL);
    }

    @Test
    void float32() {
        OneElement w = new OneElement(Precision.FLOAT32, 1.0);
        AdaGrad adagrad = new AdaGrad(w.list(), AdaGradConfig.of(0.1));
        assertEquals(0.9, w.step(adagrad, 0.5), 1e-7);
    }

    @Test
    void validation() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AdaGradConfig(0.1, -1, 0, 0, 1e-10))
                .getMessage().contains("adagrad: learning-rate decay must be a finite number >= 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AdaGradConfig(0.1, 0, 0, 0, -1e-10))
                .getMessage().contains("adagrad: epsilon"));
    }
}
