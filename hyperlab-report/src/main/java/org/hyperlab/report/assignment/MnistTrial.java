package org.hyperlab.report.assignment;

import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.data.DatasetSplit;
import org.hyperlab.core.metrics.ConfusionMatrix;
import org.hyperlab.core.model.ModelSpec;
import org.hyperlab.core.run.FinalScores;
import org.hyperlab.core.run.OptimizerSpec;
import org.hyperlab.core.run.RunData;
import org.hyperlab.core.run.TrainingData;
import org.hyperlab.core.run.TrainingRun;
import org.hyperlab.core.run.TrainingRunResult;
import org.hyperlab.core.run.TrainingRunSpec;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.train.EarlyStopping;
import org.hyperlab.core.train.Evaluation;
import org.hyperlab.core.train.TrainingConfig;
import org.hyperlab.core.train.TrainingHistory;

/**
 * One MNIST training run of the seed's architecture (Input → FullyConnected → softmax-cross-entropy, Xavier
 * uniform weights, Adam), run through the core's training-run API ({@link TrainingRun}) on a split the caller holds.
 *
 * @param label          a short name ("lr 1e-3, batch 128")
 * @param trainSize      training rows (seeded subset of what is left after validation)
 * @param lr             Adam's learning rate
 * @param batchSize      rows per step (≥ trainSize: full batch)
 * @param zscore         z-score the pixels with training statistics
 * @param epochs         maximum epochs
 * @param patience       early-stopping patience on validation loss (restoring the best weights), or null
 */
record MnistTrial(String label, int trainSize, double lr, int batchSize, boolean zscore, int epochs, Integer patience) {
    /** The outcome: history, accuracies on each set, the test confusion matrix, and wall time. */
    record Result(MnistTrial trial, TrainingHistory history, Evaluation train, Evaluation validation, Evaluation test,
                  ConfusionMatrix confusion, double seconds) {
    }

    /** Trains on a seeded split of {@code full} (validation of {@code validationSize} rows) and evaluates. */
    Result run(Dataset full, int validationSize, Dataset test, long seed) {
        long start = System.nanoTime();
        DatasetSplit split = DatasetSplit.of(full, validationSize, trainSize, seed);
        TrainingRunResult r = TrainingRun.prepare(spec(split, test, seed), line -> { }).execute();
        FinalScores scores = r.scores();
        return new Result(this, r.history(), scores.train(), scores.validation(), scores.test(), scores.confusion(),
                (System.nanoTime() - start) / 1e9);
    }

    /** The run this trial describes, on the given split. */
    TrainingRunSpec spec(DatasetSplit split, Dataset test, long seed) {
        Dataset train = split.train();
        ModelSpec model = ModelSpec.of(train.featureCount(), train.numClasses()).withZscore(zscore)
                .withInit("xavier-uniform", "zeros").withPrecision(Precision.FLOAT32);
        TrainingConfig config = TrainingConfig.of(epochs, batchSize, seed);
        if (patience != null) {
            config = config.withEarlyStopping(EarlyStopping.onValidationLoss(patience, 0));
        }
        return new TrainingRunSpec(new RunData.Given(TrainingData.given(train, split.validation(), test)), model,
                OptimizerSpec.adam(lr), config, null);
    }

    /** The model described for a reader. */
    static String architecture() {
        return "Input (784 pixels) → FullyConnected (784 × 10, Xavier-uniform weights, zero biases) → Softmax → "
                + "cross-entropy, trained with Adam";
    }
}
