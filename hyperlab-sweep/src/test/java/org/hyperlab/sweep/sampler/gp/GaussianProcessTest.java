package org.hyperlab.sweep.sampler.gp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Gaussian process against its definitions (Rasmussen and Williams 2006): the log marginal likelihood
 * (eq. 5.8) and the posterior (eqs. 2.25-2.26) with the covariance matrix inverted and its determinant taken by
 * Gauss-Jordan elimination here, the priors of the class comment, Adam (Kingma and Ba 2015) on the gradient, and the
 * bounds of the fit.
 */
class GaussianProcessTest {
    private static final Matern52Kernel KERNEL = new Matern52Kernel(new boolean[] {false, true});
    private static final double[][] X = {{0.1, 0}, {0.45, 1}, {0.8, 0}, {0.6, 2}};
    private static final double[] Y = {0.3, -1.2, 0.8, 0.1};
    private static final double[] THETA = {Math.log(0.4), Math.log(1.7), Math.log(0.9), Math.log(0.05)};

    private static double k(double[] a, double[] b) {
        double r2 = Math.pow((a[0] - b[0]) / 0.4, 2) + (a[1] == b[1] ? 0 : 1 / (1.7 * 1.7));
        double r = Math.sqrt(r2);
        return 0.9 * (1 + Math.sqrt(5) * r + 5 * r2 / 3) * Math.exp(-Math.sqrt(5) * r);
    }

    private static double[][] covariance() {
        int n = X.length;
        double[][] kk = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                kk[i][j] = k(X[i], X[j]) + (i == j ? 0.05 : 0);
            }
        }
        return kk;
    }

    /** {inverse, {determinant}} by Gauss-Jordan elimination with partial pivoting. */
    private static double[][][] invertWithDeterminant(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n + i] = 1;
        }
        double det = 1;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (pivot != col) {
                double[] t = m[pivot];
                m[pivot] = m[col];
                m[col] = t;
                det = -det;
            }
            double p = m[col][col];
            det *= p;
            for (int j = 0; j < 2 * n; j++) {
                m[col][j] /= p;
            }
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double f = m[r][col];
                    for (int j = 0; j < 2 * n; j++) {
                        m[r][j] -= f * m[col][j];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], n, inv[i], 0, n);
        }
        return new double[][][] {inv, {{det}}};
    }

    private static double quad(double[][] a, double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            for (int j = 0; j < v.length; j++) {
                s += u[i] * a[i][j] * v[j];
            }
        }
        return s;
    }

    @Test
    void logPosteriorIsTheMarginalLikelihoodPlusTheLogNormalPriors() {
        double[][][] inv = invertWithDeterminant(covariance());
        double n = X.length;
        double lml = -0.5 * quad(inv[0], Y, Y) - 0.5 * Math.log(inv[1][0][0]) - n / 2 * Math.log(2 * Math.PI);
        double prior = -0.5 * Math.pow(THETA[0] - Math.log(0.5), 2) - 0.5 * Math.pow(THETA[1] - Math.log(0.5), 2)
                - 0.5 * THETA[2] * THETA[2] - Math.pow(THETA[3] - Math.log(1e-3), 2) / 8;
        assertEquals(lml + prior, GaussianProcess.logPosterior(KERNEL, X, Y, THETA), 1e-12);
    }

    @Test
    void predictionIsThePosteriorMeanAndStandardDeviationOfTheLatentFunction() {
        GaussianProcess gp = GaussianProcess.fit(KERNEL, X, Y, THETA, 0);
        double[][] inv = invertWithDeterminant(covariance())[0];
        for (double[] p : new double[][] {{0.3, 1}, {0.1, 0}, {0.95, 2}}) {
            double[] ks = new double[X.length];
            for (int i = 0; i < X.length; i++) {
                ks[i] = k(p, X[i]);
            }
            double mean = quad(inv, ks, Y);
            double var = 0.9 - quad(inv, ks, ks);
            double[] ms = gp.predict(p);
            assertEquals(mean, ms[0], 1e-12, "mean at " + p[0]);
            assertEquals(Math.sqrt(var), ms[1], 1e-12, "sd at " + p[0]);
        }
        assertArrayEquals(THETA, gp.theta(), 0);
    }

    @Test
    void predictedStandardDeviationIsAtLeastOneMillionth() {
        // without noise the variance at an observed point is 0 up to rounding: the floor 1e-12 applies
        double[][] x = {{0.5, 0}};
        double[] theta = {Math.log(0.4), Math.log(1.7), 0, Math.log(1e-30)};
        GaussianProcess gp = GaussianProcess.fit(KERNEL, x, new double[] {1}, theta, 0);
        assertEquals(1e-6, gp.predict(new double[] {0.5, 0})[1], 1e-9);
        assertEquals(1, gp.predict(new double[] {0.5, 0})[0], 1e-12);
    }

    @Test
    void defaultThetaIsLengthScaleHalfUnitSignalAndNoiseOneThousandth() {
        assertArrayEquals(new double[] {Math.log(0.5), Math.log(0.5), Math.log(0.5), 0, Math.log(1e-3)},
                GaussianProcess.defaultTheta(3), 0);
    }

    @Test
    void fitTakesAdamStepsOnTheGradient() {
        int steps = 3;
        double[] theta = THETA.clone();
        double[] m = new double[4];
        double[] v = new double[4];
        for (int t = 1; t <= steps; t++) {
            double[] g = GaussianProcess.gradient(KERNEL, X, Y, theta);
            for (int i = 0; i < 4; i++) {
                m[i] = 0.9 * m[i] + 0.1 * g[i];
                v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                theta[i] += 0.08 * (m[i] / (1 - Math.pow(0.9, t))) / (Math.sqrt(v[i] / (1 - Math.pow(0.999, t))) + 1e-8);
            }
        }
        assertArrayEquals(theta, GaussianProcess.fit(KERNEL, X, Y, THETA, steps).theta(), 1e-12);
        // the first step of Adam moves every coordinate by lr in the gradient's direction
        double[] g0 = GaussianProcess.gradient(KERNEL, X, Y, THETA);
        double[] one = GaussianProcess.fit(KERNEL, X, Y, THETA, 1).theta();
        for (int i = 0; i < 4; i++) {
            assertEquals(THETA[i] + 0.08 * Math.signum(g0[i]), one[i], 1e-7, "theta " + i);
        }
    }

    @Test
    void fitIncreasesTheLogPosterior() {
        double start = GaussianProcess.logPosterior(KERNEL, X, Y, GaussianProcess.defaultTheta(2));
        GaussianProcess gp = GaussianProcess.fit(KERNEL, X, Y, GaussianProcess.defaultTheta(2), 100);
        assertTrue(GaussianProcess.logPosterior(KERNEL, X, Y, gp.theta()) > start + 0.1);
    }

    @Test
    void fitKeepsLengthScalesSignalAndNoiseInsideTheirBounds() {
        double[] high = {Math.log(100), Math.log(100), Math.log(1e5), Math.log(10)};
        assertArrayEquals(new double[] {Math.log(20), Math.log(20), Math.log(1e3), 0},
                GaussianProcess.fit(KERNEL, X, Y, high, 1).theta(), 0);
        double[] low = {Math.log(1e-4), Math.log(1e-4), Math.log(1e-6), Math.log(1e-9)};
        assertArrayEquals(new double[] {Math.log(0.01), Math.log(0.01), Math.log(1e-3), Math.log(1e-6)},
                GaussianProcess.fit(KERNEL, X, Y, low, 1).theta(), 0);
        double[] inside = GaussianProcess.fit(KERNEL, X, Y, THETA, 1).theta();
        for (int i = 0; i < 4; i++) {
            assertTrue(Math.abs(inside[i] - THETA[i]) > 0.07, "an inner point moves freely: theta " + i);
        }
    }

    @Test
    void choleskyFactorsPositiveDefiniteMatricesAndAddsGrowingJitterOtherwise() {
        double[][] a = {{4, 2, 0.4}, {2, 5, 1}, {0.4, 1, 3}};
        assertProduct(a, GaussianProcess.cholesky(a), 0);
        // singular: the first jitter 1e-10 suffices
        double[][] singular = {{1, 1}, {1, 1}};
        assertProduct(singular, GaussianProcess.cholesky(singular), 1e-10);
        // indefinite (eigenvalues 4 and -2): jitter 1e-10 is multiplied by 10 until it exceeds 2, i.e. to 10
        double[][] indefinite = {{1, 3}, {3, 1}};
        assertProduct(indefinite, GaussianProcess.cholesky(indefinite), 10);
    }

    private static void assertProduct(double[][] a, double[][] l, double jitter) {
        int n = a.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += l[i][k] * l[j][k];
                }
                assertEquals(a[i][j] + (i == j ? jitter : 0), s, 1e-9 * Math.max(1, jitter), i + "," + j);
                if (j > i) {
                    assertEquals(0, l[i][j], 0, "lower triangular");
                }
            }
        }
    }

    @Test
    void triangularSolvesInvertLAndItsTranspose() {
        double[][] l = {{2, 0, 0}, {1, 3, 0}, {-1, 0.5, 4}};
        double[] b = {2, 7, 3};
        // L z = b by forward substitution: z = (1, 2, 0.75)
        assertArrayEquals(new double[] {1, 2, 0.75}, GaussianProcess.solveLower(l, b), 1e-15);
        // L^T z = b by back substitution: z3 = 3/4, z2 = (7 - 0.5 z3)/3, z1 = (2 - z2 + z3)/2
        double z3 = 0.75;
        double z2 = (7 - 0.5 * z3) / 3;
        double z1 = (2 - z2 + z3) / 2;
        assertArrayEquals(new double[] {z1, z2, z3}, GaussianProcess.solveUpper(l, b), 1e-15);
    }
}
