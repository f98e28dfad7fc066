package org.hyperlab.core.train;

import org.hyperlab.core.optim.LearningRateSchedule;

/**
 * How {@link Trainer} runs: at most {@code epochs} epochs of mini-batches of {@code batchSize} rows (any size
 * from 1; a size at or above the training-set size is full-batch; the last, partial batch of an epoch is kept),
 * the training order reshuffled every epoch from {@code seed}, the learning rate set every epoch by
 * {@code schedule}, an optional {@code earlyStopping} policy (null for none), and a {@code tolerance}: training
 * stops with {@link StopReason#CONVERGED} once |training loss − previous epoch's training loss| &lt; tolerance
 * (0 disables the rule).
 *
 * <p>{@code divergenceFactor}: besides NaN or infinite values, training counts as diverged once an epoch's
 * training loss exceeds {@code divergenceFactor} times the loss of the very first batch (the untrained model's
 * loss, about ln 10 ≈ 2.3 for ten classes): a stable softmax keeps an exploding run finite, but a loss that
 * large means the steps are far too big. 0 disables the rule; the default is {@value #DEFAULT_DIVERGENCE_FACTOR}.
 */
public record TrainingConfig(int epochs, int batchSize, long seed, LearningRateSchedule schedule,
                             EarlyStopping earlyStopping, double tolerance, double divergenceFactor) {
    /** Default of {@code divergenceFactor}. */
    public static final double DEFAULT_DIVERGENCE_FACTOR = 10.0;

    /**
     * Most epochs of one run: 10,000 MNIST epochs are days of work; a larger count is a typo, refused before the
     * data is read.
     */
    public static final int MAX_EPOCHS = 10_000;

    public TrainingConfig {
        requireEpochs(epochs);
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        if (schedule == null) {
            schedule = LearningRateSchedule.constant();
        }
        if (!(tolerance >= 0.0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= 0, got " + tolerance);
        }
        if (!(divergenceFactor == 0.0 || divergenceFactor > 1.0) || Double.isInfinite(divergenceFactor)) {
            throw new IllegalArgumentException("divergence factor must be 0 (off) or a finite number > 1, got "
                    + divergenceFactor);
        }
    }

    /** Checks an epoch count (1 to {@link #MAX_EPOCHS}) before anything derived from it, such as a schedule, is built. */
    public static int requireEpochs(int epochs) {
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            throw new IllegalArgumentException("epochs: expected 1.." + MAX_EPOCHS + ", got " + epochs);
        }
        return epochs;
    }

    /** With the default divergence factor. */
    public TrainingConfig(int epochs, int batchSize, long seed, LearningRateSchedule schedule,
                          EarlyStopping earlyStopping, double tolerance) {
        this(epochs, batchSize, seed, schedule, earlyStopping, tolerance, DEFAULT_DIVERGENCE_FACTOR);
    }

    /** A constant rate, no early stopping, no tolerance rule, the default divergence factor. */
    public static TrainingConfig of(int epochs, int batchSize, long seed) {
        return new TrainingConfig(epochs, batchSize, seed, LearningRateSchedule.constant(), null, 0.0);
    }

    public TrainingConfig withSchedule(LearningRateSchedule schedule) {
        return new TrainingConfig(epochs, batchSize, seed, schedule, earlyStopping, tolerance, divergenceFactor);
    }

    public TrainingConfig withEarlyStopping(EarlyStopping earlyStopping) {
        return new TrainingConfig(epochs, batchSize, seed, schedule, earlyStopping, tolerance, divergenceFactor);
    }

    public TrainingConfig withTolerance(double tolerance) {
        return new TrainingConfig(epochs, batchSize, seed, schedule, earlyStopping, tolerance, divergenceFactor);
    }

    public TrainingConfig withDivergenceFactor(double divergenceFactor) {
        return new TrainingConfig(epochs, batchSize, seed, schedule, earlyStopping, tolerance, divergenceFactor);
    }
}
