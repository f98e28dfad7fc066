package org.hyperlab.core.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The 1-D runs through the core optimizer classes, checked against the published update rules by hand. */
class CoreOptimizerDescentTest {
    private static final PolynomialObjective SEED = PolynomialObjective.seed(Rational.ONE);

    /** J'(w) = w(w − 1)(w − 3), factored: independent of the polynomial code. */
    private static double slope(double w) {
        return w * (w - 1) * (w - 3);
    }

    private static DescentRun single(OptimizerSpec spec, double w0, int epochs) {
        return new DescentExperiment("t", SEED, List.of(w0), List.of(spec.lr()), epochs, spec).run().get(0);
    }

    @Test
    void sgdMatchesHandArithmetic() {
        // J'(4) = 12 -> 2.8; J'(2.8) = -1.008 -> 2.9008
        DescentRun r = single(OptimizerSpec.sgd(0.1), 4, 2);
        assertEquals(2.8, r.history().get(1).w(), 1e-15);
        assertEquals(2.9008, r.history().get(2).w(), 1e-14);
        assertTrue(r.settings().startsWith("SGD") || r.settings().toLowerCase().contains("sgd"), r.settings());
    }

    @Test
    void sgdDivergesAtEpochSixWithLearningRateFive() {
        DescentRun r = single(OptimizerSpec.sgd(5), 0.2, 100);
        assertEquals(DescentStatus.DIVERGED, r.status());
        assertEquals(6, r.divergedAtEpoch());
        assertEquals(5, r.last().epoch());
        assertEquals(-2.04, r.history().get(1).w(), 1e-13);
    }

    @Test
    void heavyBallMomentumFirstTwoSteps() {
        // torch SGD(momentum=μ): b1 = g1, w1 = w0 − η·b1; b2 = μ·b1 + g2, w2 = w1 − η·b2
        double eta = 0.1;
        double mu = 0.9;
        double g1 = slope(4);
        double w1 = 4 - eta * g1;
        double b2 = mu * g1 + slope(w1);
        double w2 = w1 - eta * b2;
        DescentRun r = single(new OptimizerSpec("momentum", eta, mu, null, null, null), 4, 2);
        assertEquals(w1, r.history().get(1).w(), 1e-15);
        assertEquals(w2, r.history().get(2).w(), 1e-14);
    }

    @Test
    void adamFirstTwoStepsAndItsFirstStepSize() {
        // m ← ρ1 m + (1−ρ1) g, v ← ρ2 v + (1−ρ2) g², w ← w − η (m/(1−ρ1^t)) / (√(v/(1−ρ2^t)) + δ)
        double eta = 5;
        double b1 = 0.9;
        double b2 = 0.999;
        double delta = 1e-8;
        double g1 = slope(0.2);                                  // 0.448
        double w1 = 0.2 - eta * g1 / (Math.abs(g1) + delta);     // first step has size η·|g|/(|g|+δ) ≈ η
        double m = b1 * (1 - b1) * g1 + (1 - b1) * slope(w1);
        double v = b2 * (1 - b2) * g1 * g1 + (1 - b2) * slope(w1) * slope(w1);
        double w2 = w1 - eta * (m / (1 - b1 * b1)) / (Math.sqrt(v / (1 - b2 * b2)) + delta);
        DescentRun r = DescentPresets.adam(SEED).run().get(0);
        assertEquals("adam", r.optimizer());
        assertEquals(w1, r.history().get(1).w(), 1e-14);
        assertEquals(-4.8, r.history().get(1).w(), 1e-6);
        assertEquals(w2, r.history().get(2).w(), 1e-12);
        assertTrue(r.diagnosis().contains("Adam's first step moved w by 5 ≈ η = 5"), r.diagnosis());
        assertTrue(r.diagnosis().contains("whose minimum is w* = 0, but large steps carried w past the right boundary"
                + " into the basin of w* = 3"), r.diagnosis());
    }

    @Test
    void hyperparametersThatDoNotApplyAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OptimizerSpec("sgd", 0.1, null, 0.9, null, null));
        assertEquals("optimizer sgd does not use beta1 (only adam does)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new OptimizerSpec("lbfgs", 0.1, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new DescentExperiment("t", SEED, List.of(0.2), List.of(-1.0), 5,
                OptimizerSpec.sgd(0.1)));
    }

    @Test
    void everyOptimizerRunsTheSeedObjective() {
        for (String name : OptimizerSpec.NAMES) {
            DescentRun r = single(new OptimizerSpec(name, 0.05, null, null, null, null), 0.2, 20);
            assertEquals(21, r.history().size(), name);
            assertTrue(r.history().get(20).w() < 0.2, name + " should move downhill toward 0: " + r.history().get(20));
        }
    }
}
