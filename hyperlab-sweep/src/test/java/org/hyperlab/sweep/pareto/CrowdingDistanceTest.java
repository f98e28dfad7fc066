package org.hyperlab.sweep.pareto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Crowding distances of hand-made fronts, computed from Deb et al.'s definition: per objective, the extremes get
 * infinity and each inner point adds (next − previous) / (max − min) of that objective.
 */
class CrowdingDistanceTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void threePoints() {
        // objective 0: 1, 2, 4 (range 3): the middle point (2, 3) adds (4 - 1) / 3 = 1;
        // objective 1: 1, 3, 5 (range 4): it adds (5 - 1) / 4 = 1.
        double[] d = CrowdingDistance.of(new double[][] {{1, 5}, {2, 3}, {4, 1}});
        assertArrayEquals(new double[] {INF, 2.0, INF}, d, 1e-12);
    }

    @Test
    void fourPointsUnevenlySpaced() {
        // points p0 (0,5), p1 (1,3), p2 (3,2), p3 (5,0); both ranges are 5.
        // p1: objective 0 (3 - 0) / 5 = 0.6, objective 1 (5 - 2) / 5 = 0.6 -> 1.2
        // p2: objective 0 (5 - 1) / 5 = 0.8, objective 1 (3 - 0) / 5 = 0.6 -> 1.4
        double[] d = CrowdingDistance.of(new double[][] {{0, 5}, {1, 3}, {3, 2}, {5, 0}});
        assertArrayEquals(new double[] {INF, 1.2, 1.4, INF}, d, 1e-12);
    }

    @Test
    void twoPointsAndAFlatObjective() {
        assertArrayEquals(new double[] {INF, INF}, CrowdingDistance.of(new double[][] {{0, 1}, {1, 0}}));
        // objective 1 is 7 everywhere and adds nothing; objective 0: 0, 1, 3 (range 3): middle adds (3 - 0) / 3 = 1
        double[] d = CrowdingDistance.of(new double[][] {{0, 7}, {1, 7}, {3, 7}});
        assertEquals(1.0, d[1], 1e-12);
    }
}
