package org.hyperlab.sweep.pruner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;

/**
 * Test fixture: a {@link PruningContext} over hand-made trials that records the attributes a pruner sets.
 * A trial's curve holds its intermediate values at steps 0, 1, …; a complete trial's value is its last one.
 */
final class RecordedContext implements PruningContext {
    private static int nextId = 1_000;
    private final Direction direction;
    private final TrialRecord trial;
    private final List<TrialRecord> others;
    final Map<String, String> set = new HashMap<>();

    RecordedContext(Direction direction, TrialRecord trial, List<TrialRecord> others) {
        this.direction = direction;
        this.trial = trial;
        this.others = others;
    }

    static TrialRecord trial(TrialState state, Map<String, String> attrs, double... curve) {
        TreeMap<Integer, Double> values = new TreeMap<>();
        for (int step = 0; step < curve.length; step++) {
            values.put(step, curve[step]);
        }
        int id = nextId++;
        Double value = state == TrialState.COMPLETE && curve.length > 0 ? curve[curve.length - 1] : null;
        return new TrialRecord(id, id, state, Map.of(), value, values, attrs, null, Instant.EPOCH, null);
    }

    static TrialRecord running(double... curve) {
        return trial(TrialState.RUNNING, Map.of(), curve);
    }

    static TrialRecord complete(double... curve) {
        return trial(TrialState.COMPLETE, Map.of(), curve);
    }

    @Override
    public Direction direction() { return direction; }

    @Override
    public TrialRecord trial() { return trial; }

    @Override
    public List<TrialRecord> studyTrials() {
        List<TrialRecord> all = new ArrayList<>(others);
        all.add(trial);
        return all;
    }

    @Override
    public void setTrialAttr(String key, String value) { set.put(key, value); }
}
