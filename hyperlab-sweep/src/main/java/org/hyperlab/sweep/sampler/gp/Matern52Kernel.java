package org.hyperlab.sweep.sampler.gp;

/**
 * The Matérn kernel with smoothness 5/2 and one length scale per coordinate (Rasmussen and Williams, "Gaussian
 * Processes for Machine Learning", 2006, eq. 4.17):
 * {@code k(x, x') = s2 (1 + sqrt5 r + 5 r^2 / 3) exp(-sqrt5 r)}, {@code r^2 = sum_i (delta_i / l_i)^2}, where
 * {@code delta_i = x_i - x'_i} on a numeric coordinate and {@code [x_i != x'_i]} on a categorical one. Its
 * derivative in {@code ln l_i} is {@code s2 (5/3) (1 + sqrt5 r) exp(-sqrt5 r) (delta_i / l_i)^2}.
 */
final class Matern52Kernel {
    private static final double SQRT5 = Math.sqrt(5);
    private final boolean[] categorical;

    Matern52Kernel(boolean[] categorical) {
        this.categorical = categorical.clone();
    }

    int dimensions() {
        return categorical.length;
    }

    /** {@code delta_i} (see the class comment). */
    double delta(int i, double a, double b) {
        return categorical[i] ? (a == b ? 0 : 1) : a - b;
    }

    /** {@code r^2} for inverse squared length scales {@code inv2[i] = 1 / l_i^2}. */
    double r2(double[] x, double[] y, double[] inv2) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double dlt = delta(i, x[i], y[i]);
            s += dlt * dlt * inv2[i];
        }
        return s;
    }

    /** The kernel value per unit signal variance at squared scaled distance {@code r2}. */
    static double shape(double r2) {
        double r = Math.sqrt(r2);
        return (1 + SQRT5 * r + 5.0 / 3.0 * r2) * Math.exp(-SQRT5 * r);
    }

    /** {@code (5/3)(1 + sqrt5 r) exp(-sqrt5 r)}: the length-scale derivative's factor per unit signal variance. */
    static double gradientFactor(double r2) {
        double r = Math.sqrt(r2);
        return 5.0 / 3.0 * (1 + SQRT5 * r) * Math.exp(-SQRT5 * r);
    }
}
