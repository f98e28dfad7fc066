package org.hyperlab.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * When a benchmark's untimed warm-up ends. The float32 kernels run the Vector API's slow Java fallback until the JIT
 * has compiled them, and a workload's first epochs deoptimize and recompile some of them, so a fixed number of
 * warm-up epochs measures part of the JIT's work as well: a batch-32 epoch settled after 0.4–0.9 s of training in
 * our measurements, a full-batch epoch (one step) after 10–25 epochs. The warm-up lasts at least {@code minEpochs}
 * epochs and {@code minSeconds}; then it ends at the first epoch during which the JIT compilers spent at most
 * max(1 ms, 2 % of the epoch's wall time) compiling (the code then is the code the timed epochs run), or as soon as
 * it has lasted {@code maxSeconds}. Without compilation-time monitoring it ends after the two minimums.
 */
final class WarmUp {
    private final int minEpochs;
    private final double minSeconds;
    private final double maxSeconds;
    private final LongSupplier compileMillis;
    private long lastCompileMillis;
    private int epochs;
    private double seconds;

    /**
     * @param compileMillis the JIT's total compilation time so far in ms (read now, then after each epoch), or null
     *                      when the JVM does not report it
     */
    WarmUp(int minEpochs, double minSeconds, double maxSeconds, LongSupplier compileMillis) {
        if (minEpochs < 1 || !(minSeconds >= 0) || !(maxSeconds >= minSeconds)) {
            throw new IllegalArgumentException("WarmUp: minEpochs >= 1 and 0 <= minSeconds <= maxSeconds, got "
                    + minEpochs + ", " + minSeconds + ", " + maxSeconds);
        }
        this.minEpochs = minEpochs;
        this.minSeconds = minSeconds;
        this.maxSeconds = maxSeconds;
        this.compileMillis = compileMillis;
        this.lastCompileMillis = compileMillis == null ? 0 : compileMillis.getAsLong();
    }

    /** A warm-up reading this JVM's compilation time ({@link CompilationMXBean}), when it reports one. */
    static WarmUp ofThisJvm(int minEpochs, double minSeconds, double maxSeconds) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean monitored = jit != null && jit.isCompilationTimeMonitoringSupported();
        return new WarmUp(minEpochs, minSeconds, maxSeconds, monitored ? jit::getTotalCompilationTime : null);
    }

    /** Records a warm-up epoch of {@code epochSeconds}; returns true when the warm-up is over after it. */
    boolean epochEnded(double epochSeconds) {
        epochs++;
        seconds += epochSeconds;
        long now = compileMillis == null ? 0 : compileMillis.getAsLong();
        long compiled = now - lastCompileMillis;
        lastCompileMillis = now;
        if (epochs < minEpochs || seconds < minSeconds) {
            return false;
        }
        boolean quiet = compileMillis == null || compiled <= Math.max(1.0, 0.02 * epochSeconds * 1e3);
        return quiet || seconds >= maxSeconds;
    }

    /** Warm-up epochs recorded so far. */
    int epochs() { return epochs; }

    /** Their total wall time in seconds. */
    double seconds() { return seconds; }
}
