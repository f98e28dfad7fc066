package org.hyperlab.core.theory;

import org.hyperlab.core.objective.PolynomialObjective;
import org.hyperlab.core.objective.Rational;

/**
 * The inputs of the theory section, every number exact.
 *
 * @param y          labels of the one-hot exercise (Y = [0,1,1,2,3,0]); classes 0..max
 * @param x          the network's input X (N × D)
 * @param w          the weights W (D × C, stored in × out as {@code FullyConnected} does)
 * @param b          the bias b (C)
 * @param targets    the class of each of the N observations (one-hot targets of the network), each in 0..C−1
 * @param epsilon    the ε inside ∂J/∂Ŷ = −Y/(Ŷ+ε) for the "with ε" values, or null for exact values only
 * @param objective  the 1-D objective J(w) as text (see {@code ExpressionParser})
 * @param objectiveX the data point x of the 1-D objective
 */
public record TheoryInput(int[] y, Rational[][] x, Rational[][] w, Rational[] b, int[] targets, Double epsilon,
        String objective, Rational objectiveX) {
    /** The worked answer's ε. */
    public static final double WORKED_ANSWER_EPSILON = 1e-6;
    /**
     * The largest label of Y, the largest count of labels, and the largest N, D and C of X and W. The section is a
     * worked example printed in full (one C × C Jacobian per observation, every entry in exact form), so inputs
     * past these sizes would only print pages nobody reads while taking minutes and gigabytes.
     */
    public static final int MAX_LABEL = 99;
    public static final int MAX_LABELS = 1000;
    public static final int MAX_SIZE = 50;

    /** Checks shapes and ranges; throws {@link IllegalArgumentException} naming the input and what was expected. */
    public TheoryInput {
        if (y.length == 0) {
            throw new IllegalArgumentException("y: expected at least one label");
        }
        if (y.length > MAX_LABELS) {
            throw new IllegalArgumentException("y: expected at most " + MAX_LABELS + " labels, got " + y.length);
        }
        for (int label : y) {
            if (label < 0 || label > MAX_LABEL) {
                throw new IllegalArgumentException("y: labels must be integers from 0 to " + MAX_LABEL + ", got " + label);
            }
        }
        if (x.length == 0 || x[0].length == 0) {
            throw new IllegalArgumentException("x: expected at least one row and one column");
        }
        requireRectangular("x", x);
        requireRectangular("w", w);
        requireAtMost("x", x.length, x[0].length);
        requireAtMost("w", w.length, w.length == 0 ? 0 : w[0].length);
        if (w.length != x[0].length) {
            throw new IllegalArgumentException("w: expected " + x[0].length + " rows (one per column of x), got " + w.length);
        }
        int classes = w[0].length;
        if (b.length != classes) {
            throw new IllegalArgumentException("b: expected " + classes + " values (one per column of w), got " + b.length);
        }
        if (targets.length != x.length) {
            throw new IllegalArgumentException("labels: expected " + x.length + " targets (one per row of x), got " + targets.length);
        }
        for (int t : targets) {
            if (t < 0 || t >= classes) {
                throw new IllegalArgumentException("labels: each target must be a class 0.." + (classes - 1) + ", got " + t);
            }
        }
        if (epsilon != null && !(epsilon > 0 && Double.isFinite(epsilon))) {
            throw new IllegalArgumentException("epsilon: expected a positive number, got " + epsilon);
        }
    }

    private static void requireAtMost(String name, int rows, int columns) {
        if (rows > MAX_SIZE || columns > MAX_SIZE) {
            throw new IllegalArgumentException(name + ": expected at most " + MAX_SIZE + " x " + MAX_SIZE + ", got "
                    + rows + " x " + columns);
        }
    }

    private static void requireRectangular(String name, Rational[][] m) {
        for (int r = 0; r < m.length; r++) {
            if (m[r].length != m[0].length) {
                throw new IllegalArgumentException(name + ": row " + (r + 1) + " has " + m[r].length + " values, expected "
                        + m[0].length);
            }
        }
    }

    /** The assignment's example: Y = [0,1,1,2,3,0]; X, W, b as in the issue; targets [0,1]; the seed's quartic at x = 1. */
    public static TheoryInput assignment() {
        return new TheoryInput(new int[] {0, 1, 1, 2, 3, 0},
                ints(new long[][] {{1, 2, -1}, {0, -4, -4}}),
                ints(new long[][] {{-1, 1, 1}, {2, 2, 0}, {4, -1, -3}}),
                ints(new long[][] {{1, 0, 2}})[0],
                new int[] {0, 1}, null, PolynomialObjective.SEED_EXPRESSION, Rational.ONE);
    }

    /** The same inputs with another ε (null for none). */
    public TheoryInput withEpsilon(Double eps) {
        return new TheoryInput(y, x, w, b, targets, eps, objective, objectiveX);
    }

    /** N, the number of observations. */
    public int observations() { return x.length; }

    /** C, the number of classes of the network. */
    public int classes() { return w[0].length; }

    static Rational[][] ints(long[][] v) {
        Rational[][] out = new Rational[v.length][];
        for (int r = 0; r < v.length; r++) {
            out[r] = new Rational[v[r].length];
            for (int c = 0; c < v[r].length; c++) {
                out[r][c] = Rational.of(v[r][c]);
            }
        }
        return out;
    }
}
