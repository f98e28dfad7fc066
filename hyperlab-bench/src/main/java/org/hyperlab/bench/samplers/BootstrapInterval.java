package org.hyperlab.bench.samplers;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The mean of a sample with a 95 % percentile-bootstrap interval (Efron and Tibshirani, "An Introduction to the
 * Bootstrap", 1993, ch. 13): {@value #RESAMPLES} resamples with replacement, drawn with a fixed seed; the interval
 * is the 2.5th and 97.5th percentiles of their means.
 *
 * @param mean  the sample mean
 * @param lower the interval's lower end
 * @param upper the interval's upper end
 */
public record BootstrapInterval(double mean, double lower, double upper) {
    static final int RESAMPLES = 2000;

    /** The interval of {@code values}. */
    public static BootstrapInterval of(double[] values) {
        int n = values.length;
        double mean = Arrays.stream(values).average().orElse(Double.NaN);
        SplittableRandom rng = new SplittableRandom(12345);
        double[] means = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += values[rng.nextInt(n)];
            }
            means[r] = s / n;
        }
        Arrays.sort(means);
        return new BootstrapInterval(mean, means[(int) Math.floor(0.025 * (RESAMPLES - 1))],
                means[(int) Math.ceil(0.975 * (RESAMPLES - 1))]);
    }

    /** Whether the two intervals overlap (a tie). */
    public boolean overlaps(BootstrapInterval other) {
        return lower <= other.upper && other.lower <= upper;
    }
}
