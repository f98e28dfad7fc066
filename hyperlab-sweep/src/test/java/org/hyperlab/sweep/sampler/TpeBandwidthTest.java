package org.hyperlab.sweep.sampler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The two bandwidth rules of the multivariate TPE, on hand-worked observations (before the magic clip). */
class TpeBandwidthTest {

    @Test
    void neighbourRuleTakesTheLargerGapAndTheOutermostTheirInnerGap() {
        // coordinate 1 of the observations, unsorted: 0.7, 0.1, 0.4, 0.95 on [0, 1]; sorted 0.1, 0.4, 0.7, 0.95
        double[][] obs = {{9, 0.7}, {9, 0.1}, {9, 0.4}, {9, 0.95}};
        // 0.1 (outermost): 0.4 - 0.1; 0.4: max(0.3, 0.3); 0.7: max(0.3, 0.25); 0.95 (outermost): 0.95 - 0.7
        assertArrayEquals(new double[] {0.3, 0.3, 0.3, 0.25}, TpeBandwidth.NEIGHBOR.of(obs, 1, 0, 1, 2), 1e-15);
        double[][] uneven = {{0.0}, {0.5}, {0.6}, {2.0}};
        // 0.0 -> 0.5; 0.5 -> max(0.5, 0.1); 0.6 -> max(0.1, 1.4); 2.0 -> 1.4 (the bounds -1 and 3 are not used)
        assertArrayEquals(new double[] {0.5, 0.5, 1.4, 1.4}, TpeBandwidth.NEIGHBOR.of(uneven, 0, -1, 3, 1), 1e-15);
    }

    @Test
    void neighbourRuleWithOneObservationUsesTheFartherBound() {
        assertArrayEquals(new double[] {0.8}, TpeBandwidth.NEIGHBOR.of(new double[][] {{0.2}}, 0, 0, 1, 1), 1e-15);
        assertArrayEquals(new double[] {0.7}, TpeBandwidth.NEIGHBOR.of(new double[][] {{0.7}}, 0, 0, 1, 1), 1e-15);
        assertArrayEquals(new double[0], TpeBandwidth.NEIGHBOR.of(new double[0][], 0, 0, 1, 1), 0);
    }

    @Test
    void scottsRuleShrinksWithTheCountAndTheDimension() {
        // 0.2 * n^(-1/(d+4)) * (high - low)
        double[][] five = {{1}, {2}, {3}, {4}, {5}};
        double s = 0.2 * Math.pow(5, -1.0 / 7) * 4;
        assertArrayEquals(new double[] {s, s, s, s, s}, TpeBandwidth.SCOTT.of(five, 0, 1, 5, 3), 1e-15);
        double[][] one = {{1}};
        assertArrayEquals(new double[] {0.2 * 4}, TpeBandwidth.SCOTT.of(one, 0, 1, 5, 3), 1e-15);
        assertArrayEquals(new double[0], TpeBandwidth.SCOTT.of(new double[0][], 0, 1, 5, 3), 0);
    }
}
