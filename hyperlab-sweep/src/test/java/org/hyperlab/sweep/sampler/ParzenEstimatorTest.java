package org.hyperlab.sweep.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Parzen estimator's mixture, with each kernel's mean, width and weight worked out from the documented rule
 * (the prior at the middle with σ = high − low; an observation's σ the larger distance to its neighbours, an
 * outermost one's to its inner neighbour, clipped to [(high − low)/min(100, 1 + n_kernels), high − low]), and the
 * density checked against {@link NormalReference}.
 */
class ParzenEstimatorTest {
    /** log Σ wₖ·pdfₖ(x) over kernels {μ, σ, w}, on [low, high]. */
    private static double mixtureLogPdf(double x, double low, double high, double[]... kernels) {
        double sum = 0;
        for (double[] k : kernels) {
            sum += k[2] * NormalReference.truncatedPdf(x, k[0], k[1], low, high);
        }
        return Math.log(sum);
    }

    @Test
    void withoutObservationsOnlyThePriorRemains() {
        ParzenEstimator p = new ParzenEstimator(new double[0], new double[0], 0, 2);
        for (double x : new double[] {0.0, 0.3, 1.0, 1.9}) {
            assertEquals(mixtureLogPdf(x, 0, 2, new double[] {1, 2, 1}), p.logPdf(x), 1e-6);
        }
    }

    @Test
    void threeWeightedObservations() {
        // observations 0.2, 1.0, 1.9 (weights 1, 2, 0.5) and the prior at 1.0 on [0, 2]: sorted 0.2, 1.0, 1.0, 1.9.
        // 0.2 (outermost) → its inner neighbour 1.0: σ = 0.8; 1.0 → max(0.8, 0) = 0.8; 1.9 (outermost) → 0.9;
        // the clip [2/min(100, 5), 2] = [0.4, 2] leaves them; weights over 1 + 2 + 0.5 + 1 (prior) = 4.5.
        ParzenEstimator p = new ParzenEstimator(new double[] {0.2, 1.0, 1.9}, new double[] {1, 2, 0.5}, 0, 2);
        for (double x : new double[] {0.1, 0.6, 1.0, 1.7}) {
            double expected = mixtureLogPdf(x, 0, 2, new double[] {0.2, 0.8, 1 / 4.5}, new double[] {1.0, 0.8, 2 / 4.5},
                    new double[] {1.9, 0.9, 0.5 / 4.5}, new double[] {1.0, 2.0, 1 / 4.5});
            assertEquals(expected, p.logPdf(x), 1e-6, "x = " + x);
        }
    }

    @Test
    void closeObservationsAreWidenedToTheMinimumSigma() {
        // 1.0 and 1.05 next to the prior 1.0: distances 0 and 0.05, both below 2/min(100, 1 + 3) = 0.5
        ParzenEstimator p = new ParzenEstimator(new double[] {1.0, 1.05}, new double[] {1, 1}, 0, 2);
        for (double x : new double[] {0.2, 1.0, 1.5}) {
            double expected = mixtureLogPdf(x, 0, 2, new double[] {1.0, 0.5, 1 / 3.0}, new double[] {1.05, 0.5, 1 / 3.0},
                    new double[] {1.0, 2.0, 1 / 3.0});
            assertEquals(expected, p.logPdf(x), 1e-6, "x = " + x);
        }
    }

    @Test
    void drawsFollowTheMixture() {
        // observation 0.5 on [0, 2]: σ = max(0.5, 2/3) = 2/3 (the clip), weight ½; the prior N(1, 2²), weight ½
        ParzenEstimator p = new ParzenEstimator(new double[] {0.5}, new double[] {1}, 0, 2);
        SplittableRandom rng = new SplittableRandom(3);
        int n = 40_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double x = p.sample(rng);
            assertTrue(x >= 0 && x <= 2);
            sum += x;
        }
        double mean = 0.5 * NormalReference.truncatedMean(0.5, 2.0 / 3, 0, 2) + 0.5 * NormalReference.truncatedMean(1, 2, 0, 2);
        assertEquals(mean, sum / n, 0.015);                    // the mixture's σ < 0.6: standard error < 0.003
    }

    @Test
    void anEmptyIntervalHasOnePoint() {
        ParzenEstimator p = new ParzenEstimator(new double[] {3}, new double[] {1}, 3, 3);
        assertEquals(3.0, p.sample(new SplittableRandom(1)));
        assertEquals(0.0, p.logPdf(3));
    }
}
