package org.hyperlab.sweep.sampler.nsga2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The random side of the variation operators, checked against a twin generator that replays the same draws: SBX
 * recombines with probability 1/2 (draw above 1/2: the first parent), then takes either bounded child by a coin;
 * equal parents (within 1e-14, including at a bound) are never recombined; uniform crossover takes either parent
 * by a coin. Also SBX's second branch (u above 1/alpha) by hand.
 */
class GeneticOperatorsDrawsTest {

    @Test
    void sbxSecondBranchByHand() {
        // eta = 2, parents 0.2 and 0.6, u = 0.9.
        // lower: beta = 1 + 2 · 0.2 / 0.4 = 2, alpha = 2 - 2^-3 = 1.875, 1/alpha = 0.533 < u:
        //        beta_q = (1 / (2 - 0.9 · 1.875))^(1/3) = (1 / 0.3125)^(1/3); c1 = (0.8 - beta_q · 0.4) / 2
        // upper: beta = 1 + 2 · 0.4 / 0.4 = 3, alpha = 2 - 3^-3 = 53/27, 1/alpha = 0.509 < u:
        //        beta_q = (1 / (2 - 0.9 · 53/27))^(1/3); c2 = (0.8 + beta_q · 0.4) / 2
        double lower = Math.cbrt(1 / 0.3125);
        double upper = Math.cbrt(1 / (2 - 0.9 * 53.0 / 27));
        assertArrayEquals(new double[] {(0.8 - lower * 0.4) / 2, (0.8 + upper * 0.4) / 2},
                GeneticOperators.sbxPair(0.2, 0.6, 2, 0.9), 1e-12);
        // eta = 2, u = 0.25 (first branch): lower beta_q = (0.25 · 1.875)^(1/3), upper (0.25 · 53/27)^(1/3)
        assertArrayEquals(new double[] {(0.8 - Math.cbrt(0.25 * 1.875) * 0.4) / 2,
                (0.8 + Math.cbrt(0.25 * 53.0 / 27) * 0.4) / 2}, GeneticOperators.sbxPair(0.6, 0.2, 2, 0.25), 1e-12);
    }

    @Test
    void sbxKeepsTheFirstParentOnAHighDrawElseTakesACoinFlippedChild() {
        int recombined = 0;
        for (long seed = 0; seed < 400; seed++) {
            SplittableRandom twin = new SplittableRandom(seed);
            double expected;
            if (twin.nextDouble() > 0.5) {
                expected = 0.3;
            } else {
                double[] pair = GeneticOperators.sbxPair(0.3, 0.7, 20, twin.nextDouble());
                expected = twin.nextBoolean() ? pair[0] : pair[1];
                recombined++;
            }
            assertEquals(expected, GeneticOperators.sbx(0.3, 0.7, 20, new SplittableRandom(seed)), 0.0, "seed " + seed);
        }
        assertEquals(200, recombined, 40);
    }

    @Test
    void equalParentsAreNeverRecombined() {
        for (long seed = 0; seed < 200; seed++) {
            assertEquals(0.3, GeneticOperators.sbx(0.3, 0.3, 20, new SplittableRandom(seed)), 0.0);
            assertEquals(0.0, GeneticOperators.sbx(0.0, 0.0, 20, new SplittableRandom(seed)), 0.0);
            // At a bound the spread factor of equal parents is 0/0: recombining them would give NaN.
            assertEquals(1.0, GeneticOperators.sbx(1.0, 1.0, 20, new SplittableRandom(seed)), 0.0);
            // Parents no more than 1e-14 apart count as equal (recombined, both children would be near 1e-15).
            assertEquals(0.0, GeneticOperators.sbx(0.0, 1e-14, 20, new SplittableRandom(seed)), 0.0);
        }
    }

    @Test
    void uniformCrossoverTakesEitherParentByACoin() {
        int first = 0;
        for (long seed = 0; seed < 400; seed++) {
            boolean coin = new SplittableRandom(seed).nextBoolean();
            double got = GeneticOperators.uniform(1, 2, new SplittableRandom(seed));
            assertEquals(coin ? 1.0 : 2.0, got, 0.0);
            first += got == 1 ? 1 : 0;
        }
        assertEquals(200, first, 40);
    }

    @Test
    void polynomialMutationDrawsItsUniformFromTheGenerator() {
        for (long seed = 0; seed < 50; seed++) {
            double u = new SplittableRandom(seed).nextDouble();
            assertEquals(GeneticOperators.polynomialMutation(0.4, 20, u),
                    GeneticOperators.polynomialMutation(0.4, 20, new SplittableRandom(seed)), 0.0);
        }
    }
}
