package org.hyperlab.sweep.pareto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.hyperlab.sweep.pareto.ValuedTrials.trial;

import java.util.List;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.junit.jupiter.api.Test;

/** The front of stored trials: directions respected, incomplete trials left out. */
class ParetoFrontTest {

    @Test
    void lossDownAccuracyUp() {
        List<ObjectiveSpec> objectives = List.of(new ObjectiveSpec("loss", Direction.MINIMIZE),
                new ObjectiveSpec("accuracy", Direction.MAXIMIZE));
        List<TrialRecord> trials = List.of(
                trial(0, TrialState.COMPLETE, 1, 0.5),
                trial(1, TrialState.COMPLETE, 2, 0.7),
                trial(2, TrialState.COMPLETE, 4, 0.9),
                trial(3, TrialState.COMPLETE, 3, 0.6),   // worse than 1 in both
                trial(4, TrialState.COMPLETE, 5, 0.8),   // worse than 2 in both
                trial(5, TrialState.PRUNED),
                trial(6, TrialState.FAILED));
        assertEquals(List.of(0, 1, 2), ParetoFront.of(trials, objectives).stream().map(TrialRecord::number).toList());
        objectives = List.of(new ObjectiveSpec("loss", Direction.MINIMIZE),
                new ObjectiveSpec("accuracy", Direction.MINIMIZE));
        assertEquals(List.of(0), ParetoFront.of(trials, objectives).stream().map(TrialRecord::number).toList(),
                "minimizing both, trial 0 (1, 0.5) dominates every other");
    }
}
