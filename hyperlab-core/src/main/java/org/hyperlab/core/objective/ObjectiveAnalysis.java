package org.hyperlab.core.objective;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The exact analysis of a polynomial objective J(w): its derivative, every real critical point (exact when
 * rational), the kind of each and J there, and whether J is bounded below.
 *
 * <p>Kinds: for a rational w* the higher-order derivative test is applied exactly (the first non-zero
 * J⁽ⁿ⁾(w*), n &ge; 2: n even and positive is a minimum, n even and negative a maximum, n odd a saddle). For an
 * irrational w* of multiplicity m as a root of J' the same test reads n = m + 1, and the sign of J' on either
 * side (evaluated exactly at rational points between neighboring roots) decides. J is bounded below when its
 * degree is even and its leading coefficient positive; then its smallest local minima are global minima
 * (bounded above: largest maxima are global maxima).
 */
public final class ObjectiveAnalysis {
    /**
     * Most bits in J's coefficients together (numerators and denominators): the exact root finding costs grow
     * with them; at 15,000 bits a degree-16 analysis took about a second, at 136,000 bits six.
     */
    public static final int MAX_COEFFICIENT_BITS = 20_000;

    /**
     * Largest magnitude of a coefficient (and the reciprocal of the smallest non-zero one): the roots are refined
     * and the descent runs in double precision, where a coefficient past it would be infinite or zero.
     */
    public static final double MAX_COEFFICIENT = 1e300;

    private final Polynomial objective;
    private final Polynomial derivative;
    private final List<CriticalPoint> criticalPoints;

    private ObjectiveAnalysis(Polynomial objective, Polynomial derivative, List<CriticalPoint> criticalPoints) {
        this.objective = objective;
        this.derivative = derivative;
        this.criticalPoints = List.copyOf(criticalPoints);
    }

    /** Analyzes J; throws {@link IllegalArgumentException} for a constant J (every point is stationary). */
    public static ObjectiveAnalysis of(Polynomial j) {
        requireAnalyzable(j);
        Polynomial dj = j.derivative();
        if (dj.isZero()) {
            throw new IllegalArgumentException("the objective " + j + " is constant: every w is a critical point");
        }
        List<RealRoots.Root> roots = RealRoots.of(dj);
        List<CriticalPoint> points = new ArrayList<>();
        for (int i = 0; i < roots.size(); i++) {
            RealRoots.Root r = roots.get(i);
            points.add(classify(j, dj, r, i == 0 ? null : roots.get(i - 1), i + 1 == roots.size() ? null : roots.get(i + 1)));
        }
        markGlobal(j, points);
        return new ObjectiveAnalysis(j, dj, points);
    }

    /**
     * Refuses a J whose coefficients the analysis cannot handle quickly and in double precision (see
     * {@link #MAX_COEFFICIENT_BITS}, {@link #MAX_COEFFICIENT}), naming the coefficient.
     */
    public static void requireAnalyzable(Polynomial j) {
        long bits = 0;
        for (int i = 0; i <= j.degree(); i++) {
            Rational c = j.coefficient(i);
            double magnitude = Math.abs(c.doubleValue());
            if (c.signum() != 0 && !(magnitude <= MAX_COEFFICIENT && magnitude >= 1 / MAX_COEFFICIENT)) {
                throw new IllegalArgumentException("the coefficient of w^" + i + " is about "
                        + (magnitude == 0 ? "1e-" : "1e") + approximateExponent(c) + " (after x is substituted); "
                        + "every coefficient must lie within 1e-300..1e300 in magnitude: use an x nearer 1 or "
                        + "other numbers");
            }
            bits += c.numerator().bitLength() + c.denominator().bitLength();
        }
        if (bits > MAX_COEFFICIENT_BITS) {
            throw new IllegalArgumentException("the coefficients of J have " + bits + " bits together, at most "
                    + MAX_COEFFICIENT_BITS + " can be analyzed exactly in a few seconds: use simpler fractions, a "
                    + "smaller x or a lower degree");
        }
    }

    /** |log10 c| from the bit lengths (c non-zero), for a message. */
    private static long approximateExponent(Rational c) {
        return Math.round(Math.abs(c.numerator().bitLength() - c.denominator().bitLength()) * Math.log10(2));
    }

    private static CriticalPoint classify(Polynomial j, Polynomial dj, RealRoots.Root r, RealRoots.Root left,
            RealRoots.Root right) {
        if (r.isExact()) {
            Rational w = r.exact();
            int n = 2;
            Rational dn = j.derivative(2).evaluate(w);
            while (dn.signum() == 0) {
                n++;
                dn = j.derivative(n).evaluate(w);
            }
            CriticalPointKind kind = n % 2 == 1 ? CriticalPointKind.SADDLE
                    : dn.signum() > 0 ? CriticalPointKind.LOCAL_MINIMUM : CriticalPointKind.LOCAL_MAXIMUM;
            return new CriticalPoint(w, w.doubleValue(), j.evaluate(w), j.evaluate(w).doubleValue(),
                    j.derivative(2).evaluate(w).doubleValue(), n, kind);
        }
        double v = r.value();
        int before = dj.evaluate(between(left == null ? v - 1 : left.value(), v)).signum();
        int after = dj.evaluate(between(v, right == null ? v + 1 : right.value())).signum();
        CriticalPointKind kind = before == after ? CriticalPointKind.SADDLE
                : after > 0 ? CriticalPointKind.LOCAL_MINIMUM : CriticalPointKind.LOCAL_MAXIMUM;
        return new CriticalPoint(null, v, null, j.value(v), j.secondDerivative(v), r.multiplicity() + 1, kind);
    }

    private static Rational between(double a, double b) {
        return Rational.ofDouble(a).add(Rational.ofDouble(b)).divide(Rational.of(2));
    }

    private static void markGlobal(Polynomial j, List<CriticalPoint> points) {
        boolean even = j.degree() % 2 == 0;
        int lead = j.leadingCoefficient().signum();
        if (even && lead > 0) {
            promote(points, CriticalPointKind.LOCAL_MINIMUM, CriticalPointKind.GLOBAL_MINIMUM, 1);
        } else if (even && lead < 0) {
            promote(points, CriticalPointKind.LOCAL_MAXIMUM, CriticalPointKind.GLOBAL_MAXIMUM, -1);
        }
    }

    /** Replaces the best points of kind {@code local} (smallest J for sign 1, largest for −1) by {@code global}. */
    private static void promote(List<CriticalPoint> points, CriticalPointKind local, CriticalPointKind global, int sign) {
        Optional<CriticalPoint> best = points.stream().filter(p -> p.kind() == local)
                .min((a, b) -> sign * compareJ(a, b));
        if (best.isEmpty()) {
            return;
        }
        for (int i = 0; i < points.size(); i++) {
            CriticalPoint p = points.get(i);
            if (p.kind() == local && compareJ(p, best.get()) == 0) {
                points.set(i, new CriticalPoint(p.w(), p.wValue(), p.j(), p.jValue(), p.secondDerivative(), p.order(), global));
            }
        }
    }

    /** Exact comparison when both values are exact; otherwise doubles equal within 1e-12 relative count as ties. */
    private static int compareJ(CriticalPoint a, CriticalPoint b) {
        if (a.j() != null && b.j() != null) {
            return a.j().compareTo(b.j());
        }
        double scale = Math.max(1.0, Math.max(Math.abs(a.jValue()), Math.abs(b.jValue())));
        return Math.abs(a.jValue() - b.jValue()) <= 1e-12 * scale ? 0 : Double.compare(a.jValue(), b.jValue());
    }

    public Polynomial objective() { return objective; }

    /** J'(w), exact. */
    public Polynomial derivative() { return derivative; }

    /** The distinct real critical points in increasing order of w. */
    public List<CriticalPoint> criticalPoints() { return criticalPoints; }

    /** True when J has a finite infimum (even degree, positive leading coefficient). */
    public boolean boundedBelow() {
        return objective.degree() % 2 == 0 && objective.leadingCoefficient().signum() > 0;
    }

    /** The global minima (empty when J is unbounded below). */
    public List<CriticalPoint> globalMinima() {
        return criticalPoints.stream().filter(p -> p.kind() == CriticalPointKind.GLOBAL_MINIMUM).toList();
    }

    /** The local and global minima. */
    public List<CriticalPoint> minima() {
        return criticalPoints.stream().filter(p -> p.kind().isMinimum()).toList();
    }

    /** The critical point nearest to w, if any. */
    public Optional<CriticalPoint> nearest(double w) {
        return criticalPoints.stream().min(Comparator.comparingDouble(p -> Math.abs(p.wValue() - w)));
    }

    /** The minimum nearest to w, if any. */
    public Optional<CriticalPoint> nearestMinimum(double w) {
        return minima().stream().min(Comparator.comparingDouble(p -> Math.abs(p.wValue() - w)));
    }
}
