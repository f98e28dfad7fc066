package org.hyperlab.sweep.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code erfcx(x) = e^(x^2) erfc(x)} against values of the exact function (Python's {@code math.erfc} for moderate
 * x, the asymptotic series {@code (1 - 1/(2x^2) + 3/(4x^4) - ...) / (x sqrt(pi))} far out, where {@code erfc}
 * underflows), within the fit's fractional error 1.2e-7; and the symmetry of erfc.
 */
class StandardNormalTest {

    @Test
    void erfcxMatchesTheScaledComplementaryErrorFunction() {
        double[][] golden = {
                {0, 1.0},
                {0.5, 0.6156903441929259},
                {1, 0.427583576155807},
                {2, 0.2553956763105057},
                {5, 0.11070463773306866},
                {10, 0.056140992743822594},
                {30, 0.018795888861229584},
                {100, 0.005641613783000008},
        };
        for (double[] g : golden) {
            assertEquals(g[1], StandardNormal.erfcx(g[0]), 1.2e-7 * g[1], "erfcx(" + g[0] + ")");
        }
    }

    @Test
    void erfcOfANegativeArgumentIsTwoMinusErfcOfItsMirror() {
        for (double x : new double[] {0.1, 0.7, 1.5, 4}) {
            assertEquals(2 - StandardNormal.erfc(x), StandardNormal.erfc(-x), 1e-15);
        }
        assertEquals(1, StandardNormal.erfc(0), 1.2e-7);
        assertEquals(0.5, StandardNormal.cdf(0), 1e-7);
        // Phi(1.959963984540054) = 0.975
        assertEquals(0.975, StandardNormal.cdf(1.959963984540054), 1e-7);
        assertEquals(0.025, StandardNormal.cdf(-1.959963984540054), 1e-8);
    }
}
