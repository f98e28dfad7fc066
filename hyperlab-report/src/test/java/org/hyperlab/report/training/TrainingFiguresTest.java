package org.hyperlab.report.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hyperlab.core.train.EpochMetrics;
import org.hyperlab.core.train.Monitor;
import org.hyperlab.core.train.StopReason;
import org.hyperlab.core.train.TrainingHistory;
import org.hyperlab.report.chart.LineChart;
import org.junit.jupiter.api.Test;

class TrainingFiguresTest {
    private static final List<EpochMetrics> EPOCHS = List.of(
            new EpochMetrics(1, 0.9, 0.8, 0.6, 0.7, 1, 1e-3),
            new EpochMetrics(2, 0.5, 0.6, 0.8, 0.75, 1, 1e-3),
            new EpochMetrics(3, 0.3, 0.7, 0.9, 0.74, 1, 1e-3));

    @Test
    void lossFigureHasBothCurvesAndMarksTheBestEpochOnValidation() {
        TrainingHistory h = new TrainingHistory(EPOCHS, 2, Monitor.VALIDATION_LOSS, StopReason.EARLY_STOPPING, 0);
        LineChart chart = TrainingFigures.loss(h, "MNIST");
        assertArrayEquals(new double[] {1, 2, 3}, chart.series("training").x(), 0.0);
        assertArrayEquals(new double[] {0.9, 0.5, 0.3}, chart.series("training").y(), 0.0);
        assertArrayEquals(new double[] {0.8, 0.6, 0.7}, chart.series("validation").y(), 0.0);
        assertEquals(1, chart.markers().size());
        assertEquals(2.0, chart.markers().get(0).x(), 0.0);
        assertEquals(0.6, chart.markers().get(0).y(), 0.0);
        assertTrue(chart.legend());
        assertEquals(0.75, TrainingFigures.accuracy(h, "MNIST").markers().get(0).y(), 0.0);
    }

    @Test
    void withoutValidationOnlyTheTrainingCurveAndADivergenceNote() {
        List<EpochMetrics> trainOnly = List.of(new EpochMetrics(1, 0.9, Double.NaN, 0.6, Double.NaN, 1, 0.1));
        TrainingHistory h = new TrainingHistory(trainOnly, 1, Monitor.TRAIN_LOSS, StopReason.DIVERGED, 2);
        LineChart chart = TrainingFigures.loss(h, "t");
        assertNull(chart.series("validation"));
        assertEquals(0.9, chart.markers().get(0).y(), 0.0);
        assertTrue(chart.notes().get(0).text().contains("diverged in epoch 2"));
    }
}
