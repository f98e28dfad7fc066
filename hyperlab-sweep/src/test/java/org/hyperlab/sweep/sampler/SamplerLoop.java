package org.hyperlab.sweep.sampler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.hyperlab.sweep.record.Seeds;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.SearchSpace;

/** A storage-free sequential loop to test samplers: sample all parameters, evaluate, record COMPLETE. */
final class SamplerLoop {
    private SamplerLoop() {
    }

    static List<TrialRecord> run(Sampler sampler, SearchSpace space, long seed, int trials,
                                 ToDoubleFunction<Map<String, Object>> f) {
        List<TrialRecord> history = new ArrayList<>();
        for (int n = 0; n < trials; n++) {
            SamplingContext ctx = new SamplingContext(n, Seeds.trialSeed(seed, n), Direction.MINIMIZE, history);
            Map<String, Object> params = new LinkedHashMap<>();
            for (Map.Entry<String, Distribution> e : space.parameters().entrySet()) {
                params.put(e.getKey(), sampler.sample(ctx, e.getKey(), e.getValue()));
            }
            double v = f.applyAsDouble(params);
            TrialState state = Double.isFinite(v) ? TrialState.COMPLETE : TrialState.DIVERGED;
            history.add(new TrialRecord(n, n, state, params, state == TrialState.COMPLETE ? v : null,
                    new TreeMap<>(), Map.of(), null, Instant.EPOCH, Instant.EPOCH));
        }
        return history;
    }

    static double best(List<TrialRecord> history) {
        return history.stream().filter(t -> t.value() != null).mapToDouble(TrialRecord::value).min()
                .orElse(Double.POSITIVE_INFINITY);
    }
}
