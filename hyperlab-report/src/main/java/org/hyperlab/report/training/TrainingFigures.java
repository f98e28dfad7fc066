package org.hyperlab.report.training;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.hyperlab.core.train.EpochMetrics;
import org.hyperlab.core.train.TrainingHistory;
import org.hyperlab.report.chart.LineChart;

/**
 * The figures of a training run as chart data: the loss figure (training and validation J against epoch on one
 * plot, legend, best epoch marked) and the accuracy figure (same layout). A validation curve appears only when the
 * run had validation data; a diverged run gets a note saying in which epoch.
 */
public final class TrainingFigures {
    private TrainingFigures() {
    }

    /** Training and validation loss J against epoch, best epoch marked on the monitored curve. */
    public static LineChart loss(TrainingHistory history, String title) {
        return figure(history, title, "loss J", EpochMetrics::trainLoss, EpochMetrics::validationLoss);
    }

    /** Training and validation accuracy against epoch, best epoch marked. */
    public static LineChart accuracy(TrainingHistory history, String title) {
        return figure(history, title, "accuracy", EpochMetrics::trainAccuracy, EpochMetrics::validationAccuracy);
    }

    private static LineChart figure(TrainingHistory history, String title, String yLabel,
                                    ToDoubleFunction<EpochMetrics> train, ToDoubleFunction<EpochMetrics> validation) {
        List<EpochMetrics> epochs = history.epochs();
        double[] x = new double[epochs.size()];
        double[] yTrain = new double[epochs.size()];
        double[] yValidation = new double[epochs.size()];
        boolean hasValidation = false;
        for (int i = 0; i < x.length; i++) {
            EpochMetrics m = epochs.get(i);
            x[i] = m.epoch();
            yTrain[i] = train.applyAsDouble(m);
            yValidation[i] = validation.applyAsDouble(m);
            hasValidation |= m.hasValidation();
        }
        LineChart.Builder chart = LineChart.builder(title, "epoch", yLabel).line("training", x, yTrain);
        if (hasValidation) {
            chart.line("validation", x, yValidation);
        }
        EpochMetrics best = history.best();
        if (best != null) {
            double y = hasValidation ? validation.applyAsDouble(best) : train.applyAsDouble(best);
            chart.best(best.epoch(), y, String.format(Locale.ROOT, "best epoch %d", best.epoch()));
        }
        if (history.diverged()) {
            chart.note("diverged in epoch " + history.divergedAtEpoch());
        }
        return chart.legend(true).build();
    }
}
