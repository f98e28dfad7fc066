package org.hyperlab.report.assignment;

import static org.hyperlab.report.text.Numbers.compact;
import static org.hyperlab.report.text.Numbers.percent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hyperlab.core.train.TrainingHistory;
import org.hyperlab.report.chart.BarChart;
import org.hyperlab.report.doc.Block;
import org.hyperlab.report.doc.Figure;
import org.hyperlab.report.doc.Paragraph;
import org.hyperlab.report.doc.Section;
import org.hyperlab.report.doc.Table;
import org.hyperlab.sweep.record.TrialRecord;

/** "Hyperparameter decisions and why": each choice with the comparison that decided it, from the measured runs. */
final class DecisionsSection {
    private final MnistStudy.Results r;
    private final KeyNumbers numbers;

    DecisionsSection(MnistStudy.Results results, KeyNumbers numbers) {
        this.r = results;
        this.numbers = numbers;
    }

    Section build() {
        List<Block> blocks = new ArrayList<>();
        MnistTrial g = r.grid().get(0).trial();
        blocks.add(new Paragraph("The learning-rate, batch-size and z-scoring comparisons train the same model on "
                + g.trainSize() + " training images (a seeded subset) for " + g.epochs() + " epochs; the patience "
                + "comparison trains on all " + r.full().trial().trainSize() + " and its chosen run is the final model. "
                + "All are scored on the same validation images; the test set is not used for any decision. The value "
                + "with the lowest validation loss is chosen (highlighted) and carried into the next comparison."));
        blocks.add(learningRateAndBatch());
        blocks.add(zscoring());
        blocks.add(patience());
        blocks.add(maximumEpochs());
        blocks.add(overfitting());
        return new Section("decisions", "Hyperparameter decisions and why", blocks);
    }

    private Section learningRateAndBatch() {
        List<MnistTrial.Result> grid = r.grid();
        int rows = grid.get(0).trial().trainSize();
        List<Integer> batches = MnistStudy.batchSizes(rows);
        Table.Builder t = Table.builder("decision-lr-batch-table", "", "learning rate", "batch size", "steps", "validation J",
                "validation accuracy", "training accuracy", "time");
        for (MnistTrial.Result x : grid) {
            String steps = Integer.toString(x.history().epochs().size() * ceilDiv(rows, x.trial().batchSize()));
            String[] cells = {compact(x.trial().lr()), MnistStudy.batchLabel(x.trial().batchSize(), rows), steps,
                compact(x.validation().loss()), percent(x.validation().accuracy(), 2), percent(x.train().accuracy(), 2),
                MnistSection.seconds(x.seconds())};
            if (x == r.chosenGrid()) {
                t.highlightedRow(cells);
            } else {
                t.row(cells);
            }
        }
        List<String> lrNames = MnistStudy.LEARNING_RATES.stream().map(lr -> compact(lr)).toList();
        List<BarChart.Group> groups = new ArrayList<>();
        for (int b = 0; b < batches.size(); b++) {
            double[] v = new double[MnistStudy.LEARNING_RATES.size()];
            for (int l = 0; l < v.length; l++) {
                v[l] = grid.get(l * batches.size() + b).validation().loss();
            }
            groups.add(new BarChart.Group(MnistStudy.batchLabel(batches.get(b), rows), v));
        }
        MnistTrial chosen = r.chosenGrid().trial();
        int chosenLr = MnistStudy.LEARNING_RATES.indexOf(chosen.lr());
        BarChart bars = new BarChart("Validation loss after " + chosen.epochs() + " epochs", "learning rate",
                "validation loss J", lrNames, groups, chosenLr);
        List<Double> history = r.gridTrials().stream().sorted(Comparator.comparingInt(TrialRecord::number))
                .map(tr -> tr.value() == null ? Double.NaN : tr.value()).toList();
        MnistTrial.Result worst = grid.stream().max(Comparator.comparingDouble(x -> finiteOr(x.validation().loss())))
                .orElseThrow();
        String sentence = "The sweep engine ran the " + grid.size() + " combinations as a grid study. Learning rate "
                + compact(chosen.lr()) + " with " + MnistStudy.batchLabel(chosen.batchSize(), rows)
                + " reached the lowest validation loss, " + compact(r.chosenGrid().validation().loss()) + " ("
                + percent(r.chosenGrid().validation().accuracy(), 2) + " accuracy); the worst, " + worst.trial().label()
                + ", reached " + compact(worst.validation().loss()) + ". Smaller batches take more steps per epoch "
                + "(more updates for the same data), full batch takes one step per epoch, which is why it lags behind "
                + "at small learning rates within the same number of epochs.";
        numbers.put("decision.lr", chosen.lr());
        numbers.put("decision.batch", chosen.batchSize());
        return new Section("decision-lr-batch", "Learning rate and batch size", List.of(new Paragraph(sentence),
                t.build(), Figure.of("decision-lr-batch", "Validation loss for each learning rate and batch size; the "
                        + "chosen learning rate is shaded.", bars),
                Figure.of("decision-sweep-history", "The grid study's optimization history (trial order as the "
                        + "sampler drew them) with the best value so far.", MnistSection.history(history))));
    }

    private Section zscoring() {
        MnistTrial.Result on = r.zscore().get(0);
        MnistTrial.Result off = r.zscore().get(1);
        boolean chosenOn = r.chosenZscore().trial().zscore();
        Table t = Table.builder("decision-zscore-table", "", "z-scoring", "validation J", "validation accuracy",
                        "training accuracy")
                .row("on", compact(on.validation().loss()), percent(on.validation().accuracy(), 2),
                        percent(on.train().accuracy(), 2))
                .row("off", compact(off.validation().loss()), percent(off.validation().accuracy(), 2),
                        percent(off.train().accuracy(), 2))
                .highlight(chosenOn ? 0 : 1).build();
        String sentence = "With the chosen learning rate and batch size, z-scoring the pixels (the core's "
                + org.hyperlab.core.model.ModelSpec.DEFAULT_ZSCORING.label() + " mode: mean and standard deviation "
                + "fitted on the training images only) gave a validation loss of " + compact(on.validation().loss())
                + " against " + compact(off.validation().loss()) + " on raw pixels, so z-scoring is "
                + (chosenOn ? "on" : "off") + ".";
        numbers.put("decision.zscore", chosenOn);
        return new Section("decision-zscore", "z-scoring", List.of(new Paragraph(sentence), t,
                Figure.of("decision-zscore", "Validation loss with and without z-scoring.",
                        MnistSection.bars("z-scoring", "z-scoring", List.of("on", "off"), r.zscore(), chosenOn ? 0 : 1))));
    }

    private Section patience() {
        Table.Builder t = Table.builder("decision-patience-table", "", "patience", "stopped after epoch", "best epoch",
                "stop reason", "validation J", "validation accuracy", "time");
        for (MnistTrial.Result x : r.patience()) {
            TrainingHistory h = x.history();
            String[] cells = {Integer.toString(x.trial().patience()), Integer.toString(h.last().epoch()),
                Integer.toString(h.bestEpoch()), h.stopReason().label(), compact(x.validation().loss()),
                percent(x.validation().accuracy(), 2), MnistSection.seconds(x.seconds())};
            if (x == r.chosenPatience()) {
                t.highlightedRow(cells);
            } else {
                t.row(cells);
            }
        }
        MnistTrial.Result c = r.chosenPatience();
        String sentence = "Early stopping watches the validation loss and restores the best epoch's weights. Patience "
                + c.trial().patience() + " is the smallest value whose restored validation loss ("
                + compact(c.validation().loss()) + ") is within " + percent(MnistStudy.PATIENCE_MARGIN, 1)
                + " of the best of the three; it stopped after epoch " + c.history().last().epoch() + ".";
        numbers.put("decision.patience", c.trial().patience());
        return new Section("decision-patience", "Early-stopping patience", List.of(new Paragraph(sentence), t.build(),
                Figure.of("decision-patience", "Validation loss per epoch for each patience: the runs share their "
                        + "history until each stops (marked); the chosen run's restored best epoch is highlighted.",
                        patienceChart())));
    }

    /** Longest run drawn first so the shorter ones stay visible on top; each stop marked, the chosen best highlighted. */
    private org.hyperlab.report.chart.LineChart patienceChart() {
        var b = org.hyperlab.report.chart.LineChart.builder("Validation loss by early-stopping patience", "epoch",
                "validation loss J").legend(true);
        List<MnistTrial.Result> runs = new ArrayList<>(r.patience());
        java.util.Collections.reverse(runs);
        java.util.Map<Integer, List<MnistTrial.Result>> byStop = new java.util.TreeMap<>();
        for (MnistTrial.Result x : runs) {
            var epochs = x.history().epochs();
            double[] ex = epochs.stream().mapToDouble(e -> e.epoch()).toArray();
            double[] ey = epochs.stream().mapToDouble(e -> e.validationLoss()).toArray();
            b.series(org.hyperlab.report.chart.Series.line(x.trial().label(), ex, ey));
            byStop.computeIfAbsent(x.history().last().epoch(), k -> new ArrayList<>()).add(0, x);
        }
        byStop.forEach((epoch, stopped) -> {
            var last = stopped.get(0).history().last();
            String who = String.join(", ", stopped.stream().map(x -> Integer.toString(x.trial().patience())).toList());
            b.marker(epoch, last.validationLoss(), "patience " + who + (stopped.size() > 1 ? " stop" : " stops"));
        });
        var best = r.chosenPatience().history().best();
        b.best(best.epoch(), best.validationLoss(), "best epoch " + best.epoch() + " (restored)");
        return b.build();
    }

    private Section maximumEpochs() {
        TrainingHistory h = r.full().history();
        int cap = r.full().trial().epochs();
        String sentence = h.stopReason().label().equals("max-epochs")
                ? "The chosen run used all " + cap + " epochs (stop reason max-epochs): its validation loss was still "
                  + "improving at the cap, so more epochs could still help a little."
                : "The chosen run stopped after epoch " + h.last().epoch() + " of at most " + cap + " (stop reason "
                  + h.stopReason().label() + "), so the cap of " + cap + " epochs was not binding: early stopping "
                  + "decides the length of training.";
        numbers.put("decision.maxEpochs", cap);
        return new Section("decision-epochs", "Maximum epochs", List.of(new Paragraph(sentence)));
    }

    private Section overfitting() {
        MnistTrial.Result small = r.small();
        MnistTrial.Result full = r.full();
        Table t = Table.builder("overfitting-table", "", "training images", "epochs", "training accuracy",
                        "validation accuracy", "gap")
                .row(Integer.toString(small.trial().trainSize()), Integer.toString(small.history().last().epoch()),
                        percent(small.train().accuracy(), 2), percent(small.validation().accuracy(), 2),
                        percent(small.train().accuracy() - small.validation().accuracy(), 2))
                .row(Integer.toString(full.trial().trainSize()), Integer.toString(full.history().last().epoch()),
                        percent(full.train().accuracy(), 2), percent(full.validation().accuracy(), 2),
                        percent(full.train().accuracy() - full.validation().accuracy(), 2))
                .build();
        String sentence = "Trained on only " + small.trial().trainSize() + " images (full batch, "
                + small.history().last().epoch() + " epochs, no early stopping), the model reaches "
                + percent(small.train().accuracy(), 2) + " training accuracy but only "
                + percent(small.validation().accuracy(), 2) + " on the validation images: it memorizes its few "
                + "examples (overfitting). On " + full.trial().trainSize() + " images the gap shrinks to "
                + percent(full.train().accuracy() - full.validation().accuracy(), 2) + ".";
        numbers.put("overfitting.trainAccuracy", small.train().accuracy());
        numbers.put("overfitting.validationAccuracy", small.validation().accuracy());
        return new Section("overfitting", "A small training set overfits", List.of(new Paragraph(sentence), t,
                Figure.of("overfitting", "Training and validation accuracy per epoch on the small training set.",
                        org.hyperlab.report.training.TrainingFigures.accuracy(small.history(),
                                "Small training set: accuracy per epoch"))));
    }

    private static double finiteOr(double v) {
        return Double.isFinite(v) ? v : Double.MAX_VALUE;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
