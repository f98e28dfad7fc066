package org.hyperlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

/** SGD's first steps from θ0 = 1 with gradients 0.5, −0.25, 1, derived by hand from torch.optim.SGD's rule. */
class SgdTest {
    private static final double TOL = 1e-15;

    @Test
    void plainStepSubtractsLearningRateTimesGradient() {
        OneElement w = new OneElement(Precision.FLOAT64, 1.0);
        Sgd sgd = new Sgd(w.list(), SgdConfig.plain(0.1));
        assertEquals(1.0 - 0.1 * 0.5, w.step(sgd, 0.5), 0.0);            // 0.95, same double ops: exact
        assertEquals(1.0 - 0.1 * 0.5 - 0.1 * -0.25, w.step(sgd, -0.25), 0.0); // 0.975
    }

    @Test
    void momentumBufferStartsAtTheGradientThenAccumulates() {
        OneElement w = new OneElement(Precision.FLOAT64, 1.0);
        Sgd sgd = new Sgd(w.list(), SgdConfig.withMomentum(0.1, 0.9));
        assertEquals(0.95, w.step(sgd, 0.5), TOL);   // b1 = g1 = 0.5;             θ1 = 1 − 0.1·0.5
        assertEquals(0.93, w.step(sgd, -0.25), TOL); // b2 = 0.9·0.5 − 0.25 = 0.2;  θ2 = 0.95 − 0.1·0.2
        assertEquals(0.812, w.step(sgd, 1.0), TOL);  // b3 = 0.9·0.2 + 1 = 1.18;   θ3 = 0.93 − 0.118
    }

    @Test
    void dampeningScalesOnlyTheNewGradientAfterTheFirstStep() {
        OneElement w = new OneElement(Precision.FLOAT64, 1.0);
        Sgd sgd = new Sgd(w.list(), new SgdConfig(0.1, 0.9, 0.5, 0.0, false));
        assertEquals(0.95, w.step(sgd, 0.5), TOL);     // b1 = g1 (no dampening on the first step)
        assertEquals(0.9175, w.step(sgd, -0.25), TOL); // b2 = 0.45 + 0.5·(−0.25) = 0.325; θ2 = 0.95 − 0.0325
    }

    @Test
    void nesterovLooksAhead() {
        OneElement w = new OneElement(Precision.FLOAT64, 1.0);
        Sgd sgd = new Sgd(w.list(), SgdConfig.nesterov(0.1, 0.9));
        assertEquals(0.905, w.step(sgd, 0.5), TOL);  // b1 = 0.5;  g' = 0.5 + 0.9·0.5 = 0.95;   θ1 = 1 − 0.095
        assertEquals(0.912, w.step(sgd, -0.25), TOL); // b2 = 0.2; g' = −0.25 + 0.18 = −0.07; θ2 = 0.905 + 0.007
    }

    @Test
    void weightDecayAddsLambdaThetaToTheGradient() {
        OneElement w = new OneElement(Precision.FLOAT64, 1.0);
        Sgd sgd = new Sgd(w.list(), new SgdConfig(0.1, 0.0, 0.0, 0.1, false));
        assertEquals(0.94, w.step(sgd, 0.5), TOL);   // g = 0.5 + 0.1·1 = 0.6; θ1 = 1 − 0.06
    }

    @Test
    void float32ParametersAreUpdatedAtTheirPrecision() {
        OneElement w = new OneElement(Precision.FLOAT32, 1.0);
        Sgd sgd = new Sgd(w.list(), SgdConfig.withMomentum(0.1, 0.9));
        w.step(sgd, 0.5);
        double value = w.step(sgd, -0.25);
        assertEquals(0.93, value, 1e-7);                 // within float32 rounding of the exact 0.93
        assertEquals(value, (double) (float) value, 0.0); // and stored as a float32
        assertEquals(Precision.FLOAT32, w.parameter.value().precision());
    }

    /**
     * Float32 parameters with every term of the rule (momentum, dampening, Nesterov, weight decay): each step is the
     * double-precision rule of the class comment on the stored float32 values, with θ, b and the gradient rounded to
     * float32 where they are stored.
     */
    @Test
    void float32StepsAreTheDoubleRuleOnFloat32Storage() {
        for (boolean nesterov : new boolean[] {false, true}) {
            double dampening = nesterov ? 0 : 0.5; // Nesterov needs no dampening
            OneElement w = new OneElement(Precision.FLOAT32, 1.0);
            Sgd sgd = new Sgd(w.list(), new SgdConfig(0.1, 0.9, dampening, 0.01, nesterov));
            float theta = 1f;
            float b = 0f;
            double[] grads = {0.5, -0.25, 1.0 / 3, 0.3};
            for (int t = 0; t < grads.length; t++) {
                double g = (float) grads[t] + 0.01 * theta;
                b = (float) (t == 0 ? g : 0.9 * b + (1 - dampening) * g);
                theta = (float) (theta - 0.1 * (nesterov ? g + 0.9 * b : b));
                assertEquals(theta, w.step(sgd, grads[t]), 0.0, "nesterov " + nesterov + ", step " + (t + 1));
            }
        }
    }

    @Test
    void invalidHyperparametersAreRejectedByName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SgdConfig.plain(-0.1))
                .getMessage().contains("learning rate must be a finite number >= 0, got -0.1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SgdConfig.withMomentum(0.1, 1.0))
                .getMessage().contains("momentum must be in [0, 1)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SgdConfig.nesterov(0.1, 0.0))
                .getMessage().contains("nesterov momentum requires momentum > 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SgdConfig.plain(Double.NaN))
                .getMessage().contains("got NaN"));
        assertThrows(IllegalArgumentException.class, () -> new Sgd(java.util.List.of(), SgdConfig.plain(0.1)));
    }
}
