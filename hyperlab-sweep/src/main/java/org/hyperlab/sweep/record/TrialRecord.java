package org.hyperlab.sweep.record;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable snapshot of a stored trial (the live, mutable handle is {@link org.hyperlab.sweep.Trial}).
 *
 * @param id           the storage's key of the trial
 * @param number       the trial's number within its study: 0, 1, 2, ... in creation order
 * @param state        its state
 * @param params       parameter name to external value ({@link Double}, {@link Integer}, or a categorical choice)
 * @param value        the objective value of a {@code COMPLETE} trial, else {@code null}
 * @param intermediate step to reported value (e.g. epoch to validation loss)
 * @param attrs        user and pruner attributes
 * @param message      the error message of a failed trial (or the reason of a diverged one), else {@code null}
 * @param started      when a worker claimed it, or {@code null}
 * @param finished     when it finished, or {@code null}
 */
public record TrialRecord(long id, int number, TrialState state, Map<String, Object> params, Double value,
                          SortedMap<Integer, Double> intermediate, Map<String, String> attrs, String message,
                          Instant started, Instant finished) {

    /** Copies the collections into unmodifiable ones. */
    public TrialRecord {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        intermediate = Collections.unmodifiableSortedMap(new TreeMap<>(intermediate));
        attrs = Collections.unmodifiableMap(new LinkedHashMap<>(attrs));
    }

    /** The last reported step, if any. */
    public OptionalInt lastStep() {
        return intermediate.isEmpty() ? OptionalInt.empty() : OptionalInt.of(intermediate.lastKey());
    }

    /** The run time in seconds, or NaN when not finished. */
    public double durationSeconds() {
        if (started == null || finished == null) {
            return Double.NaN;
        }
        return (finished.toEpochMilli() - started.toEpochMilli()) / 1000.0;
    }
}
