package org.hyperlab.core.train;

/**
 * The early-stopping policy (Keras's {@code EarlyStopping}): an epoch improves on the best so far when the
 * monitored value beats it by more than {@code minDelta} (lower for losses, higher for accuracies); training stops
 * with {@link StopReason#EARLY_STOPPING} after {@code patience} consecutive epochs without improvement. With
 * {@code restoreBest}, the parameters of the best epoch are copied back when training ends, whatever the reason.
 */
public record EarlyStopping(Monitor monitor, int patience, double minDelta, boolean restoreBest) {
    public EarlyStopping {
        if (monitor == null) {
            throw new IllegalArgumentException("early stopping: a monitor is required");
        }
        if (patience < 0) {
            throw new IllegalArgumentException("early stopping: patience must be >= 0 epochs, got " + patience);
        }
        if (!(minDelta >= 0.0) || Double.isInfinite(minDelta)) {
            throw new IllegalArgumentException("early stopping: min-delta must be a finite number >= 0, got " + minDelta);
        }
    }

    /** Watches the validation loss, restoring the best weights. */
    public static EarlyStopping onValidationLoss(int patience, double minDelta) {
        return new EarlyStopping(Monitor.VALIDATION_LOSS, patience, minDelta, true);
    }

    /** True when {@code value} improves on {@code best} by more than min-delta. */
    public boolean improves(double value, double best) {
        if (Double.isNaN(best)) {
            return !Double.isNaN(value);
        }
        return monitor.maximize() ? value > best + minDelta : value < best - minDelta;
    }
}
