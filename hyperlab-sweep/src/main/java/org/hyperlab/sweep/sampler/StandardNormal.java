package org.hyperlab.sweep.sampler;

import java.util.SplittableRandom;

/**
 * The standard normal distribution for the samplers: draws (Marsaglia's polar method), the distribution function
 * {@code Phi(z) = erfc(-z/sqrt 2)/2}, and {@code erfcx(x) = e^(x^2) erfc(x)} from the Chebyshev fit of Numerical
 * Recipes (3rd ed., 6.2.2: {@code erfc(x) = t exp(-x^2 + P(t))}, {@code t = 1/(1 + x/2)}, fractional error below
 * 1.2e-7 everywhere), whose form gives erfcx without computing {@code e^(x^2)}.
 */
public final class StandardNormal {
    private StandardNormal() {
    }

    /** One draw. */
    public static double draw(SplittableRandom rng) {
        while (true) {
            double u = 2 * rng.nextDouble() - 1;
            double v = 2 * rng.nextDouble() - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1) {
                return u * Math.sqrt(-2 * Math.log(s) / s);
            }
        }
    }

    /** {@code e^(x^2) erfc(x)} for {@code x >= 0}. */
    public static double erfcx(double x) {
        double t = 1.0 / (1.0 + 0.5 * x);
        return t * Math.exp(-1.26551223 + t * tail(t));
    }

    /** The complementary error function. */
    public static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * tail(t));
        return x >= 0 ? r : 2.0 - r;
    }

    /** The fit's polynomial after its constant term. */
    private static double tail(double t) {
        return 1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807
                + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))));
    }

    /** The distribution function {@code Phi}. */
    public static double cdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2));
    }
}
