package org.hyperlab.report.assignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.data.MnistData;
import org.hyperlab.core.data.MnistRepository;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.report.text.Numbers;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.pruner.NopPruner;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.sampler.GridSampler;
import org.hyperlab.sweep.space.CategoricalDistribution;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.space.SearchSpace;
import org.hyperlab.sweep.storage.InMemoryStudyStorage;

/**
 * Runs section 6's experiments in order, each decision feeding the next: (1) learning rate × batch size as a
 * grid study with the sweep engine (validation loss, minimized), (2) z-scoring on/off, (3) the small-training-set
 * run that overfits, and (4) early-stopping patience on the full training set, whose chosen run is the final
 * model, scored on the untouched test set. Comparisons (1)–(2) train on a seeded subset to keep them fast.
 */
final class MnistStudy {
    /** Learning rates compared. */
    static final List<Double> LEARNING_RATES = List.of(1e-4, 1e-3, 1e-2);
    /** Patience values compared. */
    static final List<Integer> PATIENCES = List.of(2, 5, 10);
    /** A patience whose validation loss is within this relative margin of the best counts as good enough. */
    static final double PATIENCE_MARGIN = 0.005;

    /** Everything section 6 reports. */
    record Results(int fullTrainRows, int testRows, List<MnistTrial.Result> grid, List<TrialRecord> gridTrials,
                   MnistTrial.Result chosenGrid, List<MnistTrial.Result> zscore, MnistTrial.Result chosenZscore,
                   List<MnistTrial.Result> patience, MnistTrial.Result chosenPatience, MnistTrial.Result small,
                   MnistTrial.Result full) {
    }

    private final AssignmentSettings settings;
    private final Progress progress;

    MnistStudy(AssignmentSettings settings, Progress progress) {
        this.settings = settings;
        this.progress = progress;
    }

    Results run() {
        MnistData mnist = settings.dataDir() != null
                ? MnistRepository.loadFrom(settings.dataDir(), Precision.FLOAT32)
                : MnistRepository.standard().load(Precision.FLOAT32, line -> progress.report("MNIST: " + line));
        Dataset full = mnist.train();
        Dataset test = mnist.test();
        int validation = settings.validationSize();
        int compare = Math.min(settings.compareTrainSize(), full.size() - validation);

        List<MnistTrial.Result> grid = new ArrayList<>();
        List<TrialRecord> gridTrials = gridStudy(full, test, compare, grid);
        MnistTrial.Result chosenGrid = best(grid);
        double lr = chosenGrid.trial().lr();
        int batch = chosenGrid.trial().batchSize();

        List<MnistTrial.Result> zscore = new ArrayList<>();
        for (boolean z : List.of(true, false)) {
            zscore.add(run(new MnistTrial("z-scoring " + (z ? "on" : "off"), compare, lr, batch, z,
                    settings.compareEpochs(), null), full, test));
        }
        MnistTrial.Result chosenZscore = best(zscore);
        boolean z = chosenZscore.trial().zscore();

        MnistTrial.Result small = run(new MnistTrial("small training set", settings.smallTrainSize(), lr,
                settings.smallTrainSize(), z, settings.smallEpochs(), null), full, test);

        // patience is compared on the full training set: the run with the chosen patience is the final model
        int trainRows = settings.trainSize() != null ? Math.min(settings.trainSize(), full.size() - validation)
                : full.size() - validation;
        List<MnistTrial.Result> patience = new ArrayList<>();
        for (int p : PATIENCES) {
            patience.add(run(new MnistTrial("patience " + p, trainRows, lr, batch, z, settings.epochs(), p), full, test));
        }
        MnistTrial.Result chosenPatience = smallestGoodEnough(patience);
        MnistTrial.Result fullRun = chosenPatience;
        return new Results(full.size(), test.size(), grid, gridTrials, chosenGrid, zscore, chosenZscore, patience,
                chosenPatience, small, fullRun);
    }

    /** Learning rate × batch size with the sweep engine's grid sampler; results in the order of the grid. */
    private List<TrialRecord> gridStudy(Dataset full, Dataset test, int rows, List<MnistTrial.Result> out) {
        Map<String, Distribution> params = new LinkedHashMap<>();
        params.put("lr", new CategoricalDistribution(new ArrayList<>(LEARNING_RATES)));
        params.put("batch", new CategoricalDistribution(new ArrayList<>(batchSizes(rows))));
        SearchSpace space = new SearchSpace(params);
        Study study = Study.create(new InMemoryStudyStorage(), "lr-batch", new ObjectiveSpec("validation-loss",
                Direction.MINIMIZE), settings.seed(), new GridSampler(space, settings.seed()), new NopPruner());
        Map<String, MnistTrial.Result> byKey = new LinkedHashMap<>();
        int total = LEARNING_RATES.size() * batchSizes(rows).size();
        study.optimize(trial -> {
            double lr = ((Number) trial.suggestCategorical("lr", LEARNING_RATES)).doubleValue();
            int batch = ((Number) trial.suggestCategorical("batch", batchSizes(rows))).intValue();
            MnistTrial.Result r = run(new MnistTrial(label(lr, batch, rows), rows, lr, batch, true,
                    settings.compareEpochs(), null), full, test);
            byKey.put(lr + "/" + batch, r);
            return r.validation().loss();
        }, total, 1);
        for (double lr : LEARNING_RATES) {
            for (int batch : batchSizes(rows)) {
                out.add(byKey.get(lr + "/" + batch));
            }
        }
        return study.trials();
    }

    static List<Integer> batchSizes(int rows) {
        return List.of(32, 128, rows);
    }

    static String label(double lr, int batch, int rows) {
        return "lr " + Numbers.compact(lr) + ", " + batchLabel(batch, rows);
    }

    static String batchLabel(int batch, int rows) {
        return batch >= rows ? "full batch (" + rows + ")" : "batch " + batch;
    }

    private MnistTrial.Result run(MnistTrial trial, Dataset full, Dataset test) {
        progress.report("MNIST: " + trial.label() + " (" + trial.trainSize() + " training rows, up to " + trial.epochs()
                + " epochs)");
        MnistTrial.Result r = trial.run(full, settings.validationSize(), test, settings.seed());
        progress.report("MNIST: " + trial.label() + ": validation loss " + Numbers.compact(r.validation().loss())
                + ", validation accuracy " + Numbers.percent(r.validation().accuracy(), 2) + " ("
                + Numbers.fixed(r.seconds(), 1) + " s)");
        return r;
    }

    /** Lowest validation loss; non-finite losses (divergence) never win; the first of equals wins. */
    static MnistTrial.Result best(List<MnistTrial.Result> results) {
        MnistTrial.Result best = null;
        for (MnistTrial.Result r : results) {
            double v = r.validation().loss();
            if (Double.isFinite(v) && (best == null || v < best.validation().loss())) {
                best = r;
            }
        }
        return best != null ? best : results.get(0);
    }

    /** The smallest patience whose validation loss is within {@link #PATIENCE_MARGIN} of the best one. */
    static MnistTrial.Result smallestGoodEnough(List<MnistTrial.Result> results) {
        double bestLoss = best(results).validation().loss();
        for (MnistTrial.Result r : results) {
            if (r.validation().loss() <= bestLoss * (1 + PATIENCE_MARGIN)) {
                return r;
            }
        }
        return best(results);
    }
}
