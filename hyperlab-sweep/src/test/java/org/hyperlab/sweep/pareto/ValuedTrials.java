package org.hyperlab.sweep.pareto;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;

/** Trial records with given objective values, for the tests of dominance-based code. */
public final class ValuedTrials {
    private ValuedTrials() {
    }

    /** Trial {@code number} in {@code state} with {@code values} (none for a trial that is not complete). */
    public static TrialRecord trial(int number, TrialState state, double... values) {
        List<Double> v = java.util.Arrays.stream(values).boxed().toList();
        return new TrialRecord(number, number, state, Map.of(), v.isEmpty() ? null : v.get(0), new TreeMap<>(), Map.of(),
                null, Instant.EPOCH, Instant.EPOCH, v);
    }
}
