package org.hyperlab.core.objective;

/**
 * An objective given as a polynomial in w and the data point x, with x fixed: J(w) = P(x, w).
 *
 * @param expression the text it was parsed from
 * @param form       the exact polynomial in x and w
 * @param x          the data point
 * @param j          J as an exact polynomial in w (x substituted)
 */
public record PolynomialObjective(String expression, XwPolynomial form, Rational x, Polynomial j) {
    /** The seed's objective J(w) = ¼(x·w)⁴ − 4/3(x·w)³ + 3/2(x·w)². */
    public static final String SEED_EXPRESSION = "1/4*(x*w)^4 - 4/3*(x*w)^3 + 3/2*(x*w)^2";

    /** Parses {@code expression} (see {@link ExpressionParser}) and fixes the data point. */
    public static PolynomialObjective parse(String expression, Rational x) {
        XwPolynomial form = ExpressionParser.parse(expression);
        return new PolynomialObjective(expression, form, x, form.substituteX(x));
    }

    /** The seed's quartic at data point x. */
    public static PolynomialObjective seed(Rational x) {
        return parse(SEED_EXPRESSION, x);
    }

    /** ∂J/∂w as text, by the chain rule when J is a function of x·w (see {@link XwPolynomial#derivativeWText()}). */
    public String derivativeText() { return form.derivativeWText(); }

    /** The exact analysis of J at this x. */
    public ObjectiveAnalysis analyze() { return ObjectiveAnalysis.of(j); }
}
