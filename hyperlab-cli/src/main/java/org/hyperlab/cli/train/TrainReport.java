package org.hyperlab.cli.train;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hyperlab.cli.common.Json;
import org.hyperlab.core.run.FinalScores;
import org.hyperlab.core.train.EpochMetrics;
import org.hyperlab.core.train.HistoryRows;
import org.hyperlab.core.train.Evaluation;
import org.hyperlab.core.train.TrainingConfig;
import org.hyperlab.core.train.TrainingHistory;

/** The texts and JSON documents describing a finished training run. */
final class TrainReport {
    private TrainReport() {
    }

    /**
     * The {@code --json} document: {@code config}, {@code history} (epoch, trainLoss, validationLoss,
     * trainAccuracy, validationAccuracy, seconds), {@code bestEpoch}, {@code stopReason}, {@code final}
     * (trainAccuracy, validationAccuracy, testAccuracy) and {@code runDir}. Missing values are null.
     */
    static Map<String, Object> document(Map<String, Object> config, TrainingHistory history, FinalScores result,
                                        Path runDir) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("config", config);
        doc.put("history", epochs(history, false));
        doc.put("bestEpoch", history.bestEpoch() == 0 ? null : history.bestEpoch());
        doc.put("stopReason", history.stopReason().label());
        doc.put("final", finalAccuracies(result));
        doc.put("runDir", runDir.toString());
        return doc;
    }

    /**
     * The run directory's {@code history.json}: every epoch with its learning rate, and how training ended. While the
     * run goes on ({@code finished} null) {@code running} is true and the ending fields are null.
     */
    static Map<String, Object> historyFile(List<EpochMetrics> epochs, TrainingHistory finished, String model,
                                           String optimizer) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("model", model);
        doc.put("optimizer", optimizer);
        doc.put("running", finished == null);
        doc.put("monitor", finished == null ? null : finished.monitor().label());
        doc.put("bestEpoch", finished == null || finished.bestEpoch() == 0 ? null : finished.bestEpoch());
        doc.put("stopReason", finished == null ? null : finished.stopReason().label());
        doc.put("divergedAtEpoch", finished != null && finished.diverged() ? finished.divergedAtEpoch() : null);
        doc.put("history", HistoryRows.of(epochs, true));
        return doc;
    }

    static Map<String, Object> finalAccuracies(FinalScores result) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("trainAccuracy", accuracy(result.train()));
        f.put("validationAccuracy", accuracy(result.validation()));
        f.put("testAccuracy", accuracy(result.test()));
        return f;
    }

    /** An accuracy for JSON: null for an absent set or a non-finite value. */
    static Double accuracy(Evaluation e) {
        return e == null ? null : Json.finiteOrNull(e.accuracy());
    }

    private static List<Map<String, Object>> epochs(TrainingHistory history, boolean withRate) {
        return HistoryRows.of(history.epochs(), withRate);
    }

    /** One line: how training ended and the final accuracies. */
    static String summary(TrainingHistory history, FinalScores result) {
        StringBuilder sb = new StringBuilder("train: stopped (" + history.stopReason().label() + ") after "
                + history.epochs().size() + " epoch(s)");
        if (history.bestEpoch() > 0) {
            sb.append(", best epoch ").append(history.bestEpoch());
        }
        sb.append(';');
        append(sb, "train", result.train() == null ? null : result.train().accuracy());
        append(sb, "validation", result.validation() == null ? null : result.validation().accuracy());
        append(sb, "test", result.test() == null ? null : result.test().accuracy());
        return sb.toString();
    }

    private static void append(StringBuilder sb, String name, Double accuracy) {
        if (accuracy != null) {
            sb.append(String.format(Locale.ROOT, " %s accuracy %.4f", name, accuracy));
        }
    }

    /** What happened and what to change after a divergence. */
    static String divergenceAdvice(TrainingHistory history, double learningRate, boolean zscored, String optimizer) {
        int epoch = history.divergedAtEpoch();
        EpochMetrics last = history.last();
        String what = last != null && last.epoch() == epoch
                ? String.format(Locale.ROOT, "its training loss J = %.4g exploded (over %.0fx the untrained model's)",
                        last.trainLoss(), TrainingConfig.DEFAULT_DIVERGENCE_FACTOR)
                : "the loss or the weights became NaN or infinite; the history up to epoch " + (epoch - 1) + " is kept";
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "train: diverged in epoch %d: %s. Try a smaller learning rate (e.g. --lr %.3g)", epoch, what,
                learningRate / 10));
        if (!zscored) {
            sb.append(", z-score the inputs (drop --no-zscore or --zscore off; raw pixels up to 255 make the steps huge)");
        }
        if (!List.of("adam", "adamw", "rmsprop", "adagrad").contains(optimizer.toLowerCase(Locale.ROOT))) {
            sb.append(", or an adaptive optimizer (--optimizer adam)");
        }
        return sb.append('.').toString();
    }
}
