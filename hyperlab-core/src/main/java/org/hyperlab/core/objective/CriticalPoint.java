package org.hyperlab.core.objective;

/**
 * A stationary point w* of J (J'(w*) = 0).
 *
 * @param w                 w* exactly when it is rational, else null
 * @param wValue            w* in double precision
 * @param j                 J(w*) exactly when w* is rational, else null
 * @param jValue            J(w*) in double precision
 * @param secondDerivative  J''(w*) in double precision (exact when w* is rational)
 * @param order             the order n &ge; 2 of the first non-zero derivative J⁽ⁿ⁾(w*) (2 unless J''(w*) = 0)
 * @param kind              minimum, maximum or saddle; global when J is bounded on that side
 */
public record CriticalPoint(Rational w, double wValue, Rational j, double jValue, double secondDerivative, int order,
        CriticalPointKind kind) {

    public boolean isExact() { return w != null; }

    /** w* as an exact fraction ({@code 3}, {@code -1/2}) or, when irrational, as a 12-digit decimal. */
    public String wText() { return w != null ? w.toString() : decimal(wValue); }

    /** J(w*) as an exact fraction ({@code 5/12}) or, when w* is irrational, as a 12-digit decimal. */
    public String jText() { return j != null ? j.toString() : decimal(jValue); }

    /**
     * The largest learning rate for which plain gradient descent settles at this minimum: a step
     * w ← w − η·J'(w) linearized at w* multiplies the distance to w* by (1 − η·J''(w*)), which shrinks only
     * when η &lt; 2/J''(w*). Infinite when J''(w*) = 0 (the linear test says nothing); NaN for non-minima.
     */
    public double stabilityLimit() {
        if (!kind.isMinimum()) {
            return Double.NaN;
        }
        return secondDerivative > 0 ? 2.0 / secondDerivative : Double.POSITIVE_INFINITY;
    }

    /** e.g. {@code w = 1 (local maximum, J = 5/12)}. */
    public String describe() {
        return "w = " + wText() + " (" + kind.label() + ", J = " + jText() + ")";
    }

    private static String decimal(double v) {
        return Decimals.of(v, 12);
    }
}
