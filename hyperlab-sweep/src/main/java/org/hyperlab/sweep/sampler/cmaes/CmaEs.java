package org.hyperlab.sweep.sampler.cmaes;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.hyperlab.sweep.sampler.StandardNormal;

/**
 * One run of CMA-ES on the unit cube {@code [0, 1]^n}, as in Hansen, "The CMA Evolution Strategy: A Tutorial"
 * (arXiv:1604.00772, 2016), with the tutorial's default weights (Table 1), negative ones included (active CMA).
 * Population {@code lambda}, parents {@code mu = floor(lambda/2)}, raw weights {@code w'_i = ln((lambda+1)/2) - ln i}
 * for every rank, the best {@code mu} normalized to sum 1 (they alone move the mean),
 * {@code mu_eff = (sum w'_i)^2 / sum w'_i^2} over them, the others scaled to sum to
 * {@code -min(1 + c_1/c_mu, 1 + 2 mu_eff^-/(mu_eff + 2), (1 - c_1 - c_mu)/(n c_mu))};
 * {@code c_c = (4 + mu_eff/n)/(n + 4 + 2 mu_eff/n)}, {@code c_sigma = (mu_eff + 2)/(n + mu_eff + 5)},
 * {@code c_1 = 2/((n + 1.3)^2 + mu_eff)}, {@code c_mu = min(1 - c_1, 2(mu_eff - 2 + 1/mu_eff)/((n + 2)^2 + mu_eff))},
 * {@code d_sigma = 1 + 2 max(0, sqrt((mu_eff - 1)/(n + 1)) - 1) + c_sigma}. {@link #ask} draws
 * {@code x = m + sigma B D z} (resampled while outside the cube, clipped after 100 tries); {@link #tell} ranks a
 * generation and updates the mean, both evolution paths (with the {@code h_sigma} stall), the step size
 * (cumulative step-size adaptation) and the covariance (rank-one plus rank-mu over all ranks, a negative weight
 * applied to the step rescaled to length {@code sqrt n} in the metric of the old covariance). {@link #shouldStop} is the
 * restart test of IPOP (Auger and Hansen 2005): step below {@code tolX}, best values flat over the last
 * {@code 10 + ceil(30 n / lambda)} generations, or a condition number above 1e14.
 */
final class CmaEs {
    private static final double TOL_X = 1e-9;
    private static final double TOL_FUN = 1e-12;
    private final int n;
    private final int lambda;
    private final int mu;
    private final double[] weights;
    private final double muEff;
    private final double weightSum;
    private final double cc;
    private final double cSigma;
    private final double c1;
    private final double cMu;
    private final double dSigma;
    private final double chiN;
    private final double[] mean;
    private double sigma;
    private final double[] pc;
    private final double[] pSigma;
    private final double[][] c;
    private double[][] b;
    private double[] d;
    private int generation;
    private final double[] bestHistory;

    CmaEs(double[] mean, double sigma, int lambda) {
        this.n = mean.length;
        this.lambda = lambda;
        this.mu = lambda / 2;
        this.mean = mean.clone();
        this.sigma = sigma;
        // Hansen (2016), Table 1: raw weights w'_i = ln((lambda+1)/2) - ln i for every rank; the best mu are
        // normalized to sum 1, the rest (negative: active CMA) to a sum of -min(alpha_mu-, alpha_mueff-, alpha_posdef-)
        weights = new double[lambda];
        double positive = 0;
        double positiveSq = 0;
        double negative = 0;
        double negativeSq = 0;
        for (int i = 0; i < lambda; i++) {
            weights[i] = Math.log((lambda + 1) / 2.0) - Math.log(i + 1);
            if (i < mu) {
                positive += weights[i];
                positiveSq += weights[i] * weights[i];
            } else {
                negative += weights[i];
                negativeSq += weights[i] * weights[i];
            }
        }
        muEff = positive * positive / positiveSq;
        double muEffMinus = negativeSq > 0 ? negative * negative / negativeSq : 0;
        cc = (4 + muEff / n) / (n + 4 + 2 * muEff / n);
        cSigma = (muEff + 2) / (n + muEff + 5);
        c1 = 2 / ((n + 1.3) * (n + 1.3) + muEff);
        cMu = Math.min(1 - c1, 2 * (muEff - 2 + 1 / muEff) / ((n + 2) * (n + 2) + muEff));
        double alphaMu = 1 + c1 / cMu;
        double alphaMuEff = 1 + 2 * muEffMinus / (muEff + 2);
        double alphaPosDef = (1 - c1 - cMu) / (n * cMu);
        double negativeScale = Math.min(alphaMu, Math.min(alphaMuEff, alphaPosDef));
        double sum = 0;
        for (int i = 0; i < lambda; i++) {
            weights[i] = i < mu ? weights[i] / positive : negativeScale * weights[i] / -negative;
            sum += weights[i];
        }
        weightSum = sum;
        dSigma = 1 + 2 * Math.max(0, Math.sqrt((muEff - 1) / (n + 1)) - 1) + cSigma;
        chiN = Math.sqrt(n) * (1 - 1.0 / (4 * n) + 1.0 / (21.0 * n * n));
        pc = new double[n];
        pSigma = new double[n];
        c = new double[n][n];
        b = new double[n][n];
        d = new double[n];
        for (int i = 0; i < n; i++) {
            c[i][i] = 1;
            b[i][i] = 1;
            d[i] = 1;
        }
        bestHistory = new double[10 + (int) Math.ceil(30.0 * n / lambda)];
        Arrays.fill(bestHistory, Double.NaN);
    }

    /** Hansen's default population for dimension n: {@code 4 + floor(3 ln n)}. */
    static int defaultLambda(int n) {
        return 4 + (int) Math.floor(3 * Math.log(n));
    }

    int lambda() {
        return lambda;
    }

    /** The recombination weights by rank, best first (a copy). */
    double[] weights() {
        return weights.clone();
    }

    /** The distribution mean {@code m} (a copy). */
    double[] mean() {
        return mean.clone();
    }

    /** The step size {@code sigma}. */
    double sigma() {
        return sigma;
    }

    /** The covariance matrix {@code C} (a copy). */
    double[][] covariance() {
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            copy[i] = c[i].clone();
        }
        return copy;
    }

    /** The evolution path {@code p_c} of the covariance (a copy). */
    double[] covariancePath() {
        return pc.clone();
    }

    /** The evolution path {@code p_sigma} of the step size (a copy). */
    double[] stepSizePath() {
        return pSigma.clone();
    }

    /** One candidate in the unit cube. */
    double[] ask(SplittableRandom rng) {
        double[] x = new double[n];
        for (int attempt = 0; attempt < 100; attempt++) {
            sampleInto(rng, x);
            if (inCube(x)) {
                return x;
            }
        }
        for (int i = 0; i < n; i++) {
            x[i] = Math.min(Math.max(x[i], 0), 1);
        }
        return x;
    }

    private void sampleInto(SplittableRandom rng, double[] x) {
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = d[i] * StandardNormal.draw(rng);
        }
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += b[i][j] * z[j];
            }
            x[i] = mean[i] + sigma * s;
        }
    }

    private static boolean inCube(double[] x) {
        for (double v : x) {
            if (v < 0 || v > 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Updates the distribution from one generation.
     *
     * @param xs     the evaluated points (unit cube), {@code lambda} of them
     * @param values their values, minimized
     */
    void tell(double[][] xs, double[] values) {
        Integer[] order = new Integer[xs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Double.compare(values[p], values[q]));
        double[][] y = new double[lambda][n];
        double[] yw = new double[n];
        for (int k = 0; k < lambda; k++) {
            double[] x = xs[order[k]];
            for (int i = 0; i < n; i++) {
                y[k][i] = (x[i] - mean[i]) / sigma;
                if (k < mu) {
                    yw[i] += weights[k] * y[k][i];
                }
            }
        }
        // the negative weights act through the Mahalanobis-rescaled steps w°_k = w_k n / |C^(-1/2) y_k|^2 (Hansen
        // 2016, eq. 46), computed with the covariance that drew them
        double[] rankWeights = new double[lambda];
        for (int k = 0; k < lambda; k++) {
            if (weights[k] >= 0) {
                rankWeights[k] = weights[k];
            } else {
                double[] whitened = cInvSqrt(y[k]);
                double sq = 0;
                for (double v : whitened) {
                    sq += v * v;
                }
                rankWeights[k] = sq > 0 ? weights[k] * n / sq : 0;
            }
        }
        for (int i = 0; i < n; i++) {
            mean[i] += sigma * yw[i];
        }
        double[] cInvSqrtYw = cInvSqrt(yw);
        double ps = Math.sqrt(cSigma * (2 - cSigma) * muEff);
        double norm = 0;
        for (int i = 0; i < n; i++) {
            pSigma[i] = (1 - cSigma) * pSigma[i] + ps * cInvSqrtYw[i];
            norm += pSigma[i] * pSigma[i];
        }
        norm = Math.sqrt(norm);
        generation++;
        double hSigma = norm / Math.sqrt(1 - Math.pow(1 - cSigma, 2.0 * generation)) < (1.4 + 2.0 / (n + 1)) * chiN
                ? 1 : 0;
        double pcs = hSigma * Math.sqrt(cc * (2 - cc) * muEff);
        for (int i = 0; i < n; i++) {
            pc[i] = (1 - cc) * pc[i] + pcs * yw[i];
        }
        double deltaH = (1 - hSigma) * cc * (2 - cc);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double rankMu = 0;
                for (int k = 0; k < lambda; k++) {
                    rankMu += rankWeights[k] * y[k][i] * y[k][j];
                }
                double v = (1 + c1 * deltaH - c1 - cMu * weightSum) * c[i][j] + c1 * pc[i] * pc[j] + cMu * rankMu;
                c[i][j] = v;
                c[j][i] = v;
            }
        }
        sigma *= Math.exp(Math.min(1.0, (cSigma / dSigma) * (norm / chiN - 1)));
        SymmetricEigen eigen = new SymmetricEigen(c);
        b = eigen.vectors;
        for (int i = 0; i < n; i++) {
            d[i] = Math.sqrt(Math.max(eigen.values[i], 1e-300));
        }
        System.arraycopy(bestHistory, 0, bestHistory, 1, bestHistory.length - 1);
        bestHistory[0] = values[order[0]];
    }

    /** {@code C^(-1/2) v = B D^-1 B^T v}. */
    private double[] cInvSqrt(double[] v) {
        double[] t = new double[n];
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += b[i][j] * v[i];
            }
            t[j] = s / d[j];
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += b[i][j] * t[j];
            }
            out[i] = s;
        }
        return out;
    }

    /** The IPOP restart test (see the class comment). */
    boolean shouldStop() {
        double maxD = 0;
        double minD = Double.POSITIVE_INFINITY;
        double maxStd = 0;
        for (int i = 0; i < n; i++) {
            maxD = Math.max(maxD, d[i]);
            minD = Math.min(minD, d[i]);
            maxStd = Math.max(maxStd, sigma * Math.sqrt(c[i][i]));
        }
        if (maxStd < TOL_X || !(sigma > 0) || maxD / minD > 1e7) {
            return true;
        }
        if (Double.isNaN(bestHistory[bestHistory.length - 1])) {
            return false;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : bestHistory) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi - lo < TOL_FUN;
    }
}
