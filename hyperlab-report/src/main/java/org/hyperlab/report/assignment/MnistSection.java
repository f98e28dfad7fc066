package org.hyperlab.report.assignment;

import static org.hyperlab.report.text.Numbers.compact;
import static org.hyperlab.report.text.Numbers.fixed;
import static org.hyperlab.report.text.Numbers.percent;

import java.util.ArrayList;
import java.util.List;
import org.hyperlab.core.train.EpochMetrics;
import org.hyperlab.core.train.TrainingHistory;
import org.hyperlab.report.chart.BarChart;
import org.hyperlab.report.chart.HeatMap;
import org.hyperlab.report.chart.LineChart;
import org.hyperlab.report.chart.Series;
import org.hyperlab.report.chart.SweepCharts;
import org.hyperlab.report.doc.Block;
import org.hyperlab.report.doc.Figure;
import org.hyperlab.report.doc.Paragraph;
import org.hyperlab.report.doc.Section;
import org.hyperlab.report.doc.Table;
import org.hyperlab.report.training.TrainingFigures;

/** Section 6 from {@link MnistStudy.Results}: the chosen model's curves, accuracies and confusion matrix, then the decisions. */
final class MnistSection {
    private final MnistStudy.Results r;
    private final KeyNumbers numbers;

    MnistSection(MnistStudy.Results results, KeyNumbers numbers) {
        this.r = results;
        this.numbers = numbers;
    }

    Section build() {
        MnistTrial.Result full = r.full();
        MnistTrial t = full.trial();
        TrainingHistory h = full.history();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Model: " + MnistTrial.architecture() + " (learning rate " + compact(t.lr()) + ", "
                + MnistStudy.batchLabel(t.batchSize(), t.trainSize()) + ", z-scoring " + (t.zscore() ? "on" : "off")
                + ", early stopping with patience " + t.patience() + " on validation loss, at most " + t.epochs()
                + " epochs; each value chosen below). Data: " + t.trainSize() + " training and " + validationRows()
                + " validation images split (seeded) from the " + r.fullTrainRows() + " MNIST training images; the "
                + r.testRows() + " test images are used only for the final scores."));
        blocks.add(Figure.of("mnist-loss", "Training and validation loss J per epoch (best epoch marked).",
                TrainingFigures.loss(h, "MNIST: cross-entropy per epoch")));
        blocks.add(Figure.of("mnist-accuracy", "Training and validation accuracy per epoch.",
                TrainingFigures.accuracy(h, "MNIST: accuracy per epoch")));
        EpochMetrics best = h.best();
        blocks.add(new Paragraph("Training stopped after epoch " + h.last().epoch() + " (" + h.stopReason().label()
                + "); the weights of epoch " + h.bestEpoch() + " (validation loss " + compact(best.validationLoss())
                + ") were kept. Final accuracy by argmax: training " + percent(full.train().accuracy(), 2)
                + ", validation " + percent(full.validation().accuracy(), 2) + ", test "
                + percent(full.test().accuracy(), 2) + "."));
        blocks.add(Table.builder("mnist-scores", "Final scores of the chosen model", "set", "images", "loss J",
                        "accuracy")
                .row("training", Integer.toString(t.trainSize()), compact(full.train().loss()),
                        percent(full.train().accuracy(), 2))
                .row("validation", Integer.toString(validationRows()), compact(full.validation().loss()),
                        percent(full.validation().accuracy(), 2))
                .highlightedRow("test", Integer.toString(r.testRows()), compact(full.test().loss()),
                        percent(full.test().accuracy(), 2))
                .build());
        List<String> classes = new ArrayList<>();
        for (int c = 0; c < full.confusion().numClasses(); c++) {
            classes.add(Integer.toString(c));
        }
        blocks.add(Figure.of("mnist-confusion", "Confusion matrix on the test set (rows: true digit, columns: "
                + "predicted digit).", HeatMap.confusionMatrix("MNIST test set: confusion matrix",
                full.confusion().toArray(), classes)));
        blocks.add(new Paragraph(confusionSentence()));
        numbers.put("mnist.trainAccuracy", full.train().accuracy());
        numbers.put("mnist.validationAccuracy", full.validation().accuracy());
        numbers.put("mnist.testAccuracy", full.test().accuracy());
        numbers.put("mnist.epochs", h.last().epoch());
        numbers.put("mnist.bestEpoch", h.bestEpoch());
        numbers.put("mnist.stopReason", h.stopReason().label());
        numbers.put("mnist.seconds", full.seconds());
        blocks.add(new DecisionsSection(r, numbers).build());
        return new Section("mnist", "6. MNIST", blocks);
    }

    private int validationRows() {
        return r.full().validation().predictions().length;
    }

    private String confusionSentence() {
        long[][] m = r.full().confusion().toArray();
        int worstTrue = -1;
        int worstPred = -1;
        long worst = -1;
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                if (i != j && m[i][j] > worst) {
                    worst = m[i][j];
                    worstTrue = i;
                    worstPred = j;
                }
            }
        }
        double lowest = 2;
        int lowestClass = 0;
        for (int i = 0; i < m.length; i++) {
            long row = 0;
            for (long v : m[i]) {
                row += v;
            }
            double recall = row == 0 ? 1 : (double) m[i][i] / row;
            if (recall < lowest) {
                lowest = recall;
                lowestClass = i;
            }
        }
        return "The most frequent confusion is a true " + worstTrue + " predicted as " + worstPred + " (" + worst
                + " test images); the digit recognized least often is " + lowestClass + " (" + percent(lowest, 1)
                + " of its test images).";
    }

    /** A line chart of one metric per epoch for several runs. */
    static LineChart curves(String title, String metric, List<MnistTrial.Result> runs, boolean validation, boolean accuracy) {
        LineChart.Builder b = LineChart.builder(title, "epoch", metric);
        for (MnistTrial.Result run : runs) {
            List<EpochMetrics> epochs = run.history().epochs();
            double[] x = new double[epochs.size()];
            double[] y = new double[epochs.size()];
            for (int i = 0; i < epochs.size(); i++) {
                EpochMetrics e = epochs.get(i);
                x[i] = e.epoch();
                y[i] = accuracy ? (validation ? e.validationAccuracy() : e.trainAccuracy())
                        : (validation ? e.validationLoss() : e.trainLoss());
            }
            b.series(Series.line(run.trial().label(), x, y));
        }
        return b.legend(true).build();
    }

    static BarChart bars(String title, String category, List<String> names, List<MnistTrial.Result> runs, int chosen) {
        double[] v = runs.stream().mapToDouble(x -> x.validation().loss()).toArray();
        return BarChart.of(title, category, "validation loss J", names, v, chosen);
    }

    static String seconds(double s) {
        return fixed(s, 1) + " s";
    }

    static LineChart history(List<Double> values) {
        return SweepCharts.optimizationHistory("Sweep: learning rate × batch size (grid sampler)", "validation loss J",
                values.stream().mapToDouble(Double::doubleValue).toArray(), true);
    }
}
