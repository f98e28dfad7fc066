package org.hyperlab.core.testing;

import java.util.SplittableRandom;

/**
 * The one source of seeds for randomized tests in every module (never the clock, never an unseeded
 * {@code new Random()}): fresh on every run, so repeated runs explore new cases, yet replayable. A test names its
 * seed in its failure messages with {@link #describe}; setting the system property {@code hyperlab.test.seed}
 * (e.g. {@code mvn -o verify -Dhyperlab.test.seed=123}, which Surefire passes on to the test JVM) makes every
 * {@link #fresh()} return that seed, so the failing run repeats exactly.
 */
public final class TestSeeds {
    /** The system property that fixes the seed of every randomized test. */
    public static final String PROPERTY = "hyperlab.test.seed";

    private TestSeeds() {
    }

    /** The seed from {@link #PROPERTY} if set, otherwise a new one. */
    public static long fresh() {
        String fixed = System.getProperty(PROPERTY);
        if (fixed != null && !fixed.isBlank()) {
            return Long.parseLong(fixed.trim());
        }
        return new SplittableRandom().nextLong();
    }

    /** How to replay a failure: {@code "seed=<s> (replay with -Dhyperlab.test.seed=<s>)"}. */
    public static String describe(long seed) {
        return "seed=" + seed + " (replay with -D" + PROPERTY + "=" + seed + ")";
    }
}
