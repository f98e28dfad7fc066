package org.hyperlab.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What early stopping reads from an epoch: each monitor's value and direction, an improvement only beyond
 * min-delta (strictly), and the history's best epoch counted from 1 (0 for none).
 */
class MonitorAndHistoryTest {
    private static final EpochMetrics FIRST = new EpochMetrics(1, 0.9, 0.8, 0.7, 0.6, 1.0, 1e-3);
    private static final EpochMetrics SECOND = new EpochMetrics(2, 0.5, 0.4, 0.85, 0.75, 1.0, 1e-3);

    @Test
    void eachMonitorReadsItsOwnValue() {
        assertEquals(0.9, Monitor.TRAIN_LOSS.valueOf(FIRST));
        assertEquals(0.8, Monitor.VALIDATION_LOSS.valueOf(FIRST));
        assertEquals(0.7, Monitor.TRAIN_ACCURACY.valueOf(FIRST));
        assertEquals(0.6, Monitor.VALIDATION_ACCURACY.valueOf(FIRST));
    }

    @Test
    void accuraciesAreMaximizedLossesMinimized() {
        assertTrue(Monitor.TRAIN_ACCURACY.maximize() && Monitor.VALIDATION_ACCURACY.maximize());
        assertFalse(Monitor.TRAIN_LOSS.maximize() || Monitor.VALIDATION_LOSS.maximize());
    }

    @Test
    void anImprovementMustExceedMinDelta() {
        EarlyStopping loss = new EarlyStopping(Monitor.TRAIN_LOSS, 2, 0.25, false);
        assertTrue(loss.improves(0.5, 1.0));
        assertFalse(loss.improves(0.75, 1.0));          // exactly min-delta lower: not an improvement
        EarlyStopping accuracy = new EarlyStopping(Monitor.TRAIN_ACCURACY, 2, 0.25, false);
        assertTrue(accuracy.improves(1.5, 1.0));
        assertFalse(accuracy.improves(1.25, 1.0));      // exactly min-delta higher: not an improvement
        assertTrue(accuracy.improves(0.0, Double.NaN));
        assertFalse(accuracy.improves(Double.NaN, Double.NaN));
    }

    @Test
    void theBestEpochCountsFromOne() {
        TrainingHistory history = new TrainingHistory(List.of(FIRST, SECOND), 2, Monitor.TRAIN_LOSS, StopReason.MAX_EPOCHS, 0);
        assertSame(SECOND, history.best());
        assertSame(SECOND, history.last());
        assertSame(FIRST, new TrainingHistory(List.of(FIRST, SECOND), 1, Monitor.TRAIN_LOSS, StopReason.MAX_EPOCHS, 0).best());
        assertNull(new TrainingHistory(List.of(FIRST), 0, Monitor.TRAIN_LOSS, StopReason.DIVERGED, 1).best());
        assertNull(new TrainingHistory(List.of(), 0, Monitor.TRAIN_LOSS, StopReason.DIVERGED, 1).last());
    }

    @Test
    void validationIsAbsentWhenItsLossIsNaN() {
        assertTrue(FIRST.hasValidation());
        assertFalse(new EpochMetrics(1, 0.9, Double.NaN, 0.7, Double.NaN, 1.0, 1e-3).hasValidation());
    }

    @Test
    void stopReasonsAreLabelledForReports() {
        assertEquals("early-stopping", StopReason.EARLY_STOPPING.label());
        assertEquals("max-epochs", StopReason.MAX_EPOCHS.label());
    }
}
