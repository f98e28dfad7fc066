package org.hyperlab.sweep.sampler.gp;

import org.hyperlab.sweep.sampler.StandardNormal;

/**
 * The logarithm of expected improvement for minimization, computed without underflow (Ament, Daulton, Eriksson,
 * Balandat and Bakshy, "Unexpected Improvements to Expected Improvement for Bayesian Optimization", NeurIPS 2023,
 * eq. 9). With {@code z = (best - mu) / sigma}, {@code EI = sigma h(z)} and {@code h(z) = phi(z) + z Phi(z)}:
 * {@code log h(z) = log(phi(z) + z Phi(z))} for {@code z > -1}, else
 * {@code -z^2/2 - ln(2 pi)/2 + log1mexp(ln(erfcx(-z/sqrt 2) |z|) + ln(pi/2)/2)}, where
 * {@code log1mexp(u) = ln(1 - e^u)} and {@code erfcx(x) = e^(x^2) erfc(x)} ({@link StandardNormal#erfcx}, which
 * neither overflows nor underflows).
 */
final class LogExpectedImprovement {
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double HALF_LOG_PI_OVER_2 = 0.5 * Math.log(Math.PI / 2);

    private LogExpectedImprovement() {
    }

    /** {@code ln EI} at a point with posterior mean {@code mu} and standard deviation {@code sigma}. */
    static double of(double mu, double sigma, double best) {
        double z = (best - mu) / sigma;
        return Math.log(sigma) + logH(z);
    }

    /** {@code ln(phi(z) + z Phi(z))}. */
    static double logH(double z) {
        if (z > -1) {
            double phi = Math.exp(-0.5 * z * z - LOG_SQRT_2PI);
            return Math.log(phi + z * StandardNormal.cdf(z));
        }
        double u = Math.log(StandardNormal.erfcx(-z / Math.sqrt(2)) * Math.abs(z)) + HALF_LOG_PI_OVER_2;
        return -0.5 * z * z - LOG_SQRT_2PI + log1mexp(u);
    }

    /** {@code ln(1 - e^u)} for {@code u < 0} (Mächler 2012: two branches around {@code -ln 2}). */
    static double log1mexp(double u) {
        return u > -Math.log(2) ? Math.log(-Math.expm1(u)) : Math.log1p(-Math.exp(u));
    }
}
