package org.hyperlab.cli.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hyperlab.cli.common.Json;
import org.hyperlab.core.io.AtomicFiles;
import org.hyperlab.core.metrics.ConfusionMatrix;
import org.hyperlab.core.model.ModelFile;
import org.hyperlab.core.model.ModelSpec;
import org.hyperlab.core.optim.Optimizer;
import org.hyperlab.core.run.FinalScores;
import org.hyperlab.core.run.TrainingRunResult;
import org.hyperlab.core.train.EpochMetrics;
import org.hyperlab.core.train.HistoryCsv;
import org.hyperlab.core.train.TrainingHistory;
import org.hyperlab.core.train.TrainingListener;
import org.hyperlab.report.chart.Chart;
import org.hyperlab.report.chart.ChartRenderer;
import org.hyperlab.report.chart.HeatMap;
import org.hyperlab.report.training.TrainingFigures;

/**
 * The files of a training run directory, each written atomically: {@code config.json} (the resolved flags, usable
 * with {@code --config}), {@code history.csv} and {@code history.json}, {@code loss.png/.svg} and
 * {@code accuracy.png/.svg} (the history files also after every epoch, while the run goes on), {@code confusion-matrix.csv} (rows true class, columns predicted) with its heat map
 * {@code confusion-matrix.png/.svg}, {@code final.json} (final accuracies and losses) and {@code model.safetensors}
 * ({@link ModelFile}).
 */
final class RunOutputs {
    static final String CONFIG = "config.json";
    static final String HISTORY_CSV = "history.csv";
    static final String HISTORY_JSON = "history.json";
    static final String FINAL = "final.json";
    static final String CONFUSION_CSV = "confusion-matrix.csv";
    static final String CONFUSION_FIGURE = "confusion-matrix";
    static final String MODEL = "model.safetensors";

    private final Path dir;

    RunOutputs(Path dir) {
        this.dir = dir;
    }

    void writeConfig(Map<String, Object> config) {
        AtomicFiles.writeString(dir.resolve(CONFIG), Json.write(config) + "\n");
    }

    void writeResults(TrainingRunResult run) {
        TrainingHistory history = run.history();
        FinalScores result = run.scores();
        Optimizer optimizer = run.optimizer();
        ModelSpec spec = run.model().spec();
        run.saveModel(dir.resolve(MODEL));
        writeHistory(history.epochs(), history, spec.describe(), optimizer.describe());
        String title = "MNIST " + String.join("-", spec.widths().stream().map(String::valueOf).toList())
                + (spec.hidden().isEmpty() ? "" : " " + spec.activation().label()) + ", " + optimizer.describe();
        figure(TrainingFigures.loss(history, title), "loss");
        figure(TrainingFigures.accuracy(history, title), "accuracy");
        if (result.confusion() != null) {
            AtomicFiles.writeString(dir.resolve(CONFUSION_CSV), confusionCsv(result.confusion()));
            figure(confusionHeatMap(result.confusion(), result.confusionOf()), CONFUSION_FIGURE);
        }
        AtomicFiles.writeString(dir.resolve(FINAL), Json.write(finalFile(history, result)) + "\n");
    }

    /**
     * A listener that rewrites {@code history.csv} and {@code history.json} after every epoch, so that the dashboard
     * can follow a run in progress; {@link #writeResults} writes them once more, complete.
     */
    TrainingListener liveHistory(String model, String optimizer) {
        List<EpochMetrics> epochs = new ArrayList<>();
        return new TrainingListener() {
            @Override
            public Action onEpochEnd(EpochMetrics metrics) {
                epochs.add(metrics);
                writeHistory(epochs, null, model, optimizer);
                return Action.CONTINUE;
            }
        };
    }

    /** The one place the history files are written: {@code finished} is null while the run goes on. */
    private void writeHistory(List<EpochMetrics> epochs, TrainingHistory finished, String model, String optimizer) {
        AtomicFiles.writeString(dir.resolve(HISTORY_CSV), HistoryCsv.format(epochs));
        AtomicFiles.writeString(dir.resolve(HISTORY_JSON),
                Json.write(TrainReport.historyFile(epochs, finished, model, optimizer)) + "\n");
    }

    private void figure(Chart chart, String name) {
        ChartRenderer.writePng(chart, dir.resolve(name + ".png"));
        ChartRenderer.writeSvg(chart, dir.resolve(name + ".svg"));
    }

    private static Map<String, Object> finalFile(TrainingHistory history, FinalScores result) {
        Map<String, Object> f = new LinkedHashMap<>(TrainReport.finalAccuracies(result));
        f.put("trainLoss", result.train() == null ? null : Json.finiteOrNull(result.train().loss()));
        f.put("validationLoss", result.validation() == null ? null : Json.finiteOrNull(result.validation().loss()));
        f.put("testLoss", result.test() == null ? null : Json.finiteOrNull(result.test().loss()));
        f.put("confusionMatrixOf", result.confusionOf());
        f.put("stopReason", history.stopReason().label());
        return f;
    }

    /** The heat map of a confusion matrix: counts in the cells, rows true class, columns predicted class. */
    static HeatMap confusionHeatMap(ConfusionMatrix m, String ofWhichSet) {
        List<String> classes = IntStream.range(0, m.numClasses()).mapToObj(String::valueOf).toList();
        return HeatMap.confusionMatrix("Confusion matrix, " + ofWhichSet + " set", m.toArray(), classes);
    }

    /** Header {@code true\predicted,0,1,…}, then one row per true class. */
    static String confusionCsv(ConfusionMatrix m) {
        StringBuilder sb = new StringBuilder("true\\predicted");
        for (int c = 0; c < m.numClasses(); c++) {
            sb.append(',').append(c);
        }
        sb.append('\n');
        long[][] counts = m.toArray();
        for (int t = 0; t < counts.length; t++) {
            sb.append(t);
            for (long v : counts[t]) {
                sb.append(',').append(v);
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
