package org.hyperlab.sweep.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hyperlab.sweep.pareto.ValuedTrials;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;
import org.junit.jupiter.api.Test;

/**
 * Multi-objective TPE's split on hand-made values: whole non-domination ranks first, then greedy hypervolume subset
 * selection on the rank that does not fit, with the reference point 1.1 × that rank's worst values.
 */
class TpeSplitTest {
    private static final List<TrialRecord> TRIALS = List.of(
            ValuedTrials.trial(0, TrialState.COMPLETE, 1, 5),
            ValuedTrials.trial(1, TrialState.COMPLETE, 5, 1),
            ValuedTrials.trial(2, TrialState.COMPLETE, 2, 4),
            ValuedTrials.trial(3, TrialState.COMPLETE, 4, 2.5),
            ValuedTrials.trial(4, TrialState.COMPLETE, 3, 3),
            ValuedTrials.trial(5, TrialState.DIVERGED),
            ValuedTrials.trial(6, TrialState.COMPLETE, 6, 6));

    private static List<Integer> below(int nBelow) {
        SamplingContext context = new SamplingContext(7, 1, Direction.MINIMIZE, TRIALS, List.of(),
                List.of(Direction.MINIMIZE, Direction.MINIMIZE));
        List<List<TrialRecord>> split = TpeSplit.split(TRIALS, nBelow, context);
        assertEquals(TRIALS.size(), split.get(0).size() + split.get(1).size());
        return split.get(0).stream().map(TrialRecord::number).toList();
    }

    @Test
    void theFrontIsCutByHypervolumeContribution() {
        // Rank 0 is trials 0-4, worst (5, 5), so the reference is (5.5, 5.5). Alone, (3,3) covers 2.5² = 6.25, more
        // than (2,4) or (4,2.5) (3.5 · 1.5 = 5.25 and 1.5 · 3 = 4.5) or the ends (4.5 · 0.5 = 2.25).
        assertEquals(List.of(4), below(1));
        // Next to (3,3): (2,4) adds 1 · 1.5 = 1.5; (1,5) adds 2 · 0.5 = 1; (5,1) adds 0.5 · 2 = 1; (4,2.5) 1.5 · 0.5.
        assertEquals(List.of(2, 4), below(2));
        // Then (5,1) adds 1.0, (4,2.5) 0.75, (1,5) only 1 · 0.5 (x from 1 to 2 above y = 5).
        assertEquals(List.of(1, 2, 4), below(3));
    }

    @Test
    void wholeRanksGoFirst() {
        assertEquals(List.of(0, 1, 2, 3, 4), below(5));
        assertEquals(List.of(0, 1, 2, 3, 4, 6), below(6), "the diverged trial is never good");
    }
}
