package org.hyperlab.core.objective;

import java.util.List;

/**
 * The raw outcome of a 1-D descent: the history of finite points (epoch 0 = start) and, when w or J stopped
 * being finite, the epoch at which that happened.
 *
 * @param history          finite points, one per epoch from 0, up to the last finite one
 * @param divergedAtEpoch  the first epoch whose w or J is not finite, or null
 * @param epochs           the number of epochs asked for
 */
public record DescentTrace(List<DescentPoint> history, Integer divergedAtEpoch, int epochs) {
    public DescentTrace {
        history = List.copyOf(history);
    }

    /** The last finite point. */
    public DescentPoint last() { return history.get(history.size() - 1); }

    public boolean diverged() { return divergedAtEpoch != null; }
}
