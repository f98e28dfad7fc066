package org.hyperlab.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.loss.Loss;
import org.hyperlab.core.metrics.Accuracy;
import org.hyperlab.core.nn.Layer;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.optim.Optimizer;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * The training loop. Each epoch: set the learning rate from the schedule, reshuffle the training rows (a
 * {@link SplittableRandom} seeded once per {@link #fit} call, so the same seed gives the same order), and for each
 * mini-batch zero the gradients, run forward, the loss, backward, and one optimizer step. Then evaluate the
 * validation set, record an {@link EpochMetrics}, tell the listeners, and decide whether to stop:
 * <ol>
 *   <li>{@link StopReason#DIVERGED}: a batch loss, the validation loss or a parameter is NaN or infinite (the
 *       epoch is not recorded, the history keeps every finite epoch before it); or the epoch's training loss
 *       exceeds {@link TrainingConfig#divergenceFactor()} times the first batch's loss (the epoch, finite, is
 *       recorded as the last one);</li>
 *   <li>{@link StopReason#EARLY_STOPPING}: the policy's patience ran out;</li>
 *   <li>{@link StopReason#CONVERGED}: |Δ training loss| &lt; tolerance between consecutive epochs;</li>
 *   <li>{@link StopReason#PRUNED}: a listener returned {@link TrainingListener.Action#STOP};</li>
 *   <li>{@link StopReason#MAX_EPOCHS}: the configured epochs ran.</li>
 * </ol>
 * The training loss of an epoch is the mean of its batch losses weighted by batch size; the training accuracy
 * counts argmax hits in the same forward passes (each row scored by the parameters before its own step). When
 * early stopping restores the best weights, they are copied back at the end, whatever the stop reason.
 * Batches are built in the precision of the model's first parameter (float32 for the default networks).
 */
public final class Trainer {
    private final Layer model;
    private final Loss loss;
    private final Optimizer optimizer;
    private final TrainingConfig config;
    private final List<TrainingListener> listeners = new ArrayList<>();
    private double initialLoss;

    public Trainer(Layer model, Loss loss, Optimizer optimizer, TrainingConfig config) {
        this.model = model;
        this.loss = loss;
        this.optimizer = optimizer;
        this.config = config;
    }

    /** Adds a listener; listeners are called in the order added. */
    public Trainer addListener(TrainingListener listener) {
        listeners.add(listener);
        return this;
    }

    /**
     * Trains on {@code train}, evaluating {@code validation} (may be null) after each epoch, and returns the
     * history. The model's parameters are left trained (or restored to the best epoch, see the class comment).
     */
    public TrainingHistory fit(Dataset train, Dataset validation) {
        EarlyStopping policy = config.earlyStopping();
        Monitor monitor = policy != null ? policy.monitor()
                : validation != null ? Monitor.VALIDATION_LOSS : Monitor.TRAIN_LOSS;
        if (monitor.needsValidation() && validation == null) {
            throw new IllegalArgumentException("early stopping monitors " + monitor.label()
                    + " but no validation data was given");
        }
        Precision precision = precisionOf(model, train);
        MiniBatches batches = new MiniBatches(train, config.batchSize(), precision);
        SplittableRandom random = new SplittableRandom(config.seed());
        List<Parameter> parameters = model.parameters();
        BestEpochTracker tracker = new BestEpochTracker(monitor, policy, parameters);
        double baseRate = optimizer.learningRate();
        List<EpochMetrics> epochs = new ArrayList<>();
        StopReason reason = StopReason.MAX_EPOCHS;
        int divergedAt = 0;
        initialLoss = Double.NaN;
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            long start = System.nanoTime();
            double rate = config.schedule().rate(epoch - 1, baseRate);
            optimizer.setLearningRate(rate);
            batches.shuffle(random);
            double[] trained = trainEpoch(epoch, batches, parameters, train.size());
            boolean finite = trained != null && allFinite(parameters);
            Evaluation validated = null;
            if (finite && validation != null) {
                validated = Evaluator.evaluate(model, loss, validation, config.batchSize(), precision);
                finite = Double.isFinite(validated.loss());
            }
            if (!finite) {
                reason = StopReason.DIVERGED;
                divergedAt = epoch;
                break;
            }
            EpochMetrics metrics = new EpochMetrics(epoch, trained[0],
                    validated == null ? Double.NaN : validated.loss(), trained[1],
                    validated == null ? Double.NaN : validated.accuracy(), (System.nanoTime() - start) / 1e9, rate);
            epochs.add(metrics);
            tracker.record(metrics);
            boolean stopRequested = notifyEpochEnd(metrics);
            if (exploded(metrics)) {
                reason = StopReason.DIVERGED;
                divergedAt = epoch;
            } else if (policy != null && tracker.patienceExhausted()) {
                reason = StopReason.EARLY_STOPPING;
            } else if (converged(epochs)) {
                reason = StopReason.CONVERGED;
            } else if (stopRequested) {
                reason = StopReason.PRUNED;
            } else {
                continue;
            }
            break;
        }
        tracker.restoreBestIfRequested();
        return new TrainingHistory(epochs, tracker.bestEpoch(), monitor, reason, divergedAt);
    }

    /** Runs one epoch of steps; returns {mean loss, accuracy}, or null as soon as a batch loss is not finite. */
    private double[] trainEpoch(int epoch, MiniBatches batches, List<Parameter> parameters, int rows) {
        double lossSum = 0.0;
        long correct = 0;
        int count = batches.count();
        for (int b = 0; b < count; b++) {
            MiniBatches.Batch batch = batches.batch(b);
            for (int p = 0; p < parameters.size(); p++) { // indexed loops: no iterator object per step
                parameters.get(p).zeroGrad();
            }
            Matrix outputs = model.forward(batch.features());
            double batchLoss = loss.forward(outputs, batch.targets());
            if (!Double.isFinite(batchLoss)) {
                return null;
            }
            if (Double.isNaN(initialLoss)) {
                initialLoss = batchLoss;
            }
            correct += Accuracy.countCorrect(outputs, batch.labels());
            model.backwardParameters(loss.backward());
            optimizer.step();
            lossSum += batchLoss * batch.size();
            for (int l = 0; l < listeners.size(); l++) {
                listeners.get(l).onBatchEnd(epoch, b, count);
            }
        }
        return new double[] {lossSum / rows, (double) correct / rows};
    }

    private boolean notifyEpochEnd(EpochMetrics metrics) {
        boolean stop = false;
        for (TrainingListener listener : listeners) {
            stop |= listener.onEpochEnd(metrics) == TrainingListener.Action.STOP;
        }
        return stop;
    }

    /** True when the epoch's training loss exceeds the divergence factor times the first batch's loss. */
    private boolean exploded(EpochMetrics metrics) {
        return config.divergenceFactor() > 0.0 && metrics.trainLoss() > config.divergenceFactor() * initialLoss;
    }

    private boolean converged(List<EpochMetrics> epochs) {
        int n = epochs.size();
        return config.tolerance() > 0.0 && n >= 2
                && Math.abs(epochs.get(n - 1).trainLoss() - epochs.get(n - 2).trainLoss()) < config.tolerance();
    }

    private static boolean allFinite(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            if (!p.value().allFinite()) {
                return false;
            }
        }
        return true;
    }

    /** The precision batches should have: that of the model's first parameter, else that of the data. */
    static Precision precisionOf(Layer model, Dataset data) {
        List<Parameter> parameters = model.parameters();
        return parameters.isEmpty() ? data.features().precision() : parameters.get(0).value().precision();
    }
}
