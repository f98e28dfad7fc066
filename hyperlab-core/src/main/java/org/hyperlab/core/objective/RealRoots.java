package org.hyperlab.core.objective;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The real roots of a polynomial with rational coefficients, with their multiplicities.
 *
 * <p>Yun's square-free factorization (exact) splits p = c·Π sᵢⁱ into factors sᵢ whose roots are simple and have
 * multiplicity i. The real roots of each sᵢ are isolated between the (recursively found) real roots of sᵢ', where
 * sᵢ is monotone, and refined by bisection to double precision. Each root is then recognized exactly when it is
 * rational: by the rational root theorem a rational root p/q of the primitive integer form of sᵢ has q dividing
 * its leading coefficient, so for each such q the integers nearest to v·q are tried with exact arithmetic. (The
 * search costs one exact evaluation per divisor and root, not one per candidate pair; leading coefficients
 * above 10¹² are not factored and their roots stay numeric.)
 */
public final class RealRoots {
    /** Divisor enumeration by trial division stops beyond this magnitude (numeric roots are used instead). */
    private static final BigInteger MAX_TRIAL = BigInteger.valueOf(1_000_000_000_000L);

    /** One real root: {@code exact} is set for rational roots, null otherwise. */
    public record Root(Rational exact, double value, int multiplicity) {
        public boolean isExact() { return exact != null; }
    }

    private RealRoots() {
    }

    /** The distinct real roots of a non-zero polynomial, in increasing order. */
    public static List<Root> of(Polynomial p) {
        if (p.isZero()) {
            throw new IllegalArgumentException("the zero polynomial has every number as a root");
        }
        List<Root> roots = new ArrayList<>();
        int multiplicity = 1;
        for (Polynomial factor : squareFreeFactors(p)) {
            BigInteger[] a = integerCoefficients(factor);
            List<BigInteger> denominators = a.length < 2 ? null : divisors(a[a.length - 1].abs());
            for (double v : simpleRealRoots(factor)) {
                Rational exact = recognize(factor, v, denominators);
                roots.add(new Root(exact, exact != null ? exact.doubleValue() : v, multiplicity));
            }
            multiplicity++;
        }
        roots.sort(Comparator.comparingDouble(Root::value));
        return roots;
    }

    /**
     * The rational p/q (q among {@code denominators}, within 1e−9 relative of v) that is an exact root of s, or
     * null. The closeness test keeps a neighboring root of s from being taken for this one.
     */
    static Rational recognize(Polynomial s, double v, List<BigInteger> denominators) {
        if (denominators == null) {
            return null;
        }
        for (BigInteger q : denominators) {
            BigInteger nearest = new BigDecimal(v).multiply(new BigDecimal(q)).setScale(0, RoundingMode.HALF_EVEN)
                    .toBigInteger();
            for (int d = 0; d <= 2; d++) {
                BigInteger num = nearest.add(BigInteger.valueOf(d == 2 ? -1 : d));
                Rational r = Rational.of(num, q);
                boolean close = Math.abs(r.doubleValue() - v) <= 1e-9 * Math.max(1.0, Math.abs(v));
                if (close && s.evaluate(r).signum() == 0) {
                    return r;
                }
            }
        }
        return null;
    }

    /** The coefficients multiplied by the lcm of their denominators. */
    static BigInteger[] integerCoefficients(Polynomial p) {
        BigInteger lcm = BigInteger.ONE;
        for (Rational c : p.coefficients()) {
            lcm = lcm.divide(lcm.gcd(c.denominator())).multiply(c.denominator());
        }
        BigInteger[] a = new BigInteger[p.degree() + 1];
        for (int i = 0; i < a.length; i++) {
            Rational c = p.coefficient(i);
            a[i] = c.numerator().multiply(lcm.divide(c.denominator()));
        }
        return a;
    }

    /** The positive divisors of n &gt; 0, or null when n is too large to factor by trial division. */
    private static List<BigInteger> divisors(BigInteger n) {
        if (n.compareTo(MAX_TRIAL) > 0) {
            return null;
        }
        long v = n.longValueExact();
        List<BigInteger> small = new ArrayList<>();
        List<BigInteger> large = new ArrayList<>();
        for (long d = 1; d * d <= v; d++) {
            if (v % d == 0) {
                small.add(BigInteger.valueOf(d));
                if (d * d != v) {
                    large.add(0, BigInteger.valueOf(v / d));
                }
            }
        }
        small.addAll(large);
        return small;
    }

    /** Yun's algorithm: factors s₁, s₂, … with p = c·Π sᵢⁱ, each sᵢ square-free (constant factors included). */
    static List<Polynomial> squareFreeFactors(Polynomial p) {
        List<Polynomial> out = new ArrayList<>();
        if (p.degree() < 1) {
            return out;
        }
        Polynomial dp = p.derivative();
        Polynomial a = Polynomial.gcd(p, dp);
        Polynomial b = p.divideAndRemainder(a)[0];
        Polynomial c = dp.divideAndRemainder(a)[0];
        Polynomial d = c.subtract(b.derivative());
        while (b.degree() >= 1) {
            a = Polynomial.gcd(b, d);
            out.add(a);
            b = b.divideAndRemainder(a)[0];
            c = d.divideAndRemainder(a)[0];
            d = c.subtract(b.derivative());
        }
        return out;
    }

    /** The real roots of a square-free polynomial, increasing, to double precision. */
    static List<Double> simpleRealRoots(Polynomial s) {
        List<Double> out = new ArrayList<>();
        if (s.degree() < 1) {
            return out;
        }
        if (s.degree() == 1) {
            out.add(s.coefficient(0).negate().divide(s.coefficient(1)).doubleValue());
            return out;
        }
        Polynomial ds = s.derivative();
        Polynomial dsFree = ds.divideAndRemainder(Polynomial.gcd(ds, ds.derivative()))[0];
        List<Double> breaks = new ArrayList<>();
        double bound = cauchyBound(s);
        breaks.add(-bound);
        for (double b : simpleRealRoots(dsFree)) {
            if (b > -bound && b < bound) {
                breaks.add(b);
            }
        }
        breaks.add(bound);
        for (int i = 0; i + 1 < breaks.size(); i++) {
            double lo = breaks.get(i);
            double hi = breaks.get(i + 1);
            double flo = s.value(lo);
            double fhi = s.value(hi);
            if (flo == 0.0) {
                addDistinct(out, lo);
            } else if (fhi != 0.0 && Math.signum(flo) != Math.signum(fhi)) {
                addDistinct(out, bisect(s, lo, hi, flo));
            }
            if (fhi == 0.0 && i + 2 == breaks.size()) {
                addDistinct(out, hi);
            }
        }
        return out;
    }

    private static void addDistinct(List<Double> out, double v) {
        if (out.isEmpty() || out.get(out.size() - 1) != v) {
            out.add(v);
        }
    }

    private static double bisect(Polynomial s, double lo, double hi, double flo) {
        for (int i = 0; i < 2000; i++) {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) {
                break;
            }
            double fm = s.value(mid);
            if (fm == 0.0) {
                return mid;
            }
            if (Math.signum(fm) == Math.signum(flo)) {
                lo = mid;
                flo = fm;
            } else {
                hi = mid;
            }
        }
        return Math.abs(s.value(lo)) <= Math.abs(s.value(hi)) ? lo : hi;
    }

    /** 1 + max |aᵢ/aₙ|: every root lies strictly inside (−bound, bound). */
    private static double cauchyBound(Polynomial s) {
        Rational lead = s.leadingCoefficient();
        double max = 0;
        for (int i = 0; i < s.degree(); i++) {
            max = Math.max(max, s.coefficient(i).divide(lead).abs().doubleValue());
        }
        return 1 + max;
    }
}
