package org.hyperlab.core.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GradientDescentRunTest {
    private static final Polynomial SEED = PolynomialObjective.seed(Rational.ONE).j();

    /** J'(w) = w(w − 1)(w − 3) in factored form, independent of the polynomial code. */
    private static double slope(double w) {
        return w * (w - 1) * (w - 3);
    }

    private static double objective(double w) {
        return w * w * w * w / 4 - 4.0 / 3 * w * w * w + 1.5 * w * w;
    }

    private static DescentTrace run(double w0, double lr, int epochs) {
        return GradientDescentRun.run(SEED, w0, epochs, p -> new PlainDescent(p, lr));
    }

    @Test
    void firstStepsFromFourByHand() {
        // J'(4) = 4·3·1 = 12 -> w1 = 4 - 1.2 = 2.8; J'(2.8) = 2.8·1.8·(-0.2) = -1.008 -> w2 = 2.9008
        List<DescentPoint> h = run(4, 0.1, 2).history();
        assertEquals(new DescentPoint(0, 4, 64 - 256.0 / 3 + 24), h.get(0));
        assertEquals(2.8, h.get(1).w(), 1e-15);
        assertEquals(2.9008, h.get(2).w(), 1e-14);
        assertEquals(objective(2.9008), h.get(2).j(), 1e-13);
    }

    @Test
    void firstStepsFromMinusOneByHand() {
        // J'(-1) = (-1)(-2)(-4) = -8 -> w1 = -0.2; J'(-0.2) = (-0.2)(-1.2)(-3.2) = -0.768 -> w2 = -0.1232
        List<DescentPoint> h = run(-1, 0.1, 2).history();
        assertEquals(-0.2, h.get(1).w(), 1e-15);
        assertEquals(-0.1232, h.get(2).w(), 1e-15);
    }

    @Test
    void learningRateFiveOverflowsAtEpochSix() {
        // By hand: w1 = 0.2 - 5·0.448 = -2.04; w2 = -2.04 + 5·31.256064 = 154.24032; then |w| roughly cubes:
        // w3 ~ -1.8e7, w4 ~ 3e22, w5 ~ -1.5e68, w6 ~ 1.6e205 (finite) but J(w6) ~ w6^4/4 ~ 1e820 overflows.
        DescentTrace t = run(0.2, 5, 100);
        assertEquals(6, t.divergedAtEpoch());
        assertEquals(6, t.history().size());
        assertEquals(-2.04, t.history().get(1).w(), 1e-13);
        assertEquals(154.24032, t.history().get(2).w(), 1e-9);
        double w5 = t.last().w();
        assertTrue(w5 < -1e68 && w5 > -1e69, "w5 = " + w5);
        assertTrue(Double.isFinite(w5 - 5 * slope(w5)) && !Double.isFinite(objective(w5 - 5 * slope(w5))));
        // the same sequence from the factored slope, independently
        double w = 0.2;
        for (int epoch = 1; epoch <= 5; epoch++) {
            w -= 5 * slope(w);
            assertEquals(w, t.history().get(epoch).w(), Math.abs(w) * 1e-12);
        }
    }

    @Test
    void statusFollowsTheTolerance() {
        DescentTrace converged = run(0.2, 0.1, 100);              // distance shrinks by 0.7 per epoch: 0.2·0.7^100
        assertEquals(DescentStatus.CONVERGED, DescentDiagnosis.status(SEED, converged));
        DescentTrace slow = run(0.2, 0.001, 100);                 // shrinks by 0.997 per epoch: still ~0.15 away
        assertEquals(DescentStatus.NOT_CONVERGED, DescentDiagnosis.status(SEED, slow));
        assertNull(slow.divergedAtEpoch());
        assertEquals(101, slow.history().size());
        assertEquals(DescentStatus.DIVERGED, DescentDiagnosis.status(SEED, run(0.2, 5, 10)));
    }

    @Test
    void startingAtTheMaximumNeverMoves() {
        DescentTrace t = run(1, 0.1, 5);
        assertEquals(1.0, t.last().w());
        assertEquals(DescentStatus.CONVERGED, DescentDiagnosis.status(SEED, t));
    }
}
