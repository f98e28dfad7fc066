package org.hyperlab.sweep.sampler;

import java.util.List;
import java.util.Map;
import org.hyperlab.sweep.space.Distribution;

/**
 * Proposes parameter values (Optuna's {@code BaseSampler}, independent sampling only). Samplers are stateless
 * between calls: everything they know comes from the {@link SamplingContext}, so several workers and processes
 * can share one study. Randomness comes only from the context's trial seed.
 */
public interface Sampler {

    /**
     * Proposes a value for one parameter of the current trial.
     *
     * @return an external value contained in {@code distribution}
     */
    Object sample(SamplingContext context, String name, Distribution distribution);

    /**
     * Parameter sets this sampler wants evaluated exactly once each, in order; the study enqueues them the first
     * time it runs (atomically, so concurrent processes do not duplicate them). Empty for most samplers.
     */
    default List<Map<String, Object>> plannedTrials() {
        return List.of();
    }

    /** Whether the study is over once the {@link #plannedTrials()} are used up (true for the grid). */
    default boolean isFinite() {
        return false;
    }
}
