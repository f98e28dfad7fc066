package org.hyperlab.sweep.process;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as sweep files write them: a number with a unit, {@code ms}, {@code s}, {@code m} or {@code h}
 * ({@code 500ms}, {@code 30s}, {@code 10m}, {@code 1.5h}), or a plain number of seconds; and back to that form.
 */
public final class DurationText {
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

    private DurationText() {
    }

    /** The duration {@code text} (a String or a number of seconds) names; positive, else IllegalArgumentException. */
    public static Duration parse(Object text, String key) {
        Matcher m = FORM.matcher(String.valueOf(text).strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + key + "' must be a duration such as 30s, 10m or 1h, got '" + text + "'");
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = amount * switch (unit) {
            case "ms" -> 1;
            case "s" -> 1_000;
            case "m" -> 60_000;
            default -> 3_600_000;
        };
        if (millis < 1 || millis > Long.MAX_VALUE / 2) {
            throw new IllegalArgumentException("'" + key + "' must be at least 1ms, got '" + text + "'");
        }
        return Duration.ofMillis(Math.round(millis));
    }

    /** The shortest of {@code 500ms}, {@code 30s}, {@code 10m}, {@code 2h} that is exact, else seconds with decimals. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1_000 == 0) {
            return ms / 1_000 + "s";
        }
        return ms < 1_000 ? ms + "ms" : ms / 1000.0 + "s";
    }
}
