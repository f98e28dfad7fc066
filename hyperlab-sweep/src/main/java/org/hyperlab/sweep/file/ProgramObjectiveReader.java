package org.hyperlab.sweep.file;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hyperlab.sweep.objective.ProgramObjective;
import org.hyperlab.sweep.process.DurationText;
import org.hyperlab.sweep.process.ProgramSpec;
import org.hyperlab.sweep.space.Direction;

/**
 * The grammar of a program objective, {@code objective: {command: [...], metric: NAME, direction: minimize,
 * value: last, timeout: 10m, grace: 5s}}: {@code command} (a non-empty list of words) and {@code metric} are required;
 * {@code direction} defaults to minimize, {@code value} to last, {@code timeout} to none, {@code grace} (SIGTERM to
 * SIGKILL) to {@value #DEFAULT_GRACE}. Every {@code {name}} placeholder must name a parameter, a fixed value,
 * {@code trial} or {@code trial_dir}; a program named without a slash and without a placeholder must be on PATH.
 */
final class ProgramObjectiveReader {
    static final String DEFAULT_GRACE = "5s";
    private static final Set<String> KEYS = Set.of("command", "metric", "direction", "value", "timeout", "grace");

    private ProgramObjectiveReader() {
    }

    /** Parses {@code objective} given the names of the sweep's parameters and fixed values. */
    static ProgramSpec read(Map<String, Object> objective, Set<String> valueNames) {
        for (String key : objective.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("'objective': unknown key '" + key + "' for a command objective "
                        + "(expected one of " + String.join(", ", new TreeSet<>(KEYS)) + ")");
            }
        }
        if (!(objective.get("command") instanceof List<?> words) || words.isEmpty()) {
            throw new IllegalArgumentException("'objective.command' must be a non-empty list: the program and its "
                    + "arguments, e.g. [python3, train.py, --lr, \"{lr}\"]");
        }
        List<String> command = new ArrayList<>();
        for (Object w : words) {
            if (w == null || w instanceof Map || w instanceof List) {
                throw new IllegalArgumentException("'objective.command': every word must be text or a number, got " + w);
            }
            command.add(String.valueOf(w));
        }
        Object metric = objective.get("metric");
        if (metric == null || String.valueOf(metric).isBlank()) {
            throw new IllegalArgumentException("'objective.metric' is required with 'objective.command': the name "
                    + "the program prints its values under, e.g. val_loss");
        }
        Direction direction = Direction.parse(String.valueOf(objective.getOrDefault("direction", "minimize")));
        ProgramSpec.ValueRule value = ProgramSpec.ValueRule.parse(String.valueOf(objective.getOrDefault("value", "last")));
        Duration timeout = objective.get("timeout") == null ? null : DurationText.parse(objective.get("timeout"),
                "objective.timeout");
        Duration grace = DurationText.parse(objective.getOrDefault("grace", DEFAULT_GRACE), "objective.grace");
        ProgramSpec spec = new ProgramSpec(command, String.valueOf(metric), direction, value, timeout, grace);
        for (String name : spec.placeholders()) {
            if (!valueNames.contains(name) && !ProgramSpec.TRIAL_PLACEHOLDERS.contains(name)) {
                throw new IllegalArgumentException("'objective.command': placeholder {" + name + "} names no parameter "
                        + "(parameters and fixed values: " + String.join(", ", new TreeSet<>(valueNames))
                        + "; also {trial}, {trial_dir})");
            }
        }
        for (String reserved : ProgramSpec.TRIAL_PLACEHOLDERS) {
            if (valueNames.contains(reserved)) {
                throw new IllegalArgumentException("'" + reserved + "' is reserved for the trial; name the parameter "
                        + "otherwise");
            }
        }
        String program = command.get(0);
        if (!program.contains("/") && !program.contains("{") && ProgramObjective.which(program).isEmpty()) {
            throw new IllegalArgumentException("'objective.command': program '" + program + "' not found on PATH");
        }
        return spec;
    }
}
