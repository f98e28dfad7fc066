package org.hyperlab.sweep.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;
import org.junit.jupiter.api.Test;

/**
 * TPE's ranking, best first: complete trials by value (NaN last among them), then pruned ones that got further,
 * ties by the value at their last step, then diverged ones; equal ranks keep trial order.
 */
class TrialRankingTest {
    private static TrialRecord trial(int number, TrialState state, Double value, double... curve) {
        TreeMap<Integer, Double> values = new TreeMap<>();
        for (int step = 0; step < curve.length; step++) {
            values.put(step, curve[step]);
        }
        return new TrialRecord(number, number, state, Map.of(), value, values, Map.of(), null, Instant.EPOCH, null);
    }

    private static List<Integer> ranked(Direction direction, TrialRecord... trials) {
        List<TrialRecord> list = new ArrayList<>(List.of(trials));
        list.sort(TrialRanking.bestFirst(direction));
        return list.stream().map(TrialRecord::number).toList();
    }

    @Test
    void completeThenPrunedThenDiverged() {
        TrialRecord diverged = trial(1, TrialState.DIVERGED, null, 0.1);
        TrialRecord prunedEarly = trial(2, TrialState.PRUNED, null, 5);
        TrialRecord prunedLate = trial(3, TrialState.PRUNED, null, 9, 9, 9);
        TrialRecord worse = trial(4, TrialState.COMPLETE, 3.0, 3);
        TrialRecord better = trial(5, TrialState.COMPLETE, 1.0, 1);
        assertEquals(List.of(5, 4, 3, 2, 1), ranked(Direction.MINIMIZE, diverged, prunedEarly, prunedLate, worse, better));
        assertEquals(List.of(4, 5, 3, 2, 1), ranked(Direction.MAXIMIZE, diverged, prunedEarly, prunedLate, worse, better));
    }

    @Test
    void prunedTrialsAtTheSameStepRankByTheirLastValue() {
        TrialRecord high = trial(1, TrialState.PRUNED, null, 0, 8);
        TrialRecord low = trial(2, TrialState.PRUNED, null, 9, 2);
        assertEquals(List.of(2, 1), ranked(Direction.MINIMIZE, high, low));
        assertEquals(List.of(1, 2), ranked(Direction.MAXIMIZE, high, low));
    }

    @Test
    void aMissingValueRanksLastInItsGroupAndTiesKeepTrialOrder() {
        TrialRecord nan = trial(1, TrialState.COMPLETE, Double.NaN, 0);
        TrialRecord second = trial(3, TrialState.COMPLETE, 2.0, 2);
        TrialRecord first = trial(2, TrialState.COMPLETE, 2.0, 2);
        assertEquals(List.of(2, 3, 1), ranked(Direction.MINIMIZE, nan, second, first));
        assertEquals(List.of(2, 3, 1), ranked(Direction.MAXIMIZE, nan, second, first));
    }
}
