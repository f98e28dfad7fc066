package org.hyperlab.core.train;

import org.hyperlab.core.optim.LearningRateSchedule;

/**
 * How {@link Trainer} runs: at most {@code epochs} epochs of mini-batches of {@code batchSize} rows (any size
 * from 1; a size at or above the training-set size is full-batch; the last, partial batch of an epoch is kept),
 * the training order reshuffled every epoch from {@code seed}, the learning rate set every epoch by
 * {@code schedule}, an optional {@code earlyStopping} policy (null for none), and a {@code tolerance}: training
 * stops with {@link StopReason#CONVERGED} once |training loss − previous epoch's training loss| &lt; tolerance
 * (0 disables the rule).
 */
public record TrainingConfig(int epochs, int batchSize, long seed, LearningRateSchedule schedule,
                             EarlyStopping earlyStopping, double tolerance) {
    public TrainingConfig {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        if (schedule == null) {
            schedule = LearningRateSchedule.constant();
        }
        if (!(tolerance >= 0.0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= 0, got " + tolerance);
        }
    }

    /** A constant rate, no early stopping, no tolerance rule. */
    public static TrainingConfig of(int epochs, int batchSize, long seed) {
        return new TrainingConfig(epochs, batchSize, seed, LearningRateSchedule.constant(), null, 0.0);
    }

    public TrainingConfig withSchedule(LearningRateSchedule schedule) {
        return new TrainingConfig(epochs, batchSize, seed, schedule, earlyStopping, tolerance);
    }

    public TrainingConfig withEarlyStopping(EarlyStopping earlyStopping) {
        return new TrainingConfig(epochs, batchSize, seed, schedule, earlyStopping, tolerance);
    }

    public TrainingConfig withTolerance(double tolerance) {
        return new TrainingConfig(epochs, batchSize, seed, schedule, earlyStopping, tolerance);
    }
}
