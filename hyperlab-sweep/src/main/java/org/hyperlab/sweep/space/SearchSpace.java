package org.hyperlab.sweep.space;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An ordered map from parameter name to {@link Distribution} (the order is that of the sweep file), and for the
 * conditional parameters their {@link Condition}. A trial's <em>active</em> parameters are the unconditional ones
 * and, repeatedly, every conditional one whose condition holds on the active values so far; an inactive parameter
 * has no value in the trial. The conditions are checked when the space is made ({@link ConditionChecks}): parents
 * are categorical or int parameters of the space, the listed values are theirs, and no chain of conditions is a
 * cycle.
 *
 * @param parameters the parameters in declaration order
 * @param conditions the conditional parameters' conditions (a name absent here is always active)
 */
public record SearchSpace(Map<String, Distribution> parameters, Map<String, Condition> conditions) {

    /** Copies the maps, keeping their order, and checks the conditions. */
    public SearchSpace {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        conditions = Collections.unmodifiableMap(new LinkedHashMap<>(conditions));
        ConditionChecks.check(parameters, conditions);
    }

    /** A space without conditions: every parameter is always active. */
    public SearchSpace(Map<String, Distribution> parameters) {
        this(parameters, Map.of());
    }

    /** The distribution of one parameter, or {@code null}. */
    public Distribution get(String name) {
        return parameters.get(name);
    }

    /** The number of parameters. */
    public int size() {
        return parameters.size();
    }

    /** Whether {@code name} is active only under a condition. */
    public boolean isConditional(String name) {
        return conditions.containsKey(name);
    }

    /**
     * The parameters not yet in {@code settled} that are active given it: the unconditional ones and the conditional
     * ones whose condition holds on {@code settled}, in declaration order. Settling these and asking again walks a
     * trial's active parameters level by level (parents before children); an empty answer means none is left.
     */
    public Map<String, Distribution> activeAfter(Map<String, Object> settled) {
        Map<String, Distribution> out = new LinkedHashMap<>();
        parameters.forEach((name, d) -> {
            Condition c = conditions.get(name);
            if (!settled.containsKey(name) && (c == null || c.holds(settled))) {
                out.put(name, d);
            }
        });
        return out;
    }

    /**
     * One complete trial's active values: level by level ({@link #activeAfter}), each active parameter takes its
     * value in {@code chosen} when there is one, else {@code otherwise} of its distribution.
     */
    public Map<String, Object> assignment(Map<String, Object> chosen, Function<Distribution, Object> otherwise) {
        Map<String, Object> settled = new LinkedHashMap<>();
        for (Map<String, Distribution> level = activeAfter(settled); !level.isEmpty(); level = activeAfter(settled)) {
            level.forEach((name, d) -> settled.put(name, chosen.containsKey(name) ? chosen.get(name) : otherwise.apply(d)));
        }
        return settled;
    }

    /**
     * Values of {@code name}'s ancestors that make it active: for each parent of its condition the first listed
     * value, and the same for the parents' own conditions (empty for an unconditional parameter).
     */
    public Map<String, Object> activating(String name) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> todo = new ArrayList<>(List.of(name));
        while (!todo.isEmpty()) {
            Condition c = conditions.get(todo.remove(0));
            if (c != null) {
                c.requirements().forEach((parent, values) -> {
                    if (out.putIfAbsent(parent, values.get(0)) == null) {
                        todo.add(parent);
                    }
                });
            }
        }
        return out;
    }
}
