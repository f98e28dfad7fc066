package org.hyperlab.sweep.pruner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;
import org.junit.jupiter.api.Test;

class PrunerTest {
    private static int ids = 100;

    private static TrialRecord trial(TrialState state, Map<String, String> attrs, double... curve) {
        TreeMap<Integer, Double> m = new TreeMap<>();
        for (int i = 0; i < curve.length; i++) {
            m.put(i, curve[i]);
        }
        int id = ids++;
        return new TrialRecord(id, id, state, Map.of(), state == TrialState.COMPLETE ? curve[curve.length - 1] : null,
                m, attrs, null, Instant.EPOCH, null);
    }

    /** A context recording attributes set by the pruner. */
    private static final class Ctx implements PruningContext {
        final Direction direction;
        final TrialRecord trial;
        final List<TrialRecord> others;
        final Map<String, String> set = new HashMap<>();

        Ctx(Direction direction, TrialRecord trial, List<TrialRecord> others) {
            this.direction = direction;
            this.trial = trial;
            this.others = others;
        }

        @Override
        public Direction direction() {
            return direction;
        }

        @Override
        public TrialRecord trial() {
            return trial;
        }

        @Override
        public List<TrialRecord> studyTrials() {
            List<TrialRecord> all = new ArrayList<>(others);
            all.add(trial);
            return all;
        }

        @Override
        public void setTrialAttr(String key, String value) {
            set.put(key, value);
        }
    }

    private static List<TrialRecord> fiveDecreasingCurves() {
        List<TrialRecord> done = new ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            done.add(trial(TrialState.COMPLETE, Map.of(), 1.0 * k, 0.5 * k, 0.25 * k));
        }
        return done;
    }

    @Test
    void medianPrunesAClearlyBadTrialAndKeepsAGoodOne() {
        List<TrialRecord> done = fiveDecreasingCurves(); // step-0 values 1..5, median 3
        assertTrue(new MedianPruner().prune(new Ctx(Direction.MINIMIZE, trial(TrialState.RUNNING, Map.of(), 50), done)));
        assertFalse(new MedianPruner().prune(new Ctx(Direction.MINIMIZE, trial(TrialState.RUNNING, Map.of(), 2.9), done)));
        // at step 1 the median is 1.5; the best so far (1.4 at step 1) beats it
        assertFalse(new MedianPruner().prune(new Ctx(Direction.MINIMIZE,
                trial(TrialState.RUNNING, Map.of(), 9, 1.4), done)));
    }

    @Test
    void medianWaitsForStartupTrialsAndWarmUp() {
        List<TrialRecord> four = fiveDecreasingCurves().subList(0, 4);
        assertFalse(new MedianPruner().prune(new Ctx(Direction.MINIMIZE, trial(TrialState.RUNNING, Map.of(), 50), four)));
        assertFalse(new MedianPruner(5, 1, 1).prune(new Ctx(Direction.MINIMIZE,
                trial(TrialState.RUNNING, Map.of(), 50), fiveDecreasingCurves())));
        assertTrue(new MedianPruner(4, 0, 1).prune(new Ctx(Direction.MINIMIZE,
                trial(TrialState.RUNNING, Map.of(), 50), four)));
    }

    @Test
    void medianOfAnEvenCountInterpolatesAndMaximizeFlips() {
        List<TrialRecord> four = fiveDecreasingCurves().subList(0, 4); // step-0 values 1..4, median 2.5
        assertTrue(new MedianPruner(4, 0, 1).prune(new Ctx(Direction.MINIMIZE, trial(TrialState.RUNNING, Map.of(), 2.6), four)));
        assertFalse(new MedianPruner(4, 0, 1).prune(new Ctx(Direction.MINIMIZE, trial(TrialState.RUNNING, Map.of(), 2.4), four)));
        assertTrue(new MedianPruner(4, 0, 1).prune(new Ctx(Direction.MAXIMIZE, trial(TrialState.RUNNING, Map.of(), 2.4), four)));
        assertTrue(new MedianPruner(4, 0, 1).prune(new Ctx(Direction.MINIMIZE,
                trial(TrialState.RUNNING, Map.of(), Double.NaN), four)));
    }

    private static List<TrialRecord> rungZeroValues(double... values) {
        List<TrialRecord> out = new ArrayList<>();
        for (double v : values) {
            out.add(trial(TrialState.RUNNING, Map.of("completed_rung_0", Double.toString(v)), v, v));
        }
        return out;
    }

    @Test
    void successiveHalvingKeepsTheTopQuarterOfTheRung() {
        List<TrialRecord> others = rungZeroValues(1, 2, 3, 4, 5, 6, 7);
        // 8 values at rung 0 with reduction factor 4: the best 8/4 = 2 are promoted.
        Ctx good = new Ctx(Direction.MINIMIZE, trial(TrialState.RUNNING, Map.of(), 9, 1.5), others);
        assertFalse(new SuccessiveHalvingPruner(1, 4, 0).prune(good));
        assertEquals("1.5", good.set.get("completed_rung_0"));
        Ctx bad = new Ctx(Direction.MINIMIZE, trial(TrialState.RUNNING, Map.of(), 9, 2.5), others);
        assertTrue(new SuccessiveHalvingPruner(1, 4, 0).prune(bad));
        Ctx badMax = new Ctx(Direction.MAXIMIZE, trial(TrialState.RUNNING, Map.of(), 9, 5.5), others);
        assertTrue(new SuccessiveHalvingPruner(1, 4, 0).prune(badMax));
        Ctx goodMax = new Ctx(Direction.MAXIMIZE, trial(TrialState.RUNNING, Map.of(), 9, 6.5), others);
        assertFalse(new SuccessiveHalvingPruner(1, 4, 0).prune(goodMax));
    }

    @Test
    void successiveHalvingWaitsForTheRungStepAndSkipsPassedRungs() {
        List<TrialRecord> others = rungZeroValues(1, 2, 3, 4, 5, 6, 7);
        // step 0 < min resource 1: no decision, nothing recorded
        Ctx early = new Ctx(Direction.MINIMIZE, trial(TrialState.RUNNING, Map.of(), 100), others);
        assertFalse(new SuccessiveHalvingPruner(1, 4, 0).prune(early));
        assertTrue(early.set.isEmpty());
        // rung 0 already passed; rung 1 is at step 4, not reached at step 2
        Ctx passed = new Ctx(Direction.MINIMIZE,
                trial(TrialState.RUNNING, Map.of("completed_rung_0", "0.5"), 9, 9, 100), others);
        assertFalse(new SuccessiveHalvingPruner(1, 4, 0).prune(passed));
        // automatic minimum resource without any completed trial: never prunes
        assertFalse(new SuccessiveHalvingPruner().prune(
                new Ctx(Direction.MINIMIZE, trial(TrialState.RUNNING, Map.of(), 9, 100), others)));
    }
}
