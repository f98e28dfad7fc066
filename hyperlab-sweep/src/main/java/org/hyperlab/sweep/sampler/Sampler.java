package org.hyperlab.sweep.sampler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.SearchSpace;

/**
 * Proposes parameter values (Optuna's {@code BaseSampler}): one parameter at a time ({@link #sample}) or several
 * at once from a joint model ({@link #sampleJoint}, called when the objective declares its whole space, as the
 * sweep objectives do). Samplers are stateless
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
     * Proposes values for every parameter of {@code space} at once. The default samples each parameter on its own
     * with {@link #sample}, in the space's order; joint models (multivariate TPE, CMA-ES, GP) override it.
     *
     * @return a value for each parameter of {@code space}, in its order
     */
    default Map<String, Object> sampleJoint(SamplingContext context, SearchSpace space) {
        Map<String, Object> out = new LinkedHashMap<>();
        space.parameters().forEach((name, d) -> out.put(name, sample(context, name, d)));
        return out;
    }

    /**
     * Proposes values for conditional parameters that the trial's values so far have made active (see
     * {@link org.hyperlab.sweep.space.Condition}); they appear only in some trials. The default is
     * {@link #sampleJoint}; samplers whose model needs every trial to carry every parameter (GP, CMA-ES) draw them
     * independently instead, as Optuna's samplers do with their independent sampler.
     *
     * @return a value for each parameter of {@code space}, in its order
     */
    default Map<String, Object> sampleConditional(SamplingContext context, SearchSpace space) {
        return sampleJoint(context, space);
    }

    /**
     * Parameter sets this sampler wants evaluated exactly once each, in order; the study enqueues them the first
     * time it runs (atomically, so concurrent processes do not duplicate them). Empty for most samplers.
     */
    default List<Map<String, Object>> plannedTrials() {
        return List.of();
    }

    /**
     * Whether this sampler serves a study of several objectives (its model ranks trials by Pareto dominance, or it
     * ignores the values); false for the samplers that model one objective (GP, CMA-ES).
     */
    default boolean handlesMultipleObjectives() {
        return false;
    }

    /** Whether the study is over once the {@link #plannedTrials()} are used up (true for the grid). */
    default boolean isFinite() {
        return false;
    }
}
