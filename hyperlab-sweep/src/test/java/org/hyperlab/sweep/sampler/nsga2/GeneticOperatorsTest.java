package org.hyperlab.sweep.sampler.nsga2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** SBX and polynomial mutation at draws where the formulas of Deb's reference code give values by hand. */
class GeneticOperatorsTest {

    @Test
    void sbxChildrenByHand() {
        // eta = 1, parents 0.2 and 0.6, u = 0.5.
        // lower: beta = 1 + 2 · 0.2 / 0.4 = 2, alpha = 2 - 2^-2 = 1.75, u <= 1/alpha: beta_q = (0.5 · 1.75)^(1/2)
        //        c1 = (0.8 - beta_q · 0.4) / 2
        // upper: beta = 1 + 2 · 0.4 / 0.4 = 3, alpha = 2 - 3^-2, beta_q = (0.5 · alpha)^(1/2); c2 = (0.8 + beta_q · 0.4) / 2
        double lower = Math.sqrt(0.5 * 1.75);
        double upper = Math.sqrt(0.5 * (2 - 1.0 / 9));
        assertArrayEquals(new double[] {(0.8 - lower * 0.4) / 2, (0.8 + upper * 0.4) / 2},
                GeneticOperators.sbxPair(0.6, 0.2, 1, 0.5), 1e-12);
    }

    @Test
    void sbxChildrenStayInTheUnitInterval() {
        for (double u : new double[] {0, 1e-9, 0.3, 0.5, 0.9, 1 - 1e-12}) {
            double[] c = GeneticOperators.sbxPair(0.01, 0.99, 20, u);
            assertTrue(c[0] >= 0 && c[0] <= 1 && c[1] >= 0 && c[1] <= 1, u + ": " + c[0] + ", " + c[1]);
            assertTrue(c[0] <= c[1]);
        }
    }

    @Test
    void polynomialMutationReachesBothBoundsAndKeepsTheMiddle() {
        for (double x : new double[] {0.1, 0.5, 0.9}) {
            assertEquals(0.0, GeneticOperators.polynomialMutation(x, 20, 0.0), 1e-12, "u = 0 reaches the lower bound");
            assertEquals(1.0, GeneticOperators.polynomialMutation(x, 20, 1.0), 1e-12, "u = 1 reaches the upper bound");
            assertEquals(x, GeneticOperators.polynomialMutation(x, 20, 0.5), 1e-12, "u = 1/2 leaves x");
        }
        // x = 0.5, eta = 1, u = 0.25: v = 0.5 + 0.5 · 0.5² = 0.625, delta = sqrt(0.625) - 1
        assertEquals(0.5 + Math.sqrt(0.625) - 1, GeneticOperators.polynomialMutation(0.5, 1, 0.25), 1e-12);
        // x = 0.8, eta = 1, u = 0.75: v = 0.5 + 0.5 · 0.8² = 0.82, delta = 1 - sqrt(0.82)
        assertEquals(0.8 + 1 - Math.sqrt(0.82), GeneticOperators.polynomialMutation(0.8, 1, 0.75), 1e-12);
    }

    @Test
    void halfOfTheMutationsGoDown() {
        SplittableRandom rng = new SplittableRandom(7);
        int down = 0;
        for (int i = 0; i < 20000; i++) {
            if (GeneticOperators.polynomialMutation(0.3, 20, rng) < 0.3) {
                down++;
            }
        }
        assertEquals(0.5, down / 20000.0, 0.02);
    }
}
