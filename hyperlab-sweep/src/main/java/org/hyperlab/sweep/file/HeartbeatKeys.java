package org.hyperlab.sweep.file;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hyperlab.sweep.process.DurationText;
import org.hyperlab.sweep.storage.HeartbeatSettings;

/**
 * The sweep file's {@code heartbeat} mapping: {@code interval} (default 5s), how often a worker stamps its running
 * trial, and {@code grace} (default 30s), how long after the last stamp the trial counts as abandoned and is re-run
 * by another worker. Both are whole seconds ({@code 10s}, {@code 2m}), the grace longer than the interval.
 */
final class HeartbeatKeys {
    private static final Set<String> KEYS = Set.of("interval", "grace");

    private HeartbeatKeys() {
    }

    /** The settings {@code value} (the {@code heartbeat} mapping, or null for the defaults) names. */
    static HeartbeatSettings read(Object value) {
        if (value == null) {
            return HeartbeatSettings.DEFAULT;
        }
        if (!(value instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("'heartbeat' must be a mapping such as {interval: 5s, grace: 30s}, got "
                    + value);
        }
        for (Object key : m.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException("unknown key 'heartbeat." + key + "' (expected one of "
                        + String.join(", ", new TreeSet<>(KEYS)) + ")");
            }
        }
        int interval = seconds(m.get("interval"), "heartbeat.interval", HeartbeatSettings.DEFAULT.intervalSeconds());
        int grace = seconds(m.get("grace"), "heartbeat.grace", HeartbeatSettings.DEFAULT.graceSeconds());
        if (grace <= interval) {
            throw new IllegalArgumentException("'heartbeat.grace' (" + grace + "s) must be longer than "
                    + "'heartbeat.interval' (" + interval + "s)");
        }
        return new HeartbeatSettings(interval, grace);
    }

    private static int seconds(Object value, String key, int dflt) {
        if (value == null) {
            return dflt;
        }
        Duration d = DurationText.parse(value, key);
        if (d.toMillis() % 1000 != 0 || d.toSeconds() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("'" + key + "' must be a whole number of seconds such as 5s or 2m, got '"
                    + value + "'");
        }
        return (int) d.toSeconds();
    }
}
