package org.hyperlab.report.assignment;

import java.util.Map;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.data.DatasetSplit;
import org.hyperlab.core.loss.SoftmaxCrossEntropy;
import org.hyperlab.core.metrics.ConfusionMatrix;
import org.hyperlab.core.model.ModelSpec;
import org.hyperlab.core.nn.Sequential;
import org.hyperlab.core.optim.Optimizer;
import org.hyperlab.core.optim.Optimizers;
import org.hyperlab.core.tensor.Precision;
import org.hyperlab.core.train.EarlyStopping;
import org.hyperlab.core.train.Evaluation;
import org.hyperlab.core.train.Evaluator;
import org.hyperlab.core.train.Trainer;
import org.hyperlab.core.train.TrainingConfig;
import org.hyperlab.core.train.TrainingHistory;

/**
 * One MNIST training run of the seed's architecture (Input → FullyConnected → softmax-cross-entropy, Xavier
 * uniform weights, Adam), composed from the core's {@link ModelSpec}, {@link Trainer} and {@link Evaluator}.
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
    /** Rows per forward pass when evaluating (any size gives the same predictions). */
    static final int EVAL_BATCH = 1000;

    /** The outcome: history, accuracies on each set, the test confusion matrix, and wall time. */
    record Result(MnistTrial trial, TrainingHistory history, Evaluation train, Evaluation validation, Evaluation test,
                  ConfusionMatrix confusion, double seconds) {
    }

    /** Trains on a seeded split of {@code full} (validation of {@code validationSize} rows) and evaluates. */
    Result run(Dataset full, int validationSize, Dataset test, long seed) {
        long start = System.nanoTime();
        DatasetSplit split = DatasetSplit.of(full, validationSize, trainSize, seed);
        ModelSpec spec = ModelSpec.of(full.featureCount(), full.numClasses()).withZscore(zscore)
                .withInit("xavier-uniform", "zeros").withPrecision(Precision.FLOAT32);
        Sequential model = spec.build(seed).fitInput(split.train().features()).network();
        Optimizer adam = Optimizers.create("adam", Map.of("lr", lr), model.parameters());
        TrainingConfig config = TrainingConfig.of(epochs, batchSize, seed);
        if (patience != null) {
            config = config.withEarlyStopping(EarlyStopping.onValidationLoss(patience, 0));
        }
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        TrainingHistory history = new Trainer(model, loss, adam, config).fit(split.train(), split.validation());
        Evaluation train = Evaluator.evaluate(model, loss, split.train(), EVAL_BATCH);
        Evaluation validation = Evaluator.evaluate(model, loss, split.validation(), EVAL_BATCH);
        Evaluation testEval = Evaluator.evaluate(model, loss, test, EVAL_BATCH);
        ConfusionMatrix confusion = new ConfusionMatrix(test.numClasses());
        for (int i = 0; i < test.size(); i++) {
            confusion.add(test.labels()[i], testEval.predictions()[i]);
        }
        return new Result(this, history, train, validation, testEval, confusion, (System.nanoTime() - start) / 1e9);
    }

    /** The model described for a reader. */
    static String architecture() {
        return "Input (784 pixels) → FullyConnected (784 × 10, Xavier-uniform weights, zero biases) → Softmax → "
                + "cross-entropy, trained with Adam";
    }
}
