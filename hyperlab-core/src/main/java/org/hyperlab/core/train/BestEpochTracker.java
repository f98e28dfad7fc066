package org.hyperlab.core.train;

import java.util.List;
import org.hyperlab.core.nn.Parameter;

/**
 * Follows the monitored quantity epoch by epoch: the best epoch so far, the epochs since it, and (when the policy
 * restores the best weights) a snapshot of the parameters at the best epoch.
 */
final class BestEpochTracker {
    private final Monitor monitor;
    private final EarlyStopping policy;
    private final ParameterSnapshot snapshot;
    private double bestValue = Double.NaN;
    private int bestEpoch;
    private int epochsWithoutImprovement;

    /** Without a policy, any strict improvement counts (min-delta 0) and nothing is restored. */
    BestEpochTracker(Monitor monitor, EarlyStopping policy, List<Parameter> parameters) {
        this.monitor = monitor;
        this.policy = policy != null ? policy : new EarlyStopping(monitor, Integer.MAX_VALUE, 0.0, false);
        this.snapshot = policy != null && policy.restoreBest() ? new ParameterSnapshot(parameters) : null;
    }

    /** Records a finished epoch; the parameters must be those at the end of that epoch. */
    void record(EpochMetrics metrics) {
        double value = monitor.valueOf(metrics);
        if (policy.improves(value, bestValue)) {
            bestValue = value;
            bestEpoch = metrics.epoch();
            epochsWithoutImprovement = 0;
            if (snapshot != null) {
                snapshot.capture();
            }
        } else {
            epochsWithoutImprovement++;
        }
    }

    /** True once {@code patience} epochs in a row failed to improve. */
    boolean patienceExhausted() {
        return epochsWithoutImprovement > 0 && epochsWithoutImprovement >= policy.patience();
    }

    /** Copies the best epoch's parameters back, if the policy asks for it and some epoch finished. */
    void restoreBestIfRequested() {
        if (snapshot != null && bestEpoch > 0) {
            snapshot.restore();
        }
    }

    int bestEpoch() {
        return bestEpoch;
    }

    Monitor monitor() {
        return monitor;
    }
}
