package org.hyperlab.sweep.sampler.nsga2;

import java.util.SplittableRandom;

/**
 * The variation operators of NSGA-II on coordinates scaled to [0, 1] (Deb et al. 2002, section IV, as in Deb's
 * reference implementation): simulated binary crossover with bounds (Deb and Agrawal, "Simulated binary crossover
 * for continuous search space", Complex Systems 9, 1995) and polynomial mutation (Deb and Goyal 1996), both with a
 * distribution index (20 in the paper: larger keeps children closer to their parents); for categorical coordinates
 * uniform crossover (each from either parent with probability 1/2) and mutation to a uniformly drawn choice.
 */
final class GeneticOperators {
    private static final double EPS = 1e-14;

    private GeneticOperators() {
    }

    /**
     * One child coordinate of bounded SBX on {@code [0, 1]}: with probability 1/2 the parents' values are recombined
     * (when they differ), else the first parent's value is kept; of the two children the bounded SBX makes, one is
     * taken at random.
     */
    static double sbx(double x1, double x2, double eta, SplittableRandom rng) {
        if (rng.nextDouble() > 0.5 || Math.abs(x1 - x2) <= EPS) {
            return x1;
        }
        double[] children = sbxPair(x1, x2, eta, rng.nextDouble());
        return rng.nextBoolean() ? children[0] : children[1];
    }

    /**
     * The two children of bounded SBX for parents {@code x1 != x2} on {@code [0, 1]} and the uniform draw {@code u}:
     * with {@code y1 < y2} the parents in order, each child's spread factor {@code beta_q} solves
     * {@code beta_q = (u alpha)^(1/(eta+1))} for {@code u <= 1/alpha}, else {@code (1 / (2 - u alpha))^(1/(eta+1))},
     * with {@code alpha = 2 - beta^-(eta+1)} and {@code beta = 1 + 2 y1 / (y2 - y1)}
     * (lower child) or {@code 1 + 2 (1 - y2) / (y2 - y1)} (upper child), so both children stay in [0, 1]:
     * {@code c1 = (y1 + y2 - beta_q (y2 - y1)) / 2}, {@code c2 = (y1 + y2 + beta_q (y2 - y1)) / 2}.
     */
    static double[] sbxPair(double x1, double x2, double eta, double u) {
        double y1 = Math.min(x1, x2);
        double y2 = Math.max(x1, x2);
        double c1 = 0.5 * ((y1 + y2) - spread(1 + 2 * y1 / (y2 - y1), eta, u) * (y2 - y1));
        double c2 = 0.5 * ((y1 + y2) + spread(1 + 2 * (1 - y2) / (y2 - y1), eta, u) * (y2 - y1));
        return new double[] {Math.min(Math.max(c1, 0), 1), Math.min(Math.max(c2, 0), 1)};
    }

    /** SBX's spread factor beta_q for the bound-dependent beta and the uniform draw u. */
    private static double spread(double beta, double eta, double u) {
        double alpha = 2 - Math.pow(beta, -(eta + 1));
        return u <= 1 / alpha ? Math.pow(u * alpha, 1 / (eta + 1)) : Math.pow(1 / (2 - u * alpha), 1 / (eta + 1));
    }

    /** Polynomial mutation of {@code x} on {@code [0, 1]} with distribution index {@code eta}. */
    static double polynomialMutation(double x, double eta, SplittableRandom rng) {
        return polynomialMutation(x, eta, rng.nextDouble());
    }

    /**
     * Polynomial mutation for the uniform draw {@code u} (Deb's bounded form): below 1/2,
     * {@code delta = (2u + (1 - 2u)(1 - x)^(eta+1))^(1/(eta+1)) - 1}, reaching 0 at u = 0; from 1/2,
     * {@code delta = 1 - (2(1 - u) + 2(u - 1/2) x^(eta+1))^(1/(eta+1))}, reaching 1 at u = 1; the result is
     * {@code x + delta}, and {@code x} itself at u = 1/2.
     */
    static double polynomialMutation(double x, double eta, double u) {
        double power = 1 / (eta + 1);
        double delta;
        if (u < 0.5) {
            double v = 2 * u + (1 - 2 * u) * Math.pow(1 - x, eta + 1);
            delta = Math.pow(v, power) - 1;
        } else {
            double v = 2 * (1 - u) + 2 * (u - 0.5) * Math.pow(x, eta + 1);
            delta = 1 - Math.pow(v, power);
        }
        return Math.min(Math.max(x + delta, 0), 1);
    }

    /** Uniform crossover of one categorical coordinate: either parent's choice with probability 1/2. */
    static double uniform(double a, double b, SplittableRandom rng) {
        return rng.nextBoolean() ? a : b;
    }
}
