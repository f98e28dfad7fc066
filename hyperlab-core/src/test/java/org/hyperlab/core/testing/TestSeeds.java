package org.hyperlab.core.testing;

import java.util.SplittableRandom;

/**
 * Seeds for randomized tests: fresh on every run (so repeated runs explore new cases), yet reproducible. Set the
 * system property {@code hyperlab.test.seed} (e.g. {@code mvn verify -Dhyperlab.test.seed=123}) to replay the
 * seed printed in a failure message.
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
