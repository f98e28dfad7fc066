package org.hyperlab.sweep.sampler;

import java.util.SplittableRandom;

/**
 * The multivariate Parzen estimator of TPE (Falkner, Klein and Hutter, "BOHB: Robust and Efficient Hyperparameter
 * Optimization at Scale", ICML 2018, section 3.2; components as in Watanabe, "Tree-structured Parzen estimator:
 * understanding its algorithm components and their roles for better empirical performance", 2023): a weighted
 * mixture of product kernels, one per observation plus a prior kernel. On a numeric coordinate a kernel is a
 * normal truncated to {@code [low, high]}; the observations' sigmas follow a {@link TpeBandwidth} rule, the prior kernel is centred at {@code (low+high)/2} with {@code sigma = high - low}, and every
 * sigma is clipped to {@code [(high-low)/min(100, 1+n_kernels), high-low]} ("magic clip", n_kernels = n + 1). On a
 * categorical coordinate with k choices the kernel of an observation of choice c gives c the weight
 * {@code 1 + 1/(n+1)} and every choice {@code 1/(n+1)}, normalized; the prior's is uniform. The mixture weights
 * are the observation weights and 1 for the prior, normalized. Coordinates are those of {@link EncodedSpace}.
 */
final class ParzenMixture {
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private final EncodedSpace space;
    private final double[][] mus;
    /** Per kernel and numeric coordinate: sigma. */
    private final double[][] sigmas;
    /** Per kernel and numeric coordinate: {@code -ln sigma - ln sqrt(2 pi) - ln(mass inside the bounds)}. */
    private final double[][] logNorms;
    /** Per categorical coordinate: the log probability of each choice under an observation's own choice, else. */
    private final double[] logOwn;
    private final double[] logOther;
    private final double[] logWeights;
    private final double[] cumulative;

    ParzenMixture(EncodedSpace space, double[][] observations, double[] observationWeights, TpeBandwidth bandwidth) {
        this.space = space;
        int n = observations.length;
        int d = space.size();
        int kernels = n + 1;
        mus = new double[kernels][];
        sigmas = new double[kernels][d];
        logNorms = new double[kernels][d];
        logOwn = new double[d];
        logOther = new double[d];
        for (int i = 0; i < n; i++) {
            mus[i] = observations[i].clone();
        }
        mus[n] = new double[d];
        for (int j = 0; j < d; j++) {
            double low = space.low(j);
            double high = space.high(j);
            if (space.isCategorical(j)) {
                int k = space.choices(j);
                double prior = 1.0 / (n + 1);
                double rowSum = 1.0 + prior * k;
                logOwn[j] = Math.log((1.0 + prior) / rowSum);
                logOther[j] = Math.log(prior / rowSum);
                mus[n][j] = -1;
                continue;
            }
            double width = high - low;
            double[] bandwidths = bandwidth.of(observations, j, low, high, d);
            double minSigma = width / Math.min(100.0, 1.0 + kernels);
            mus[n][j] = 0.5 * (low + high);
            for (int i = 0; i < kernels; i++) {
                double s = i == n ? width : bandwidths[i];
                s = width > 0 ? Math.min(Math.max(s, minSigma), width) : 1.0;
                sigmas[i][j] = s;
                double mass = width > 0 ? TruncatedNormal.cdf((high - mus[i][j]) / s)
                        - TruncatedNormal.cdf((low - mus[i][j]) / s) : 1.0;
                logNorms[i][j] = width > 0 ? -Math.log(s) - LOG_SQRT_2PI - Math.log(Math.max(mass, 1e-300)) : 0;
            }
        }
        logWeights = new double[kernels];
        cumulative = new double[kernels];
        double total = 1.0;
        for (double w : observationWeights) {
            total += w;
        }
        double acc = 0;
        for (int i = 0; i < kernels; i++) {
            double w = (i == n ? 1.0 : observationWeights[i]) / total;
            logWeights[i] = Math.log(w);
            acc += w;
            cumulative[i] = acc;
        }
    }

    /** One draw: a kernel chosen by weight, then each coordinate from that kernel. */
    double[] sample(SplittableRandom rng) {
        double u = rng.nextDouble() * cumulative[cumulative.length - 1];
        int k = 0;
        while (k < cumulative.length - 1 && u >= cumulative[k]) {
            k++;
        }
        double[] x = new double[space.size()];
        for (int j = 0; j < x.length; j++) {
            if (space.isCategorical(j)) {
                x[j] = sampleChoice(rng, j, (int) mus[k][j]);
            } else if (space.high(j) > space.low(j)) {
                x[j] = space.snap(j, TruncatedNormal.sample(rng, mus[k][j], sigmas[k][j], space.low(j), space.high(j)));
            } else {
                x[j] = space.snap(j, space.low(j));
            }
        }
        return x;
    }

    private int sampleChoice(SplittableRandom rng, int j, int own) {
        int k = space.choices(j);
        if (own < 0) {
            return rng.nextInt(k);
        }
        // the kernel is (point mass on own) + (uniform of total mass k/(n+1)), normalized
        double pointMass = Math.exp(logOwn[j]) - Math.exp(logOther[j]);
        return rng.nextDouble() < pointMass ? own : rng.nextInt(k);
    }

    /** The log density of the mixture at {@code x} (log-sum-exp over kernels). */
    double logPdf(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        double[] terms = new double[mus.length];
        for (int i = 0; i < mus.length; i++) {
            double t = logWeights[i];
            double[] mu = mus[i];
            for (int j = 0; j < x.length; j++) {
                if (space.isCategorical(j)) {
                    t += mu[j] < 0 ? -Math.log(space.choices(j)) : (mu[j] == x[j] ? logOwn[j] : logOther[j]);
                } else {
                    double z = (x[j] - mu[j]) / sigmas[i][j];
                    t += logNorms[i][j] - 0.5 * z * z;
                }
            }
            terms[i] = t;
            max = Math.max(max, t);
        }
        double sum = 0;
        for (double t : terms) {
            sum += Math.exp(t - max);
        }
        return max + Math.log(sum);
    }
}
