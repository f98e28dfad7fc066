package org.hyperlab.core.testing;

import java.lang.management.ManagementFactory;

/**
 * Heap bytes a piece of code allocates per call on the current thread, for tests that the per-batch path allocates
 * nothing once compiled. The JIT compiles in the background, and before it has, the Vector API's Java fallback
 * allocates on every operation; so the body runs in rounds (warm-up calls, then measured calls) and the result is
 * the least over the rounds: code that allocates once compiled (boxed vectors, a capturing lambda per call)
 * allocates in every round.
 */
public final class Allocations {
    private Allocations() {
    }

    /** True where the JVM counts each thread's allocated bytes. */
    public static boolean countable() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled();
    }

    /**
     * How long rounds go on past {@code rounds} while the body still allocates: on a loaded machine the JIT's
     * background compilation can lag far behind the calls, and only code that allocates once compiled should fail.
     */
    private static final long GRACE_NANOS = 30_000_000_000L;

    /**
     * The least bytes per call of {@code body} over at least {@code rounds} rounds of {@code calls} warm-up and
     * {@code calls} measured calls, continued for up to {@link #GRACE_NANOS} while every round allocated; stops
     * early at a round without any allocation.
     */
    public static double leastBytesPerCall(Runnable body, int rounds, int calls) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double least = Double.POSITIVE_INFINITY;
        long deadline = System.nanoTime() + GRACE_NANOS;
        for (int round = 0; (round < rounds || System.nanoTime() < deadline) && least > 0; round++) {
            for (int i = 0; i < calls; i++) {
                body.run();
            }
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < calls; i++) {
                body.run();
            }
            least = Math.min(least, (double) (threads.getCurrentThreadAllocatedBytes() - before) / calls);
        }
        return least;
    }
}
