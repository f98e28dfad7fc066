package org.hyperlab.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.loss.SoftmaxCrossEntropy;
import org.hyperlab.core.nn.FullyConnected;
import org.hyperlab.core.nn.Layer;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.optim.Adam;
import org.hyperlab.core.optim.AdamConfig;
import org.hyperlab.core.optim.LearningRateSchedule;
import org.hyperlab.core.optim.Optimizer;
import org.hyperlab.core.optim.Sgd;
import org.hyperlab.core.optim.SgdConfig;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

class TrainerTest {
    /** Points in the plane with class 1 when x0 + x1 > 0; a margin of 0.5 keeps them linearly separable. */
    static Dataset separable(int rows, long seed, Precision precision) {
        Random random = new Random(seed);
        Matrix x = precision.zeros(rows, 2);
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            double a;
            double b;
            do {
                a = 4 * random.nextDouble() - 2;
                b = 4 * random.nextDouble() - 2;
            } while (Math.abs(a + b) < 0.5);
            x.set(i, 0, a);
            x.set(i, 1, b);
            labels[i] = a + b > 0 ? 1 : 0;
        }
        return new Dataset(x, labels, 2);
    }

    /** The same points with every label flipped: a validation set that gets worse as training succeeds. */
    static Dataset flipped(Dataset d) {
        int[] labels = d.labels().clone();
        for (int i = 0; i < labels.length; i++) {
            labels[i] = 1 - labels[i];
        }
        return new Dataset(d.features(), labels, 2);
    }

    private static List<double[]> values(Layer model) {
        List<double[]> out = new ArrayList<>();
        for (Parameter p : model.parameters()) {
            out.add(p.value().toFlatArray());
        }
        return out;
    }

    @Test
    void learnsALinearlySeparableProblemToFullAccuracyInBothPrecisions() {
        for (Precision precision : Precision.values()) {
            Dataset train = separable(60, 1, precision);
            Dataset validation = separable(30, 2, precision);
            FullyConnected model = new FullyConnected(2, 2, 3, precision);
            Optimizer adam = new Adam(model.parameters(), AdamConfig.of(0.05));
            TrainingHistory history = new Trainer(model, new SoftmaxCrossEntropy(), adam,
                    TrainingConfig.of(100, 8, 4)).fit(train, validation);
            assertEquals(StopReason.MAX_EPOCHS, history.stopReason());
            assertEquals(100, history.epochs().size());
            Evaluation trained = Evaluator.evaluate(model, new SoftmaxCrossEntropy(), train, 16);
            assertEquals(1.0, trained.accuracy(), 0.0, precision.toString());
            assertEquals(1.0, history.last().validationAccuracy(), 0.0, precision.toString());
            assertTrue(history.last().trainLoss() < 0.1 * history.epochs().get(0).trainLoss(), precision.toString());
            assertEquals(train.labels().length, trained.predictions().length);
            assertArrayEquals(train.labels(), trained.predictions());
        }
    }

    @Test
    void hugeLearningRateDivergesAndKeepsTheFiniteHistory() {
        // float32 overflows at ~3.4e38: epochs 1–2 run at lr 0.1, the step schedule makes epoch 3 run at 1e299
        Dataset train = separable(40, 5, Precision.FLOAT32);
        FullyConnected model = new FullyConnected(2, 2, 6, Precision.FLOAT32);
        Optimizer sgd = new Sgd(model.parameters(), SgdConfig.plain(0.1));
        TrainingConfig config = TrainingConfig.of(10, 8, 7).withSchedule(LearningRateSchedule.step(2, 1e300));
        TrainingHistory history = new Trainer(model, new SoftmaxCrossEntropy(), sgd, config).fit(train, null);
        assertEquals(StopReason.DIVERGED, history.stopReason());
        assertTrue(history.diverged());
        assertEquals(3, history.divergedAtEpoch());
        assertEquals(2, history.epochs().size());
        for (EpochMetrics m : history.epochs()) {
            assertTrue(Double.isFinite(m.trainLoss()) && Double.isFinite(m.trainAccuracy()));
        }
        assertEquals(0.1, history.epochs().get(1).learningRate(), 0.0);
    }

    @Test
    void hugeLearningRateFromTheStartDivergesInTheFirstEpoch() {
        Dataset train = separable(40, 5, Precision.FLOAT32);
        FullyConnected model = new FullyConnected(2, 2, 6, Precision.FLOAT32);
        Optimizer sgd = new Sgd(model.parameters(), SgdConfig.plain(1e300));
        TrainingHistory history = new Trainer(model, new SoftmaxCrossEntropy(), sgd,
                TrainingConfig.of(5, 8, 7)).fit(train, null);
        assertEquals(StopReason.DIVERGED, history.stopReason());
        assertEquals(1, history.divergedAtEpoch());
        assertTrue(history.epochs().isEmpty());
        assertEquals(0, history.bestEpoch());
    }

    @Test
    void aFiniteButExplodingLossCountsAsDivergedAndIsRecorded() {
        // random labels cannot be fitted; with lr 1e6 the logits reach ~1e6 and so does the loss (float64: finite)
        Dataset noise = separable(40, 21, Precision.FLOAT64);
        Random random = new Random(22);
        int[] labels = new int[noise.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = random.nextInt(2);
        }
        Dataset unlearnable = new Dataset(noise.features(), labels, 2);
        FullyConnected model = new FullyConnected(2, 2, 23, Precision.FLOAT64);
        TrainingHistory history = new Trainer(model, new SoftmaxCrossEntropy(),
                new Sgd(model.parameters(), SgdConfig.plain(1e6)), TrainingConfig.of(5, 8, 1)).fit(unlearnable, null);
        assertEquals(StopReason.DIVERGED, history.stopReason());
        assertEquals(1, history.divergedAtEpoch());
        assertEquals(1, history.epochs().size());
        assertTrue(history.epochs().get(0).trainLoss() > 10 * Math.log(2)); // first batch loss ≈ ln 2 (small weights)

        FullyConnected same = new FullyConnected(2, 2, 23, Precision.FLOAT64);
        TrainingHistory unchecked = new Trainer(same, new SoftmaxCrossEntropy(),
                new Sgd(same.parameters(), SgdConfig.plain(1e6)), TrainingConfig.of(5, 8, 1).withDivergenceFactor(0))
                .fit(unlearnable, null);
        assertEquals(StopReason.MAX_EPOCHS, unchecked.stopReason(), "factor 0 turns the rule off");
        assertThrows(IllegalArgumentException.class, () -> TrainingConfig.of(1, 1, 1).withDivergenceFactor(0.5));
    }

    @Test
    void earlyStoppingWaitsPatienceEpochsThenRestoresTheBestWeights() {
        Dataset train = separable(40, 8, Precision.FLOAT64);
        FullyConnected model = new FullyConnected(2, 2, 9, Precision.FLOAT64);
        List<List<double[]>> weightsAfterEpoch = new ArrayList<>();
        weightsAfterEpoch.add(null);
        TrainingListener recorder = new TrainingListener() {
            @Override
            public Action onEpochEnd(EpochMetrics metrics) {
                weightsAfterEpoch.add(values(model));
                return Action.CONTINUE;
            }
        };
        // full-batch gradient descent: the flipped validation loss rises every epoch after the first
        Optimizer sgd = new Sgd(model.parameters(), SgdConfig.plain(0.5));
        TrainingConfig config = TrainingConfig.of(50, 1000, 1).withEarlyStopping(EarlyStopping.onValidationLoss(2, 0.0));
        TrainingHistory history = new Trainer(model, new SoftmaxCrossEntropy(), sgd, config)
                .addListener(recorder).fit(train, flipped(train));
        assertEquals(StopReason.EARLY_STOPPING, history.stopReason());
        assertEquals(1, history.bestEpoch());
        assertEquals(3, history.epochs().size());                 // best at 1, then 2 epochs without improvement
        assertTrue(history.epochs().get(2).validationLoss() > history.epochs().get(0).validationLoss());
        List<double[]> now = values(model);
        for (int i = 0; i < now.size(); i++) {
            assertArrayEquals(weightsAfterEpoch.get(1).get(i), now.get(i), 0.0);
            assertFalse(java.util.Arrays.equals(weightsAfterEpoch.get(3).get(i), now.get(i)));
        }
    }

    @Test
    void minDeltaIgnoresTinyImprovements() {
        EarlyStopping policy = new EarlyStopping(Monitor.TRAIN_LOSS, 1, 0.1, false);
        assertFalse(policy.improves(0.95, 1.0));
        assertTrue(policy.improves(0.85, 1.0));
        EarlyStopping accuracy = new EarlyStopping(Monitor.VALIDATION_ACCURACY, 1, 0.01, false);
        assertTrue(accuracy.improves(0.9, 0.85));
        assertFalse(accuracy.improves(0.855, 0.85));
    }

    @Test
    void sameSeedGivesTheSameHistoryNumberForNumber() {
        List<TrainingHistory> runs = new ArrayList<>();
        List<List<double[]>> weights = new ArrayList<>();
        for (long seed : new long[] {11, 11, 12}) {
            FullyConnected model = new FullyConnected(2, 2, 3, Precision.FLOAT32);
            Optimizer adam = new Adam(model.parameters(), AdamConfig.of(0.01));
            runs.add(new Trainer(model, new SoftmaxCrossEntropy(), adam, TrainingConfig.of(5, 7, seed))
                    .fit(separable(50, 1, Precision.FLOAT32), separable(20, 2, Precision.FLOAT32)));
            weights.add(values(model));
        }
        for (int e = 0; e < 5; e++) {
            EpochMetrics a = runs.get(0).epochs().get(e);
            EpochMetrics b = runs.get(1).epochs().get(e);
            assertEquals(a.trainLoss(), b.trainLoss(), 0.0);
            assertEquals(a.validationLoss(), b.validationLoss(), 0.0);
            assertEquals(a.trainAccuracy(), b.trainAccuracy(), 0.0);
            assertEquals(a.validationAccuracy(), b.validationAccuracy(), 0.0);
        }
        assertArrayEquals(weights.get(0).get(0), weights.get(1).get(0), 0.0);
        assertNotEquals(runs.get(0).epochs().get(0).trainLoss(), runs.get(2).epochs().get(0).trainLoss(),
                "another seed shuffles differently");
    }

    @Test
    void trainLossIsTheBatchSizeWeightedMeanOfBatchLosses() {
        // lr 0 leaves the model fixed, so the epoch's weighted mean over batches of 3, 3, 1 rows must equal
        // the mean over all 7 rows (an unweighted mean of the three batch means would not)
        Dataset train = separable(7, 13, Precision.FLOAT64);
        FullyConnected model = new FullyConnected(2, 2, 14, Precision.FLOAT64);
        Optimizer frozen = new Sgd(model.parameters(), SgdConfig.plain(0.0));
        TrainingHistory history = new Trainer(model, new SoftmaxCrossEntropy(), frozen,
                TrainingConfig.of(1, 3, 15)).fit(train, null);
        Evaluation whole = Evaluator.evaluate(model, new SoftmaxCrossEntropy(), train, 7);
        assertEquals(whole.loss(), history.epochs().get(0).trainLoss(), 1e-15);
        assertEquals(whole.accuracy(), history.epochs().get(0).trainAccuracy(), 0.0);
    }

    @Test
    void toleranceStopsOnceTheTrainingLossStopsChanging() {
        Dataset train = separable(20, 16, Precision.FLOAT64);
        FullyConnected model = new FullyConnected(2, 2, 17, Precision.FLOAT64);
        Optimizer frozen = new Sgd(model.parameters(), SgdConfig.plain(0.0)); // Δ loss = 0 < tolerance
        TrainingHistory history = new Trainer(model, new SoftmaxCrossEntropy(), frozen,
                TrainingConfig.of(100, 1000, 1).withTolerance(1e-6)).fit(train, null);
        assertEquals(StopReason.CONVERGED, history.stopReason());
        assertEquals(2, history.epochs().size());
    }

    @Test
    void aListenerCanPruneAndSeesEveryBatch() {
        int[] batchCalls = {0};
        TrainingListener pruner = new TrainingListener() {
            @Override
            public void onBatchEnd(int epoch, int batchIndex, int batchCount) {
                assertEquals(3, batchCount);
                assertEquals(batchCalls[0] % 3, batchIndex);
                batchCalls[0]++;
            }

            @Override
            public Action onEpochEnd(EpochMetrics metrics) {
                return metrics.epoch() == 2 ? Action.STOP : Action.CONTINUE;
            }
        };
        FullyConnected model = new FullyConnected(2, 2, 1, Precision.FLOAT64);
        TrainingHistory history = new Trainer(model, new SoftmaxCrossEntropy(),
                new Sgd(model.parameters(), SgdConfig.plain(0.1)), TrainingConfig.of(10, 4, 1))
                .addListener(pruner).fit(separable(10, 1, Precision.FLOAT64), null);
        assertEquals(StopReason.PRUNED, history.stopReason());
        assertEquals(2, history.epochs().size());
        assertEquals(6, batchCalls[0]);
    }

    @Test
    void scheduleSetsEachEpochsLearningRate() {
        FullyConnected model = new FullyConnected(2, 2, 1, Precision.FLOAT64);
        Optimizer sgd = new Sgd(model.parameters(), SgdConfig.plain(0.8));
        TrainingHistory history = new Trainer(model, new SoftmaxCrossEntropy(), sgd,
                TrainingConfig.of(3, 5, 1).withSchedule(LearningRateSchedule.exponential(0.5)))
                .fit(separable(10, 1, Precision.FLOAT64), null);
        assertEquals(0.8, history.epochs().get(0).learningRate(), 0.0);
        assertEquals(0.4, history.epochs().get(1).learningRate(), 0.0);
        assertEquals(0.2, history.epochs().get(2).learningRate(), 0.0);
        assertEquals(Monitor.TRAIN_LOSS, history.monitor());
    }

    @Test
    void monitoringValidationWithoutValidationDataIsRejected() {
        FullyConnected model = new FullyConnected(2, 2, 1, Precision.FLOAT64);
        Trainer trainer = new Trainer(model, new SoftmaxCrossEntropy(),
                new Sgd(model.parameters(), SgdConfig.plain(0.1)),
                TrainingConfig.of(3, 5, 1).withEarlyStopping(EarlyStopping.onValidationLoss(2, 0)));
        assertEquals("early stopping monitors validation-loss but no validation data was given",
                assertThrows(IllegalArgumentException.class,
                        () -> trainer.fit(separable(10, 1, Precision.FLOAT64), null)).getMessage());
    }

    @Test
    void configValidation() {
        assertThrows(IllegalArgumentException.class, () -> TrainingConfig.of(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> TrainingConfig.of(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> TrainingConfig.of(1, 1, 1).withTolerance(-1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EarlyStopping.onValidationLoss(-1, 0))
                .getMessage().contains("patience must be >= 0"));
        assertEquals(Monitor.VALIDATION_LOSS, Monitor.parse("val_loss"));
        assertThrows(IllegalArgumentException.class, () -> Monitor.parse("f1"));
    }
}
