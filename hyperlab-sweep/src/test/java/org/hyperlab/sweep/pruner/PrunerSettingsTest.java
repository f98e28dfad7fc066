package org.hyperlab.sweep.pruner;

import static org.hyperlab.sweep.pruner.RecordedContext.complete;
import static org.hyperlab.sweep.pruner.RecordedContext.running;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;
import org.junit.jupiter.api.Test;

/**
 * The pruners' documented settings at their limits: the smallest accepted values, nMinTrials counted inclusively,
 * the median of unsorted values, and successive halving's automatic minimum resource max(1, ⌊s/100⌋) from the
 * completed trials' largest last step s.
 */
class PrunerSettingsTest {
    private static final String SETTINGS = "need minResource >= 0 (0 = auto), reductionFactor >= 2, minEarlyStoppingRate >= 0";

    private static String refusal(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void medianPrunerSettings() {
        String message = "need nStartupTrials >= 0, nWarmupSteps >= 0, nMinTrials >= 1";
        assertEquals(message, refusal(() -> new MedianPruner(0, 0, 0)));
        assertEquals(message, refusal(() -> new MedianPruner(-1, 0, 1)));
        assertEquals(message, refusal(() -> new MedianPruner(0, -1, 1)));
        assertDoesNotThrow(() -> new MedianPruner(0, 0, 1));
    }

    @Test
    void theMedianSortsFirst() {
        assertEquals(2.0, MedianPruner.median(List.of(3.0, 1.0, 2.0)));
        assertEquals(2.5, MedianPruner.median(List.of(4.0, 1.0, 3.0, 2.0)));
    }

    @Test
    void nMinTrialsCompletedTrialsAtTheStepAreEnough() {
        List<TrialRecord> two = List.of(complete(1), complete(3));               // median 2 at step 0
        assertTrue(new MedianPruner(0, 0, 2).prune(new RecordedContext(Direction.MINIMIZE, running(50), two)));
        assertFalse(new MedianPruner(0, 0, 3).prune(new RecordedContext(Direction.MINIMIZE, running(50), two)));
    }

    @Test
    void successiveHalvingSettings() {
        assertEquals(SETTINGS, refusal(() -> new SuccessiveHalvingPruner(-1, 4, 0)));
        assertEquals(SETTINGS, refusal(() -> new SuccessiveHalvingPruner(1, 1, 0)));
        assertEquals(SETTINGS, refusal(() -> new SuccessiveHalvingPruner(1, 4, -1)));
        assertDoesNotThrow(() -> new SuccessiveHalvingPruner(0, 2, 0));
    }

    /** Seven running trials that recorded 1..7 at rung 0, and the given completed ones. */
    private static List<TrialRecord> rungZeroAnd(TrialRecord... completed) {
        List<TrialRecord> out = new ArrayList<>(List.of(completed));
        for (int v = 1; v <= 7; v++) {
            out.add(RecordedContext.trial(TrialState.RUNNING, Map.of("completed_rung_0", Double.toString(v)), v, v));
        }
        return out;
    }

    @Test
    void automaticMinimumResourceIsAHundredthOfTheLongestCompletedTrial() {
        List<TrialRecord> others = rungZeroAnd(complete(new double[251]));     // last step 250: resource ⌊250/100⌋ = 2
        // at step 1 the first rung (step 2) is not reached yet
        RecordedContext early = new RecordedContext(Direction.MINIMIZE, running(9, 9), others);
        assertFalse(new SuccessiveHalvingPruner().prune(early));
        assertTrue(early.set.isEmpty());
        // at step 2 the value 9 joins 1..7 at rung 0 and is not among the best max(1, ⌊8/4⌋) = 2
        RecordedContext reached = new RecordedContext(Direction.MINIMIZE, running(9, 9, 9), others);
        assertTrue(new SuccessiveHalvingPruner().prune(reached));
        assertEquals("9.0", reached.set.get("completed_rung_0"));
    }

    @Test
    void automaticMinimumResourceIsAtLeastOne() {
        // a completed trial that stopped at step 0: max(1, ⌊0/100⌋) = 1, so step 1 is rung 0
        assertTrue(new SuccessiveHalvingPruner().prune(
                new RecordedContext(Direction.MINIMIZE, running(9, 9), rungZeroAnd(complete(5)))));
    }

    @Test
    void onlyCompletedTrialsSetTheAutomaticResource() {
        // a long running trial does not count: without a completed one nothing is pruned, even at step 2
        List<TrialRecord> others = rungZeroAnd();
        others.add(running(new double[251]));
        assertFalse(new SuccessiveHalvingPruner().prune(new RecordedContext(Direction.MINIMIZE, running(9, 9, 9), others)));
    }

    @Test
    void theNopPrunerNeverPrunes() {
        assertFalse(new NopPruner().prune(new RecordedContext(Direction.MINIMIZE, running(Double.NaN), List.of(complete(1)))));
    }
}
