package org.hyperlab.sweep.record;

/**
 * Seed derivation. {@code mix} is the SplitMix64 finalizer (Steele, Lea and Flood 2014), a bijection on 64-bit
 * values whose outputs for neighboring inputs look unrelated; the trial seed of trial {@code n} of a study with
 * seed {@code s} is {@code mix(s + (n + 1) * 0x9E3779B97F4A7C15)}.
 */
public final class Seeds {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /** The SplitMix64 finalizer. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The seed of trial {@code number} in a study seeded with {@code studySeed}. */
    public static long trialSeed(long studySeed, int number) {
        return mix(studySeed + (number + 1L) * GOLDEN);
    }

    /** A seed for one named draw within a trial, so parameter order does not change the values. */
    public static long forName(long seed, String name) {
        return mix(seed ^ mix(name.hashCode() * GOLDEN));
    }
}
