package org.hyperlab.sweep.sampler;

import java.util.SplittableRandom;

/**
 * The normal distribution N(mu, sigma^2) truncated to {@code [low, high]}: density
 * {@code phi((x-mu)/sigma) / (sigma * (Phi((high-mu)/sigma) - Phi((low-mu)/sigma)))} inside the interval.
 * {@code Phi} from {@link StandardNormal}.
 */
final class TruncatedNormal {
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    private TruncatedNormal() {
    }

    /** The complementary error function ({@link StandardNormal#erfc}). */
    static double erfc(double x) {
        return StandardNormal.erfc(x);
    }

    /** The standard normal distribution function. */
    static double cdf(double z) {
        return StandardNormal.cdf(z);
    }

    /** The log density at {@code x} (which must lie in [low, high]). */
    static double logPdf(double x, double mu, double sigma, double low, double high) {
        double z = (x - mu) / sigma;
        double mass = cdf((high - mu) / sigma) - cdf((low - mu) / sigma);
        return -0.5 * z * z - LOG_SQRT_2PI - Math.log(sigma) - Math.log(Math.max(mass, 1e-300));
    }

    /**
     * One draw, by rejection from N(mu, sigma^2); with mu inside the interval and sigma at most its width (as
     * the Parzen estimator guarantees) each proposal is accepted with probability above 0.3; after 1000
     * rejections the draw is clipped.
     */
    static double sample(SplittableRandom rng, double mu, double sigma, double low, double high) {
        for (int i = 0; i < 1000; i++) {
            double x = mu + sigma * gaussian(rng);
            if (x >= low && x <= high) {
                return x;
            }
        }
        return Math.min(Math.max(mu, low), high);
    }

    /** A standard normal draw. */
    static double gaussian(SplittableRandom rng) {
        return StandardNormal.draw(rng);
    }
}
