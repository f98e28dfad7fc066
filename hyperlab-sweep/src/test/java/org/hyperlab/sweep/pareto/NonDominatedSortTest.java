package org.hyperlab.sweep.pareto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dominance and the non-dominated sort on hand-made points; the ranks follow from the definition. */
class NonDominatedSortTest {

    @Test
    void dominanceNeedsNoWorseEverywhereAndBetterSomewhere() {
        assertTrue(NonDominatedSort.dominates(new double[] {1, 2}, new double[] {1, 3}));
        assertTrue(NonDominatedSort.dominates(new double[] {0, 0, 0}, new double[] {1, 1, 1}));
        assertFalse(NonDominatedSort.dominates(new double[] {1, 3}, new double[] {1, 3}), "equal points");
        assertFalse(NonDominatedSort.dominates(new double[] {1, 4}, new double[] {2, 3}), "a trade-off");
        assertFalse(NonDominatedSort.dominates(new double[] {1, 3}, new double[] {1, 2}));
    }

    @Test
    void ranksOfHandMadePoints() {
        double[][] points = {
            {1, 5},   // a: front
            {2, 3},   // b: front
            {4, 1},   // c: front
            {3, 4},   // d: dominated by b (and f) only -> rank 1
            {5, 5},   // e: dominated by a, b, c, d, f; d has rank 1 -> rank 2
            {2, 3},   // f: equal to b, so neither dominates the other -> front
        };
        assertArrayEquals(new int[] {0, 0, 0, 1, 2, 0}, NonDominatedSort.ranks(points));
        assertEquals(List.of(List.of(0, 1, 2, 5), List.of(3), List.of(4)), NonDominatedSort.fronts(points));
    }

    @Test
    void aChainHasOneRankPerPoint() {
        double[][] chain = {{3, 3, 3}, {1, 1, 1}, {2, 2, 2}, {0, 5, 0}};
        assertArrayEquals(new int[] {2, 0, 1, 0}, NonDominatedSort.ranks(chain));
    }
}
