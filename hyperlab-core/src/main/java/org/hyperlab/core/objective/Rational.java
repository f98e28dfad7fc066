package org.hyperlab.core.objective;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact rational number p/q with {@link BigInteger} parts, always normalized: gcd(p, q) = 1 and q &gt; 0
 * (zero is 0/1). Immutable; {@link #equals} and {@link #hashCode} compare values.
 */
public final class Rational implements Comparable<Rational> {
    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Rational(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** p/q, normalized; throws {@link ArithmeticException} when q = 0. */
    public static Rational of(BigInteger p, BigInteger q) {
        if (q.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (q.signum() < 0) {
            p = p.negate();
            q = q.negate();
        }
        BigInteger g = p.gcd(q);
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            p = p.divide(g);
            q = q.divide(g);
        }
        return p.signum() == 0 ? ZERO : new Rational(p, q);
    }

    public static Rational of(long p, long q) {
        return of(BigInteger.valueOf(p), BigInteger.valueOf(q));
    }

    public static Rational of(long n) {
        return of(BigInteger.valueOf(n), BigInteger.ONE);
    }

    public static Rational of(BigInteger n) {
        return of(n, BigInteger.ONE);
    }

    /** The exact value of a decimal, e.g. {@code 0.1} is 1/10 (not the nearest double). */
    public static Rational of(BigDecimal d) {
        if (d.scale() <= 0) {
            return of(d.toBigIntegerExact());
        }
        return of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    /** The longest text {@link #parse} reads, and the largest power of ten it accepts in a number's exponent. */
    public static final int MAX_PARSED_LENGTH = 100;
    public static final int MAX_PARSED_EXPONENT = 300;

    /**
     * Parses {@code 5}, {@code -9/4}, {@code 0.25} or {@code 1e-6} exactly: at most {@link #MAX_PARSED_LENGTH}
     * characters and powers of ten within ±{@link #MAX_PARSED_EXPONENT} (a double's range: the values are also
     * plotted), so that parsing never builds a huge integer.
     *
     * @throws NumberFormatException when the text is none of these or exceeds those limits
     */
    public static Rational parse(String text) {
        String s = text.strip();
        if (s.length() > MAX_PARSED_LENGTH) {
            throw new NumberFormatException("longer than " + MAX_PARSED_LENGTH + " characters");
        }
        int slash = s.indexOf('/');
        if (slash >= 0) {
            Rational p = of(bounded(s.substring(0, slash).strip()));
            Rational q = of(bounded(s.substring(slash + 1).strip()));
            if (q.signum() == 0) {
                throw new NumberFormatException("zero denominator in " + text);
            }
            return p.divide(q);
        }
        return of(bounded(s));
    }

    private static BigDecimal bounded(String text) {
        BigDecimal d = new BigDecimal(text);
        int magnitude = d.precision() - d.scale() - 1; // the decimal exponent of the leading digit
        if (d.signum() != 0 && Math.abs(magnitude) > MAX_PARSED_EXPONENT) {
            throw new NumberFormatException("magnitude 1e" + magnitude + " is outside 1e-" + MAX_PARSED_EXPONENT
                    + "..1e" + MAX_PARSED_EXPONENT);
        }
        return d;
    }

    /** The exact value of a finite double (every double is a dyadic rational). */
    public static Rational ofDouble(double value) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException("not a finite number: " + value);
        }
        return of(new BigDecimal(value));
    }

    public BigInteger numerator() { return numerator; }

    public BigInteger denominator() { return denominator; }

    public int signum() { return numerator.signum(); }

    public boolean isInteger() { return denominator.equals(BigInteger.ONE); }

    public Rational add(Rational o) {
        if (isInteger() && o.isInteger()) {
            return of(numerator.add(o.numerator));
        }
        return of(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator));
    }

    public Rational subtract(Rational o) { return add(o.negate()); }

    public Rational multiply(Rational o) {
        return of(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    /** this / o; throws {@link ArithmeticException} when o = 0. */
    public Rational divide(Rational o) {
        if (o.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return of(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
    }

    public Rational negate() { return signum() == 0 ? this : new Rational(numerator.negate(), denominator); }

    public Rational abs() { return signum() < 0 ? negate() : this; }

    /** this^k for k &ge; 0 (0^0 = 1). */
    public Rational pow(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("negative exponent " + k);
        }
        return of(numerator.pow(k), denominator.pow(k));
    }

    /** The double nearest to this value (correct even when p and q exceed the double range). */
    public double doubleValue() {
        if (isInteger()) {
            return numerator.doubleValue();
        }
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128).doubleValue();
    }

    @Override
    public int compareTo(Rational o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rational r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
    }

    @Override
    public int hashCode() { return 31 * numerator.hashCode() + denominator.hashCode(); }

    /** {@code 5/12}, {@code -9/4}, {@code 3} or {@code 0}. */
    @Override
    public String toString() {
        return isInteger() ? numerator.toString() : numerator + "/" + denominator;
    }
}
