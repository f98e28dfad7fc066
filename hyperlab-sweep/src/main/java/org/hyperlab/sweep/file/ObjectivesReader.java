package org.hyperlab.sweep.file;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hyperlab.sweep.objective.TrainMetrics;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.ObjectiveSpec;

/**
 * The grammar of several objectives, {@code objectives: [{metric: validation-loss}, {metric: seconds, direction:
 * minimize}]}: a non-empty list of mappings with {@code metric} (required) and {@code direction} ({@code minimize}
 * or {@code maximize}). For {@code train} the metrics are {@link TrainMetrics} names, each at most once, the
 * direction defaulting by metric; for a program ({@code objective.command}) any names it prints, minimized by default.
 */
final class ObjectivesReader {
    /** The top-level key. */
    static final String KEY = "objectives";
    private static final Set<String> ENTRY_KEYS = Set.of("metric", "direction");

    private ObjectivesReader() {
    }

    /** Parses the value of {@code objectives} for a {@code train} sweep ({@code train = true}) or a program. */
    static List<ObjectiveSpec> read(Object value, boolean train) {
        if (!(value instanceof List<?> entries) || entries.isEmpty()) {
            throw new IllegalArgumentException("'objectives' must be a non-empty list of {metric, direction} "
                    + "mappings, got " + value);
        }
        List<ObjectiveSpec> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = "'objectives' entry " + (i + 1) + ": ";
            if (!(entries.get(i) instanceof Map<?, ?> raw)) {
                throw new IllegalArgumentException(where + "expected a mapping {metric, direction}, got "
                        + entries.get(i));
            }
            Map<String, Object> entry = StructuredDocuments.withStringKeys(raw);
            for (String key : entry.keySet()) {
                if (!ENTRY_KEYS.contains(key)) {
                    throw new IllegalArgumentException(where + "unknown key '" + key + "' (expected "
                            + String.join(", ", new TreeSet<>(ENTRY_KEYS)) + ")");
                }
            }
            Object metric = entry.get("metric");
            if (metric == null || String.valueOf(metric).isBlank()) {
                throw new IllegalArgumentException(where + "'metric' is required"
                        + (train ? " (one of " + TrainMetrics.NAMES + ")" : " (a name the program prints)"));
            }
            String name;
            try {
                name = train ? TrainMetrics.canonical(String.valueOf(metric)) : String.valueOf(metric);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException(where + "metric '" + name + "' is named twice");
            }
            Object dir = entry.get("direction");
            Direction direction;
            try {
                direction = dir != null ? Direction.parse(String.valueOf(dir))
                        : train ? TrainMetrics.defaultDirection(name) : Direction.MINIMIZE;
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
            out.add(new ObjectiveSpec(name, direction));
        }
        return out;
    }
}
