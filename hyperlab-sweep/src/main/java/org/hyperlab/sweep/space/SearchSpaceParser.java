package org.hyperlab.sweep.space;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds a {@link SearchSpace} from plain maps (as loaded from a YAML or JSON sweep file by the caller). Each
 * entry maps a parameter name to either a list (a categorical parameter) or a map with the keys
 * <ul>
 *   <li>{@code type}: {@code float}, {@code int} or {@code categorical} (may be left out when {@code choices}
 *       is given);</li>
 *   <li>{@code low}, {@code high} (numbers, inclusive), {@code log} (boolean, default false), {@code step}
 *       (optional) for {@code float} and {@code int};</li>
 *   <li>{@code choices} (a list) for {@code categorical};</li>
 *   <li>{@code when} (optional, any type): a mapping from parent parameter to one value or a list of values; the
 *       parameter is active only when every parent is active with one of its values ({@link Condition}), and is
 *       checked by {@link SearchSpace}'s rules (known categorical or int parent, values it can take, no cycle).</li>
 * </ul>
 * Every problem is reported as a {@link SearchSpaceException} naming the parameter, before any trial runs.
 */
public final class SearchSpaceParser {
    private static final String WHEN = "when";
    private static final Set<String> NUMERIC_KEYS = Set.of("type", "low", "high", "log", "step", WHEN);
    private static final Set<String> CATEGORICAL_KEYS = Set.of("type", "choices", WHEN);

    private SearchSpaceParser() {
    }

    /**
     * Parses a search space.
     *
     * @param spec         parameter name to specification
     * @param knownOptions the option names that may be searched, or {@code null} to accept any name
     * @return the search space, in the map's order
     * @throws SearchSpaceException naming the first bad parameter
     */
    public static SearchSpace parse(Map<String, ?> spec, Set<String> knownOptions) {
        if (spec == null || spec.isEmpty()) {
            throw new SearchSpaceException("the search space is empty: give at least one parameter");
        }
        Map<String, Distribution> out = new LinkedHashMap<>();
        Map<String, Condition> conditions = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : spec.entrySet()) {
            String name = String.valueOf(e.getKey());
            if (knownOptions != null && !knownOptions.contains(name)) {
                throw new SearchSpaceException(name, "parameter '" + name + "': unknown option; known options: "
                        + String.join(", ", new TreeSet<>(knownOptions)));
            }
            try {
                out.put(name, parseOne(e.getValue()));
                if (e.getValue() instanceof Map<?, ?> map && map.get(WHEN) != null) {
                    conditions.put(name, condition(map.get(WHEN)));
                }
            } catch (IllegalArgumentException | ClassCastException ex) {
                throw new SearchSpaceException(name, "parameter '" + name + "': " + ex.getMessage());
            }
        }
        return new SearchSpace(out, conditions);
    }

    /** {@code when}: parent name to one value or a list of values. */
    private static Condition condition(Object when) {
        if (!(when instanceof Map<?, ?> map) || map.isEmpty()) {
            throw new IllegalArgumentException("'when' must map parent parameters to a value or a list of values "
                    + "(e.g. when: {optimizer: [momentum, nesterov]}), got " + when);
        }
        Map<String, List<Object>> requirements = new LinkedHashMap<>();
        map.forEach((parent, values) -> {
            List<Object> list = new ArrayList<>();
            if (values instanceof List<?> l) {
                list.addAll(l);
            } else if (values != null) {
                list.add(values);
            }
            if (list.isEmpty() || list.stream().anyMatch(v -> !(v instanceof String || v instanceof Number
                    || v instanceof Boolean))) {
                throw new IllegalArgumentException("when: '" + parent + "' must be given a value or a non-empty list "
                        + "of values (text, numbers, true/false), got " + values);
            }
            requirements.put(String.valueOf(parent), list);
        });
        return new Condition(requirements);
    }

    private static Distribution parseOne(Object value) {
        if (value instanceof List<?> list) {
            return new CategoricalDistribution(new ArrayList<>(list));
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("expected a map with type/low/high or a list of choices, got "
                    + value);
        }
        Object typeValue = map.get("type");
        String type = typeValue == null ? (map.containsKey("choices") ? "categorical" : null) : typeValue.toString();
        if (type == null) {
            throw new IllegalArgumentException("missing 'type' (float, int or categorical)");
        }
        switch (type) {
            case "float":
                checkKeys(map, NUMERIC_KEYS);
                return new FloatDistribution(number(map, "low").doubleValue(), number(map, "high").doubleValue(),
                        bool(map, "log"), map.get("step") == null ? null : number(map, "step").doubleValue());
            case "int":
                checkKeys(map, NUMERIC_KEYS);
                return new IntDistribution(integer(map, "low"), integer(map, "high"), bool(map, "log"),
                        map.get("step") == null ? 1 : integer(map, "step"));
            case "categorical":
                checkKeys(map, CATEGORICAL_KEYS);
                if (!(map.get("choices") instanceof List<?> choices)) {
                    throw new IllegalArgumentException("'choices' must be a list");
                }
                return new CategoricalDistribution(new ArrayList<>(choices));
            default:
                throw new IllegalArgumentException("unknown type '" + type + "' (expected float, int or categorical)");
        }
    }

    private static void checkKeys(Map<?, ?> map, Set<String> allowed) {
        for (Object key : map.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw new IllegalArgumentException("unknown key '" + key + "' (expected one of "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    private static Number number(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v instanceof Number n) {
            return n;
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new IllegalArgumentException("'" + key + "' must be a number, got " + (v == null ? "nothing" : v));
    }

    private static int integer(Map<?, ?> map, String key) {
        double d = number(map, key).doubleValue();
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("'" + key + "' must be an integer, got " + map.get(key));
        }
        return (int) d;
    }

    private static boolean bool(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("'" + key + "' must be true or false, got " + v);
    }
}
