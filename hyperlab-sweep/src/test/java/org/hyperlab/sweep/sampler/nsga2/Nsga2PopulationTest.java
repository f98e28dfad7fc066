package org.hyperlab.sweep.sampler.nsga2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hyperlab.sweep.pareto.ValuedTrials;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;
import org.junit.jupiter.api.Test;

/**
 * The parent population of Deb et al. 2002, section III-C, on hand-made fronts: whole fronts in rank order, the
 * last front cut by crowding distance (largest first, ties by trial number), the ranks and distances it reports,
 * the binary-tournament order (rank, then crowding), and the generations rebuilt from trial numbers.
 */
class Nsga2PopulationTest {
    private static final List<Direction> TWO_MIN = List.of(Direction.MINIMIZE, Direction.MINIMIZE);
    private static final List<Direction> ONE_MIN = List.of(Direction.MINIMIZE);

    private static TrialRecord t(int number, double... values) {
        return ValuedTrials.trial(number, TrialState.COMPLETE, values);
    }

    private static List<Integer> numbers(Nsga2Population p) {
        return p.members().stream().map(TrialRecord::number).toList();
    }

    @Test
    void theLastFrontIsCutByLargestCrowdingDistance() {
        // One front (0,10), (1,9), (5,5), (10,0); both objectives span 10.
        // (1,9): neighbours (0,10) and (5,5): 5/10 + 5/10 = 1.0; (5,5): neighbours (1,9) and (10,0): 9/10 + 9/10 = 1.8;
        // the extremes are infinite. The best 3: both extremes, then (5,5).
        List<TrialRecord> pool = List.of(t(0, 0, 10), t(1, 1, 9), t(2, 5, 5), t(3, 10, 0));
        Nsga2Population p = Nsga2Population.select(pool, 3, TWO_MIN);
        assertEquals(List.of(0, 3, 2), numbers(p));
        assertArrayEquals(new int[] {0, 0, 0}, p.rank());
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 1.8}, p.crowding(), 1e-12);
    }

    @Test
    void equalCrowdingGoesToTheLowerTrialNumberWhateverThePoolOrder() {
        // (0,3), (1,2), (2,1), (3,0): both inner points have 2/3 + 2/3 = 4/3; the lower trial number (2) is kept.
        List<TrialRecord> pool = List.of(t(7, 0, 3), t(5, 1, 2), t(2, 2, 1), t(9, 3, 0));
        Nsga2Population p = Nsga2Population.select(pool, 3, TWO_MIN);
        assertEquals(List.of(7, 9, 2), numbers(p));
        assertEquals(4.0 / 3, p.crowding()[2], 1e-12);
    }

    @Test
    void wholeFrontsFirstThenPartOfTheNext() {
        // Front 0: (0,2), (2,0); front 1: (1,3), (3,1), (2,2); front 2: (4,4). Size 3: front 0 whole, then the one of
        // front 1 with the largest distance: (2,2) lies between the extremes (1,3) and (3,1) with 2/2 + 2/2 = 2,
        // less than the extremes' infinity, so (1,3) (trial 2, the lower number of the two extremes) is taken.
        List<TrialRecord> pool = List.of(t(0, 0, 2), t(1, 2, 0), t(2, 1, 3), t(3, 3, 1), t(4, 2, 2), t(5, 4, 4));
        Nsga2Population p = Nsga2Population.select(pool, 3, TWO_MIN);
        assertEquals(List.of(0, 1, 2), numbers(p));
        assertArrayEquals(new int[] {0, 0, 1}, p.rank());
        Nsga2Population four = Nsga2Population.select(pool, 4, TWO_MIN);
        assertEquals(List.of(0, 1, 2, 3), numbers(four));
        Nsga2Population six = Nsga2Population.select(pool, 6, TWO_MIN);
        assertEquals(List.of(0, 1, 2, 3, 4, 5), numbers(six));
        assertArrayEquals(new int[] {0, 0, 1, 1, 1, 2}, six.rank());
        assertEquals(2.0, six.crowding()[4], 1e-12);
    }

    @Test
    void aPoolSmallerThanTheSizeIsKeptWhole() {
        Nsga2Population p = Nsga2Population.select(List.of(t(1, 2.0), t(0, 1.0)), 5, ONE_MIN);
        assertEquals(List.of(0, 1), numbers(p));
        assertArrayEquals(new int[] {0, 1}, p.rank());
        assertTrue(Nsga2Population.select(List.of(), 5, ONE_MIN).members().isEmpty());
    }

    @Test
    void maximizedObjectivesRankTheLargerValueFirst() {
        Nsga2Population p = Nsga2Population.select(List.of(t(0, 1.0), t(1, 3.0), t(2, 2.0)), 2,
                List.of(Direction.MAXIMIZE));
        assertEquals(List.of(1, 2), numbers(p));
    }

    @Test
    void theTournamentPrefersTheLowerRankThenTheLargerDistance() {
        Nsga2Population p = new Nsga2Population(List.of(t(0, 1), t(1, 2), t(2, 3), t(3, 4)),
                new int[] {0, 1, 1, 1}, new double[] {0.5, 9.0, 2.0, 2.0});
        assertTrue(p.beats(0, 1), "rank 0 beats rank 1 despite the smaller distance");
        assertFalse(p.beats(1, 0));
        assertTrue(p.beats(1, 2), "same rank: larger distance");
        assertFalse(p.beats(2, 1));
        assertFalse(p.beats(2, 3), "a tie is no win");
        assertFalse(p.beats(3, 2));
    }

    @Test
    void generationsFollowTrialNumbersAndKeepTheElite() {
        // Size 2. Generation 0: trials 0 (value 1), 1 (5); generation 1: 2 (3), 3 (4); generation 2: 4 and 5 (0),
        // already finished but not yet parents. Trial 6 (pruned) takes no part.
        // After generation 0: {0, 1}; after generation 1: the best 2 of {0, 1, 2, 3} = {0 (1), 2 (3)}.
        List<TrialRecord> history = List.of(t(0, 1), t(1, 5), t(2, 3), t(3, 4), t(4, 0), t(5, 0),
                ValuedTrials.trial(6, TrialState.PRUNED));
        assertEquals(List.of(0, 1), numbers(Nsga2Population.parentsOf(1, 2, history, ONE_MIN)));
        assertEquals(List.of(0, 2), numbers(Nsga2Population.parentsOf(2, 2, history, ONE_MIN)));
        assertTrue(Nsga2Population.parentsOf(0, 2, history, ONE_MIN).members().isEmpty());
    }

    @Test
    void aLateGenerationZeroTrialStillJoinsTheFirstSelection() {
        // Size 3, generation 1 parents: trials 0..2 only; trial 1 is better than trial 0 and 2, trial 3 is best but
        // belongs to generation 1.
        List<TrialRecord> history = List.of(t(3, -1), t(2, 3), t(0, 2), t(1, 1));
        assertEquals(List.of(1, 0, 2), numbers(Nsga2Population.parentsOf(1, 3, history, ONE_MIN)));
    }
}
