package org.hyperlab.cli.common;

import java.lang.management.ManagementFactory;

/**
 * Wall-clock checkpoints for finding where a command's start-up time goes. Enabled by {@code -Dhyperlab.timing}
 * (e.g. {@code HYPERLAB_JAVA_OPTS=-Dhyperlab.timing ./hyperlab ...}); each {@link #mark} then prints one line to
 * stderr: {@code hyperlab timing: <phase> +<ms since the previous mark> ms (<ms since the JVM started> ms)}.
 * Disabled, a mark costs one static field read and prints nothing, so stdout ({@code --json}) is never touched.
 */
public final class PhaseTimer {
    private static final boolean ENABLED = System.getProperty("hyperlab.timing") != null;
    private static final long JVM_START_MS = ENABLED ? ManagementFactory.getRuntimeMXBean().getStartTime() : 0;
    private static long last = ENABLED ? System.nanoTime() : 0;

    private PhaseTimer() {
    }

    /** Prints the time since the previous mark and since the JVM started, when timing is enabled. */
    public static synchronized void mark(String phase) {
        if (!ENABLED) {
            return;
        }
        long now = System.nanoTime();
        long sinceStart = System.currentTimeMillis() - JVM_START_MS;
        System.err.printf("hyperlab timing: %-28s +%5d ms  (%5d ms since JVM start)%n", phase,
                (now - last) / 1_000_000, sinceStart);
        last = now;
    }
}
