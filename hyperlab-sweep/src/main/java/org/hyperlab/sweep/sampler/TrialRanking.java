package org.hyperlab.sweep.sampler;

import java.util.Comparator;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;

/**
 * The order in which TPE ranks finished trials, best first, following Optuna: complete trials by value; then
 * pruned trials, those that got further (higher last step) first, ties broken by the value at their last step;
 * then diverged trials, which rank worst (a divergence is a bad result, not a missing one).
 */
final class TrialRanking {
    private TrialRanking() {
    }

    static Comparator<TrialRecord> bestFirst(Direction direction) {
        return Comparator.comparingInt(TrialRanking::category)
                .thenComparingInt(t -> t.state() == TrialState.PRUNED ? -t.lastStep().orElse(-1) : 0)
                .thenComparingDouble(t -> minimized(t, direction))
                .thenComparingInt(TrialRecord::number);
    }

    private static int category(TrialRecord t) {
        return switch (t.state()) {
            case COMPLETE -> 0;
            case PRUNED -> 1;
            default -> 2;
        };
    }

    private static double minimized(TrialRecord t, Direction direction) {
        Double v = switch (t.state()) {
            case COMPLETE -> t.value();
            case PRUNED -> t.intermediate().isEmpty() ? null : t.intermediate().get(t.intermediate().lastKey());
            default -> null;
        };
        if (v == null || v.isNaN()) {
            return Double.POSITIVE_INFINITY;
        }
        return direction.toMinimized(v);
    }
}
