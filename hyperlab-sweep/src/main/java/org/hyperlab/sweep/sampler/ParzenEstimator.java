package org.hyperlab.sweep.sampler;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A one-dimensional Parzen estimator as in Optuna's univariate TPE ({@code consider_prior=True},
 * {@code prior_weight=1}, {@code consider_magic_clip=True}, {@code consider_endpoints=False}): a mixture of
 * truncated normals on {@code [low, high]}, one per observation plus a prior kernel centered at
 * {@code (low+high)/2} with sigma {@code high-low}. Each observation's sigma is the larger distance to its
 * neighbors among the sorted observations, the prior mean and the two bounds (the outermost kernels use their
 * inner neighbor only), clipped to {@code [(high-low)/min(100, 1+n_kernels), high-low]} with n_kernels the
 * number of observations plus one. Mixture weights are the given observation weights plus the prior weight,
 * normalized. All values are in the transformed space (ln for log parameters; bounds widened by half a step for
 * discrete ones).
 */
final class ParzenEstimator {
    private final double[] mus;
    private final double[] sigmas;
    private final double[] weights;
    private final double low;
    private final double high;

    ParzenEstimator(double[] observations, double[] observationWeights, double low, double high) {
        this.low = low;
        this.high = high;
        int n = observations.length;
        double priorMu = 0.5 * (low + high);
        mus = Arrays.copyOf(observations, n + 1);
        mus[n] = priorMu;
        sigmas = new double[n + 1];
        weights = new double[n + 1];
        if (n > 0) {
            Integer[] order = new Integer[n + 1];
            for (int i = 0; i <= n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(mus[a], mus[b]));
            double[] withEnds = new double[n + 3];
            withEnds[0] = low;
            for (int i = 0; i <= n; i++) {
                withEnds[i + 1] = mus[order[i]];
            }
            withEnds[n + 2] = high;
            double[] sorted = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                sorted[i] = Math.max(withEnds[i + 1] - withEnds[i], withEnds[i + 2] - withEnds[i + 1]);
            }
            if (withEnds.length >= 4) {
                sorted[0] = withEnds[2] - withEnds[1];
                sorted[n] = withEnds[n + 1] - withEnds[n];
            }
            double maxSigma = high - low;
            double minSigma = (high - low) / Math.min(100.0, 1.0 + (n + 1));
            for (int i = 0; i <= n; i++) {
                sigmas[order[i]] = Math.min(Math.max(sorted[i], minSigma), maxSigma);
            }
        }
        sigmas[n] = high - low;
        double total = 1.0;
        for (int i = 0; i < n; i++) {
            weights[i] = observationWeights[i];
            total += observationWeights[i];
        }
        weights[n] = 1.0;
        for (int i = 0; i <= n; i++) {
            weights[i] /= total;
        }
        if (!(high > low)) {
            Arrays.fill(sigmas, 1.0);
        }
    }

    /** One draw: a kernel chosen by weight, then a truncated-normal draw from it. */
    double sample(SplittableRandom rng) {
        if (!(high > low)) {
            return low;
        }
        double u = rng.nextDouble();
        int k = 0;
        double acc = weights[0];
        while (u >= acc && k < weights.length - 1) {
            k++;
            acc += weights[k];
        }
        return TruncatedNormal.sample(rng, mus[k], sigmas[k], low, high);
    }

    /** The log density of the mixture at {@code x} (log-sum-exp over kernels). */
    double logPdf(double x) {
        if (!(high > low)) {
            return 0;
        }
        double[] terms = new double[mus.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < mus.length; i++) {
            terms[i] = Math.log(weights[i]) + TruncatedNormal.logPdf(x, mus[i], sigmas[i], low, high);
            max = Math.max(max, terms[i]);
        }
        double sum = 0;
        for (double t : terms) {
            sum += Math.exp(t - max);
        }
        return max + Math.log(sum);
    }
}
