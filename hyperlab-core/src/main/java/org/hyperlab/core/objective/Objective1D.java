package org.hyperlab.core.objective;

/**
 * A twice-differentiable objective J(w) of one real weight, evaluated in double precision. Values may be
 * infinite or NaN for huge |w| (overflow); callers treat that as divergence, not as an error.
 */
public interface Objective1D {
    /** J(w). */
    double value(double w);

    /** J'(w) = dJ/dw. */
    double derivative(double w);

    /** J''(w) = d²J/dw². */
    double secondDerivative(double w);

    /** A readable formula, e.g. {@code 1/4*w^4 - 4/3*w^3 + 3/2*w^2}. */
    String describe();
}
