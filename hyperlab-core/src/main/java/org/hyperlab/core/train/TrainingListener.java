package org.hyperlab.core.train;

/**
 * Observes training: progress bars, live reports, sweep pruners. Both callbacks run on the training thread;
 * keep them cheap. Returning {@link Action#STOP} from {@link #onEpochEnd} ends training after that epoch with
 * {@link StopReason#PRUNED} (unless another stop reason applies to the same epoch first).
 */
public interface TrainingListener {
    /** What the trainer should do after an epoch. */
    enum Action { CONTINUE, STOP }

    /** Called after each optimizer step; {@code batchIndex} counts from 0 within the epoch (counted from 1). */
    default void onBatchEnd(int epoch, int batchIndex, int batchCount) {
    }

    /** Called with each finished, finite epoch's metrics. */
    default Action onEpochEnd(EpochMetrics metrics) {
        return Action.CONTINUE;
    }
}
