package org.hyperlab.sweep.sampler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.hyperlab.sweep.record.Seeds;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.SearchSpace;

/** A storage-free sequential loop over {@link Sampler#sampleJoint} (as the sweep objectives use it), minimizing. */
public final class JointLoop {
    private JointLoop() {
    }

    /** Runs {@code trials} trials and returns them, COMPLETE (or DIVERGED for a non-finite value). */
    public static List<TrialRecord> run(Sampler sampler, SearchSpace space, long seed, int trials,
                                        ToDoubleFunction<Map<String, Object>> f) {
        List<TrialRecord> history = new ArrayList<>();
        for (int n = 0; n < trials; n++) {
            SamplingContext ctx = new SamplingContext(n, Seeds.trialSeed(seed, n), Direction.MINIMIZE, history);
            Map<String, Object> params = sampler.sampleJoint(ctx, space);
            double v = f.applyAsDouble(params);
            history.add(record(n, Double.isFinite(v) ? TrialState.COMPLETE : TrialState.DIVERGED, params,
                    Double.isFinite(v) ? v : null));
        }
        return history;
    }

    /** A trial record without steps or times. */
    public static TrialRecord record(int number, TrialState state, Map<String, Object> params, Double value) {
        return new TrialRecord(number, number, state, params, value, new TreeMap<>(), Map.of(), null, Instant.EPOCH,
                Instant.EPOCH);
    }

    /** The lowest complete value. */
    public static double best(List<TrialRecord> history) {
        return history.stream().filter(t -> t.value() != null).mapToDouble(TrialRecord::value).min()
                .orElse(Double.POSITIVE_INFINITY);
    }

    /** {@code x0, x1, ...} uniform on [low, high]. */
    public static SearchSpace box(int n, double low, double high) {
        Map<String, org.hyperlab.sweep.space.Distribution> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put("x" + i, FloatDistribution.uniform(low, high));
        }
        return new SearchSpace(m);
    }

    /** Parameter {@code x<i>} as a double. */
    public static double x(Map<String, Object> p, int i) {
        return ((Number) p.get("x" + i)).doubleValue();
    }

    /** Branin (minimum 0.397887) on x0 in [-5, 10], x1 in [0, 15]. */
    public static SearchSpace braninSpace() {
        Map<String, org.hyperlab.sweep.space.Distribution> m = new java.util.LinkedHashMap<>();
        m.put("x0", FloatDistribution.uniform(-5, 10));
        m.put("x1", FloatDistribution.uniform(0, 15));
        return new SearchSpace(m);
    }

    /** The Branin function (Surjanovic and Bingham's definition). */
    public static double branin(Map<String, Object> p) {
        double x1 = x(p, 0);
        double x2 = x(p, 1);
        double a = x2 - 5.1 / (4 * Math.PI * Math.PI) * x1 * x1 + 5 / Math.PI * x1 - 6;
        return a * a + 10 * (1 - 1 / (8 * Math.PI)) * Math.cos(x1) + 10;
    }

    /** Branin's global minimum. */
    public static final double BRANIN_MIN = 0.397887357729739;
}
