package org.hyperlab.sweep.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hyperlab.sweep.space.Direction;

/**
 * A sweep file's {@code objective: {command: [...], metric, direction, value, timeout, grace}}: the program a trial
 * runs and how its output becomes the trial's value. A trial's parameter values (fixed and searched) reach the program
 * three ways: {@code {name}} placeholders in the command's words, environment variables
 * {@code HYPERLAB_PARAM_<NAME>} (the name upper-cased, every character other than a letter or digit replaced by
 * {@code _}), and the JSON file named by {@code HYPERLAB_PARAMS_FILE}; {@code HYPERLAB_TRIAL} (its number) and
 * {@code HYPERLAB_TRIAL_DIR} (its directory) are set too, and {@code {trial}} and {@code {trial_dir}} are placeholders.
 * A value is written as text in one way everywhere ({@link #text}).
 *
 * @param command   the program and its arguments, with placeholders
 * @param metric    the reported quantity that is pruned on and optimized
 * @param direction minimize or maximize
 * @param value     which reported value is the trial's value
 * @param timeout   the longest a trial may run, or {@code null} for no limit
 * @param grace     how long the program has to exit after SIGTERM before SIGKILL
 */
public record ProgramSpec(List<String> command, String metric, Direction direction, ValueRule value, Duration timeout,
                          Duration grace) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.-]*)}");

    /** Placeholders every trial has besides its parameters. */
    public static final Set<String> TRIAL_PLACEHOLDERS = Set.of("trial", "trial_dir");

    /** The trial's value: the last reported value, or the best one in the study's direction. */
    public enum ValueRule {
        /** The last reported value. */
        LAST,
        /** The best reported value. */
        BEST;

        /** {@code last} or {@code best}. */
        public static ValueRule parse(String s) {
            return switch (s) {
                case "last" -> LAST;
                case "best" -> BEST;
                default -> throw new IllegalArgumentException("'value' must be last or best, got '" + s + "'");
            };
        }
    }

    /** Validates the fields. */
    public ProgramSpec {
        command = List.copyOf(command);
        if (command.isEmpty() || command.get(0).isBlank()) {
            throw new IllegalArgumentException("'command' must be a non-empty list: the program and its arguments");
        }
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(grace, "grace");
    }

    /** The placeholder names used in the command, in order of first use. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (String word : command) {
            Matcher m = PLACEHOLDER.matcher(word);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The command's words with every placeholder replaced; a name without a value is an IllegalArgumentException. */
    public List<String> arguments(Map<String, Object> values, int trial, Path trialDir) {
        Map<String, Object> all = withTrial(values, trial, trialDir);
        List<String> out = new ArrayList<>(command.size());
        for (String word : command) {
            Matcher m = PLACEHOLDER.matcher(word);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                if (!all.containsKey(m.group(1))) {
                    throw new IllegalArgumentException("placeholder {" + m.group(1) + "} names no parameter");
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(text(all.get(m.group(1)))));
            }
            m.appendTail(sb);
            out.add(sb.toString());
        }
        return out;
    }

    /** The environment variables a trial's program gets besides the inherited ones. */
    public static Map<String, String> environment(Map<String, Object> values, int trial, Path trialDir, Path paramsFile) {
        Map<String, String> env = new LinkedHashMap<>();
        values.forEach((name, v) -> env.put(environmentName(name), text(v)));
        env.put("HYPERLAB_TRIAL", Integer.toString(trial));
        env.put("HYPERLAB_TRIAL_DIR", trialDir.toString());
        env.put("HYPERLAB_PARAMS_FILE", paramsFile.toString());
        return env;
    }

    /** {@code HYPERLAB_PARAM_} plus the name upper-cased, other characters than letters and digits as {@code _}. */
    public static String environmentName(String parameter) {
        return "HYPERLAB_PARAM_" + parameter.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** A value as text: numbers as Java writes them ({@code 0.001}, {@code 1.0E-4}), lists joined by commas. */
    public static String text(Object value) {
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(ProgramSpec::text).toList());
        }
        return String.valueOf(value);
    }

    private static Map<String, Object> withTrial(Map<String, Object> values, int trial, Path trialDir) {
        Map<String, Object> all = new LinkedHashMap<>(values);
        all.put("trial", trial);
        all.put("trial_dir", trialDir == null ? "" : trialDir.toString());
        return all;
    }
}
