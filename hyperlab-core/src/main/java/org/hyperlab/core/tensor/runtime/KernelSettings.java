package org.hyperlab.core.tensor.runtime;

/**
 * The four switches a user may set on the kernels, as Java system properties (through {@code HYPERLAB_JAVA_OPTS}
 * for the launcher, e.g. {@code HYPERLAB_JAVA_OPTS=-Dhyperlab.simd=false ./hyperlab train}). This class is the
 * only place that reads them; none changes a result beyond float32 rounding, and only {@code simd} and
 * {@code sparse} change it at all (they select other, equally exact summation orders).
 *
 * <ul>
 *   <li>{@code hyperlab.simd} ({@code true}|{@code false}, default true): {@code false} runs the float32 kernels as
 *       plain loops even when the {@code jdk.incubator.vector} module is present (read once, at start-up).</li>
 *   <li>{@code hyperlab.sparse} ({@code true}|{@code false}, default true): {@code false} keeps mostly-zero float32
 *       training features dense, so the first layer's products read every element instead of only the non-zeros
 *       (for comparing the two paths; read whenever a training run sets up its mini-batches).</li>
 *   <li>{@code hyperlab.warmup} (rounds, default 1500): the background warm-up of the SIMD kernels
 *       ({@link org.hyperlab.core.tensor.Kernels#warmUp()}); {@code 0} turns it off (read once).</li>
 *   <li>{@code hyperlab.threads} (count ≥ 1, default the available processors): the process-wide number of threads
 *       kernels may use ({@link Parallel}); a run may set its own with {@link Parallel#withThreads} (read once).</li>
 * </ul>
 */
public final class KernelSettings {
    /** Default number of {@link #warmUpRounds() warm-up rounds}: enough for the JIT's top tier to compile each kernel. */
    public static final int DEFAULT_WARMUP_ROUNDS = 1500;

    private KernelSettings() {
    }

    /** {@code hyperlab.simd}: false when the SIMD kernels are turned off. */
    public static boolean simd() {
        return !"false".equalsIgnoreCase(System.getProperty("hyperlab.simd"));
    }

    /** {@code hyperlab.sparse}: false when mostly-zero training features are to stay dense. */
    public static boolean sparseInput() {
        return !"false".equalsIgnoreCase(System.getProperty("hyperlab.sparse"));
    }

    /** {@code hyperlab.warmup}: the number of warm-up rounds (0: none). */
    public static int warmUpRounds() {
        return Integer.getInteger("hyperlab.warmup", DEFAULT_WARMUP_ROUNDS);
    }

    /**
     * {@code hyperlab.threads}: the process-wide kernel thread count, else the available processors (≥ 1 either
     * way). A value that is not a whole number is ignored (the default applies): a kernel class initializer must
     * not fail on it.
     */
    public static int threads() {
        String prop = System.getProperty("hyperlab.threads");
        if (prop != null) {
            try {
                return Math.max(1, Integer.parseInt(prop.trim()));
            } catch (NumberFormatException ignored) {
                // fall through to the default
            }
        }
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Checks the settings a user may have given as {@code -D} options and throws {@link IllegalArgumentException}
     * naming the first malformed one: front ends call this at start so that a typo is reported, while the kernels
     * themselves fall back to defaults (a class initializer must not fail).
     */
    public static void requireWellFormed() {
        requireWholeNumber("hyperlab.threads", 1, Parallel.MAX_THREADS);
        requireWholeNumber("hyperlab.warmup", 0, Integer.MAX_VALUE);
        for (String flag : new String[] {"hyperlab.simd", "hyperlab.sparse"}) {
            String value = System.getProperty(flag);
            if (value != null && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException("-D" + flag + ": expected true or false, got '" + value + "'");
            }
        }
    }

    private static void requireWholeNumber(String name, int min, int max) {
        String value = System.getProperty(name);
        if (value == null) {
            return;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("-D" + name + ": expected a whole number from " + min + " to " + max
                + ", got '" + value + "'");
    }
}
