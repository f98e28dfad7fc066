package org.hyperlab.sweep.space;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When a conditional parameter is active: for every parent named, the parent is active in the trial and its value is
 * one of the listed values ({@code when: {optimizer: [momentum, nesterov]}}). Several parents must all hold. A
 * parent that is itself conditional and inactive is absent from the trial, so the condition fails and conditions
 * chain. Numbers compare by value ({@code 2} matches {@code 2L} and {@code 2.0}), as categorical choices do.
 *
 * @param requirements parent name to the values that activate the parameter (each list non-empty)
 */
public record Condition(Map<String, List<Object>> requirements) {

    /** Copies the map and lists, keeping their order. */
    public Condition {
        if (requirements.isEmpty()) {
            throw new IllegalArgumentException("a condition needs at least one parent");
        }
        Map<String, List<Object>> copy = new LinkedHashMap<>();
        requirements.forEach((parent, values) -> {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("the condition on '" + parent + "' lists no value");
            }
            copy.put(parent, List.copyOf(values));
        });
        requirements = Collections.unmodifiableMap(copy);
    }

    /** Whether the condition holds for the values settled so far (a parent not among them fails it). */
    public boolean holds(Map<String, Object> settled) {
        for (Map.Entry<String, List<Object>> e : requirements.entrySet()) {
            Object value = settled.get(e.getKey());
            if (value == null || e.getValue().stream().noneMatch(v -> sameValue(v, value))) {
                return false;
            }
        }
        return true;
    }

    /** Equal, or both numbers of the same value. */
    static boolean sameValue(Object a, Object b) {
        return a.equals(b) || (a instanceof Number x && b instanceof Number y && x.doubleValue() == y.doubleValue());
    }
}
