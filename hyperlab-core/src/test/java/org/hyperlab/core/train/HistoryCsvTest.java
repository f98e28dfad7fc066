package org.hyperlab.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryCsvTest {
    @Test
    void oneRowPerEpochWithEmptyCellsForMissingValidation() {
        TrainingHistory history = new TrainingHistory(List.of(
                new EpochMetrics(1, 0.5, 0.25, 0.75, 0.875, 1.5, 0.001),
                new EpochMetrics(2, 0.125, Double.NaN, 1.0, Double.NaN, 2.0, 0.0005)),
                1, Monitor.TRAIN_LOSS, StopReason.MAX_EPOCHS, 0);
        assertEquals(HistoryCsv.HEADER + "\n"
                + "1,0.5,0.25,0.75,0.875,1.5,0.001\n"
                + "2,0.125,,1.0,,2.0,5.0E-4\n", HistoryCsv.format(history));
    }
}
