package org.hyperlab.bench;

import java.util.Arrays;

/**
 * Wall-clock timing over repetitions: the median (robust on a shared machine) with the minimum and maximum.
 *
 * @param median seconds, the median over the repetitions
 * @param min    the fastest repetition
 * @param max    the slowest repetition
 * @param reps   how many repetitions were timed
 */
public record Timing(double median, double min, double max, int reps) {
    /** Runs {@code body} {@code warmup} times untimed, then {@code reps} times timed. */
    public static Timing measure(int warmup, int reps, Runnable body) {
        for (int i = 0; i < warmup; i++) {
            body.run();
        }
        double[] t = new double[reps];
        for (int i = 0; i < reps; i++) {
            long start = System.nanoTime();
            body.run();
            t[i] = (System.nanoTime() - start) * 1e-9;
        }
        return of(t);
    }

    /** Summarizes the given durations in seconds (at least one). */
    public static Timing of(double[] seconds) {
        double[] s = seconds.clone();
        Arrays.sort(s);
        int n = s.length;
        double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        return new Timing(median, s[0], s[n - 1], n);
    }

    /** Scales every figure (e.g. per-call time to per-epoch time). */
    public Timing times(double factor) {
        return new Timing(median * factor, min * factor, max * factor, reps);
    }
}
