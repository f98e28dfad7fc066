package org.hyperlab.sweep.record;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
 * @param value        the value of objective 0 of a {@code COMPLETE} trial, else {@code null}
 * @param intermediate step to reported value (e.g. epoch to validation loss)
 * @param attrs        user and pruner attributes
 * @param message      the error message of a failed trial (or the reason of a diverged one), else {@code null}
 * @param started      when a worker claimed it, or {@code null}
 * @param finished     when it finished, or {@code null}
 * @param values       the value of every objective of a {@code COMPLETE} trial, objective 0 first ({@code value} is
 *                     its first element), else empty; {@code null} means {@code [value]} (or empty without a value)
 */
public record TrialRecord(long id, int number, TrialState state, Map<String, Object> params, Double value,
                          SortedMap<Integer, Double> intermediate, Map<String, String> attrs, String message,
                          Instant started, Instant finished, List<Double> values) {

    /** Copies the collections into unmodifiable ones. */
    public TrialRecord {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        intermediate = Collections.unmodifiableSortedMap(new TreeMap<>(intermediate));
        attrs = Collections.unmodifiableMap(new LinkedHashMap<>(attrs));
        values = values == null || values.isEmpty() ? (value == null ? List.of() : List.of(value)) : List.copyOf(values);
    }

    /** A trial of a single-objective study: {@code values} is {@code [value]}, or empty without a value. */
    public TrialRecord(long id, int number, TrialState state, Map<String, Object> params, Double value,
                       SortedMap<Integer, Double> intermediate, Map<String, String> attrs, String message,
                       Instant started, Instant finished) {
        this(id, number, state, params, value, intermediate, attrs, message, started, finished, null);
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
