package org.hyperlab.sweep.sampler.gp;

/**
 * Gaussian-process regression with a {@link Matern52Kernel} plus observation noise (Rasmussen and Williams,
 * "Gaussian Processes for Machine Learning", 2006, algorithm 2.1), its hyperparameters
 * {@code theta = (ln l_1..ln l_d, ln s2, ln noise)} fitted by maximizing the log marginal likelihood
 * {@code -y^T K^-1 y / 2 - ln|K| / 2 - n ln(2 pi) / 2} (eq. 5.8) plus weak log-normal priors that keep the fit
 * sane with few points ({@code ln l_i ~ N(ln 0.5, 1)}, {@code ln s2 ~ N(0, 1)}, {@code ln noise ~ N(ln 1e-3, 4)}),
 * by Adam on the gradient {@code tr((alpha alpha^T - K^-1) dK/dtheta) / 2} (eq. 5.9). The targets should be
 * standardized. Length scales stay in {@code [0.01, 20]}, the noise variance in {@code [1e-6, 1]}.
 */
final class GaussianProcess {
    private static final double LOG_L_PRIOR = Math.log(0.5);
    private static final double LOG_NOISE_PRIOR = Math.log(1e-3);
    private final Matern52Kernel kernel;
    private final double[][] x;
    private final double[] theta;
    private final double[] inv2;
    private final double s2;
    private final double[][] chol;
    private final double[] alpha;

    private GaussianProcess(Matern52Kernel kernel, double[][] x, double[] y, double[] theta) {
        this.kernel = kernel;
        this.x = x;
        this.theta = theta.clone();
        int d = kernel.dimensions();
        inv2 = new double[d];
        for (int i = 0; i < d; i++) {
            inv2[i] = Math.exp(-2 * theta[i]);
        }
        s2 = Math.exp(theta[d]);
        double noise = Math.exp(theta[d + 1]);
        int n = x.length;
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = s2 * Matern52Kernel.shape(kernel.r2(x[i], x[j], inv2));
                k[i][j] = v;
                k[j][i] = v;
            }
            k[i][i] += noise;
        }
        chol = cholesky(k);
        alpha = solveUpper(chol, solveLower(chol, y));
    }

    /** The default starting point of the fit: length scales 0.5, unit signal variance, noise 1e-3. */
    static double[] defaultTheta(int d) {
        double[] t = new double[d + 2];
        java.util.Arrays.fill(t, 0, d, LOG_L_PRIOR);
        t[d + 1] = LOG_NOISE_PRIOR;
        return t;
    }

    /** Fits the hyperparameters from {@code start} with {@code iterations} Adam steps and returns the fitted process. */
    static GaussianProcess fit(Matern52Kernel kernel, double[][] x, double[] y, double[] start, int iterations) {
        int p = start.length;
        double[] theta = start.clone();
        double[] m = new double[p];
        double[] v = new double[p];
        double lr = 0.08;
        for (int t = 1; t <= iterations; t++) {
            double[] g = gradient(kernel, x, y, theta);
            for (int i = 0; i < p; i++) {
                m[i] = 0.9 * m[i] + 0.1 * g[i];
                v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                double mh = m[i] / (1 - Math.pow(0.9, t));
                double vh = v[i] / (1 - Math.pow(0.999, t));
                theta[i] += lr * mh / (Math.sqrt(vh) + 1e-8);
            }
            clamp(theta, kernel.dimensions());
        }
        return new GaussianProcess(kernel, x, y, theta);
    }

    private static void clamp(double[] theta, int d) {
        for (int i = 0; i < d; i++) {
            theta[i] = Math.min(Math.max(theta[i], Math.log(0.01)), Math.log(20));
        }
        theta[d] = Math.min(Math.max(theta[d], Math.log(1e-3)), Math.log(1e3));
        theta[d + 1] = Math.min(Math.max(theta[d + 1], Math.log(1e-6)), 0);
    }

    /** The gradient of log marginal likelihood plus log prior in theta. */
    static double[] gradient(Matern52Kernel kernel, double[][] x, double[] y, double[] theta) {
        GaussianProcess gp = new GaussianProcess(kernel, x, y, theta);
        int n = x.length;
        int d = kernel.dimensions();
        double[][] kInv = gp.inverse();
        double[] g = new double[d + 2];
        double noise = Math.exp(theta[d + 1]);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double w = gp.alpha[i] * gp.alpha[j] - kInv[i][j];
                double mult = i == j ? 0.5 : 1.0;
                if (i == j) {
                    g[d] += mult * w * gp.s2;
                    g[d + 1] += mult * w * noise;
                    continue;
                }
                double r2 = kernel.r2(x[i], x[j], gp.inv2);
                g[d] += mult * w * gp.s2 * Matern52Kernel.shape(r2);
                double f = mult * w * gp.s2 * Matern52Kernel.gradientFactor(r2);
                for (int c = 0; c < d; c++) {
                    double dlt = kernel.delta(c, x[i][c], x[j][c]);
                    g[c] += f * dlt * dlt * gp.inv2[c];
                }
            }
        }
        for (int c = 0; c < d; c++) {
            g[c] -= theta[c] - LOG_L_PRIOR;
        }
        g[d] -= theta[d];
        g[d + 1] -= (theta[d + 1] - LOG_NOISE_PRIOR) / 4;
        return g;
    }

    /** The log marginal likelihood plus log prior (up to a constant) at {@code theta}: what the fit maximizes. */
    static double logPosterior(Matern52Kernel kernel, double[][] x, double[] y, double[] theta) {
        GaussianProcess gp = new GaussianProcess(kernel, x, y, theta);
        int n = x.length;
        int d = kernel.dimensions();
        double v = -0.5 * n * Math.log(2 * Math.PI);
        for (int i = 0; i < n; i++) {
            v -= 0.5 * y[i] * gp.alpha[i] + Math.log(gp.chol[i][i]);
        }
        for (int c = 0; c < d; c++) {
            v -= 0.5 * (theta[c] - LOG_L_PRIOR) * (theta[c] - LOG_L_PRIOR);
        }
        v -= 0.5 * theta[d] * theta[d];
        v -= (theta[d + 1] - LOG_NOISE_PRIOR) * (theta[d + 1] - LOG_NOISE_PRIOR) / 8;
        return v;
    }

    /** The fitted hyperparameters. */
    double[] theta() {
        return theta.clone();
    }

    /** Posterior mean and standard deviation of the latent function at {@code p}: {@code {mean, sd}}. */
    double[] predict(double[] p) {
        int n = x.length;
        double[] ks = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            ks[i] = s2 * Matern52Kernel.shape(kernel.r2(p, x[i], inv2));
            mean += ks[i] * alpha[i];
        }
        double[] v = solveLower(chol, ks);
        double var = s2;
        for (double e : v) {
            var -= e * e;
        }
        return new double[] {mean, Math.sqrt(Math.max(var, 1e-12))};
    }

    private double[][] inverse() {
        int n = x.length;
        double[][] inv = new double[n][];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = 1;
            inv[i] = solveUpper(chol, solveLower(chol, e));
            e[i] = 0;
        }
        return inv;
    }

    /** Lower Cholesky factor; adds jitter to the diagonal until the matrix is positive definite. */
    static double[][] cholesky(double[][] a) {
        int n = a.length;
        double jitter = 0;
        while (true) {
            double[][] l = new double[n][n];
            boolean ok = true;
            for (int j = 0; j < n && ok; j++) {
                double s = a[j][j] + jitter;
                for (int k = 0; k < j; k++) {
                    s -= l[j][k] * l[j][k];
                }
                if (!(s > 0)) {
                    ok = false;
                    break;
                }
                l[j][j] = Math.sqrt(s);
                for (int i = j + 1; i < n; i++) {
                    double t = a[i][j];
                    for (int k = 0; k < j; k++) {
                        t -= l[i][k] * l[j][k];
                    }
                    l[i][j] = t / l[j][j];
                }
            }
            if (ok) {
                return l;
            }
            jitter = jitter == 0 ? 1e-10 : jitter * 10;
        }
    }

    /** Solves {@code L z = b}. */
    static double[] solveLower(double[][] l, double[] b) {
        int n = b.length;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            double[] row = l[i];
            for (int k = 0; k < i; k++) {
                s -= row[k] * z[k];
            }
            z[i] = s / row[i];
        }
        return z;
    }

    /** Solves {@code L^T z = b}. */
    static double[] solveUpper(double[][] l, double[] b) {
        int n = b.length;
        double[] z = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * z[k];
            }
            z[i] = s / l[i][i];
        }
        return z;
    }
}
