package org.hyperlab.sweep.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The truncated normal against {@link NormalReference}: erfc within its documented fractional error 1.2e-7, Φ, the
 * log density, and the moments of its draws (fixed seeds, tolerances of several standard errors).
 */
class TruncatedNormalTest {
    @Test
    void erfcWithinItsFractionalError() {
        for (double x : new double[] {-2, -1, -0.5, 0, 0.3, 1, 2, 3}) {
            double reference = 2 * (1 - NormalReference.cdf(x * Math.sqrt(2)));     // erfc(x) = 2·(1 − Φ(x√2))
            assertEquals(reference, TruncatedNormal.erfc(x), 1.2e-7 * reference, "erfc(" + x + ")");
        }
    }

    @Test
    void standardNormalDistributionFunction() {
        for (double z : new double[] {-2.5, -1, -0.25, 0, 0.5, 1.96}) {
            assertEquals(NormalReference.cdf(z), TruncatedNormal.cdf(z), 2e-7, "Φ(" + z + ")");
        }
    }

    @Test
    void logDensityOfTheTruncatedNormal() {
        double[][] cases = {{1, 0, 2, -2, 2}, {0.3, 0.5, 0.4, 0, 3}, {2.5, 1, 0.5, 0, 3}};
        for (double[] c : cases) {
            double expected = Math.log(NormalReference.truncatedPdf(c[0], c[1], c[2], c[3], c[4]));
            assertEquals(expected, TruncatedNormal.logPdf(c[0], c[1], c[2], c[3], c[4]), 1e-6);
        }
    }

    @Test
    void gaussianDrawsHaveMeanZeroAndVarianceOne() {
        SplittableRandom rng = new SplittableRandom(7);
        int n = 40_000;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double g = TruncatedNormal.gaussian(rng);
            sum += g;
            squares += g * g;
        }
        assertEquals(0.0, sum / n, 0.02);                 // standard error 1/√n = 0.005
        assertEquals(1.0, squares / n, 0.03);             // standard error √(2/n) = 0.007
    }

    @Test
    void drawsStayInsideAndHaveTheTruncatedMean() {
        SplittableRandom rng = new SplittableRandom(11);
        double mu = 0.5;
        double sigma = 1.0;
        int n = 40_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double x = TruncatedNormal.sample(rng, mu, sigma, 0, 3);
            assertTrue(x >= 0 && x <= 3, "draw " + x);
            sum += x;
        }
        assertEquals(NormalReference.truncatedMean(mu, sigma, 0, 3), sum / n, 0.02);   // σ/√n ≈ 0.005
    }

    @Test
    void aHopelessProposalIsClippedToTheInterval() {
        // N(100, 1e-6²) never lands in [0, 1]: after 1000 rejections the mean is clipped to 1
        assertEquals(1.0, TruncatedNormal.sample(new SplittableRandom(1), 100, 1e-6, 0, 1));
        assertEquals(0.0, TruncatedNormal.sample(new SplittableRandom(1), -100, 1e-6, 0, 1));
    }
}
