package org.hyperlab.sweep.sampler;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.SearchSpace;

/**
 * Proposes a whole trial's parameters in a space with conditions, level by level: the parameters active so far
 * ({@link SearchSpace#activeAfter}) are settled (a value already known, e.g. an enqueued trial's, else proposed
 * together by {@link Sampler#sampleJoint}, or by {@link Sampler#sampleConditional} when the level holds a
 * conditional parameter), which may activate the next level; inactive parameters get no value. A space without
 * conditions is one level, one joint proposal. The live trial ({@code Trial#suggestAll}) and a driver that samples
 * trials for others to run (the Spark executor) both propose through here.
 */
public final class LevelByLevel {
    private LevelByLevel() {
    }

    /**
     * The active parameters' values, in the space's order.
     *
     * @param context the sampling context, asked once per level (a live trial's history may change between levels)
     * @param known   a parameter's known value, or {@code null} to propose one
     * @param settle  what a proposed value becomes (e.g. recorded in the store and returned as stored)
     */
    public static Map<String, Object> propose(Sampler sampler, Supplier<SamplingContext> context, SearchSpace space,
                                              BiFunction<String, Distribution, Object> known,
                                              BiFunction<String, Object, Object> settle) {
        Map<String, Object> settled = new LinkedHashMap<>();
        for (Map<String, Distribution> level = space.activeAfter(settled); !level.isEmpty();
                level = space.activeAfter(settled)) {
            Map<String, Distribution> open = new LinkedHashMap<>();
            level.forEach((name, d) -> {
                Object value = known.apply(name, d);
                if (value == null) {
                    open.put(name, d);
                } else {
                    settled.put(name, value);
                }
            });
            if (!open.isEmpty()) {
                boolean conditional = open.keySet().stream().anyMatch(space::isConditional);
                SearchSpace sub = new SearchSpace(open);
                Map<String, Object> proposed = conditional ? sampler.sampleConditional(context.get(), sub)
                        : sampler.sampleJoint(context.get(), sub);
                open.keySet().forEach(name -> settled.put(name, settle.apply(name, proposed.get(name))));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        space.parameters().keySet().stream().filter(settled::containsKey).forEach(name -> out.put(name, settled.get(name)));
        return out;
    }

    /** {@link #propose} of a fresh trial with nothing known: each proposed value is kept as it is. */
    public static Map<String, Object> propose(Sampler sampler, SamplingContext context, SearchSpace space) {
        return propose(sampler, () -> context, space, (name, d) -> null, (name, value) -> value);
    }
}
