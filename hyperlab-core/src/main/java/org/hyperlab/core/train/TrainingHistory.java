package org.hyperlab.core.train;

import java.util.List;

/**
 * The result of {@link Trainer#fit}: every finished epoch's metrics in order, the best epoch (1-based, 0 when no
 * epoch finished) by the monitored quantity (early stopping's monitor; otherwise validation loss when validation
 * data was given, else training loss), why training stopped, and the epoch in which it diverged (0 if it did
 * not). An epoch with a NaN or infinite value is not in {@code epochs} (the history ends with the last finite
 * epoch); an epoch whose finite loss exploded ({@link TrainingConfig#divergenceFactor()}) is its last entry.
 */
public record TrainingHistory(List<EpochMetrics> epochs, int bestEpoch, Monitor monitor, StopReason stopReason,
                              int divergedAtEpoch) {
    public TrainingHistory {
        epochs = List.copyOf(epochs);
    }

    public boolean diverged() {
        return stopReason == StopReason.DIVERGED;
    }

    /** The best epoch's metrics, or null when no epoch finished. */
    public EpochMetrics best() {
        return bestEpoch == 0 ? null : epochs.get(bestEpoch - 1);
    }

    /** The last finished epoch's metrics, or null when no epoch finished. */
    public EpochMetrics last() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }
}
