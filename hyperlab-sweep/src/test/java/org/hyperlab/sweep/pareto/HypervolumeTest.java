package org.hyperlab.sweep.pareto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Hypervolumes worked out by hand (unions of boxes), and the 2-D sweep against the general slicing. */
class HypervolumeTest {

    @Test
    void twoDimensions() {
        // boxes [1,4]x[3,4] (3) and [2,4]x[1,4] (6) overlap in [2,4]x[3,4] (2): 3 + 6 - 2 = 7
        double[] ref = {4, 4};
        assertEquals(7.0, Hypervolume.of(new double[][] {{1, 3}, {2, 1}}, ref), 1e-12);
        assertEquals(7.0, Hypervolume.of(new double[][] {{1, 3}, {2, 1}, {3, 3}}, ref), 1e-12, "a dominated point adds nothing");
        assertEquals(7.0, Hypervolume.of(new double[][] {{1, 3}, {2, 1}, {5, 0}, {0, 4}}, ref), 1e-12,
                "points not strictly inside the reference add nothing");
        assertEquals(0.0, Hypervolume.of(new double[0][], ref));
    }

    @Test
    void threeDimensions() {
        assertEquals(6.0, Hypervolume.of(new double[][] {{1, 1, 1}}, new double[] {2, 3, 4}), 1e-12);
        // boxes [0,2]x[0,2]x[1,2] (4) and [1,2]x[1,2]x[0,2] (2) overlap in [1,2]^3 (1): 5
        assertEquals(5.0, Hypervolume.of(new double[][] {{0, 0, 1}, {1, 1, 0}}, new double[] {2, 2, 2}), 1e-12);
    }

    @Test
    void contributionsAreWhatEachPointAloneCovers() {
        // without (1,3): (4-2)(4-1) = 6, so (1,3) adds 1; without (2,1): (4-1)(4-3) = 3, so (2,1) adds 4
        assertArrayEquals(new double[] {1, 4, 0}, Hypervolume.contributions(new double[][] {{1, 3}, {2, 1}, {3, 3}},
                new double[] {4, 4}), 1e-12);
    }

    @Test
    void aFlatThirdObjectiveScalesTheAreaByItsHeight() {
        SplittableRandom rng = new SplittableRandom(3);
        double[][] flat = new double[30][];
        double[][] lifted = new double[30][];
        for (int i = 0; i < flat.length; i++) {
            flat[i] = new double[] {rng.nextDouble(), rng.nextDouble()};
            lifted[i] = new double[] {flat[i][0], flat[i][1], 0.5};
        }
        assertEquals(Hypervolume.of(flat, new double[] {1, 1}) * 1.5,
                Hypervolume.of(lifted, new double[] {1, 1, 2}), 1e-12);
    }
}
