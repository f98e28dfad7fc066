package org.hyperlab.core.objective;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A polynomial p(w) = Σ cᵢ·wⁱ with exact {@link Rational} coefficients. Immutable. Exact operations (sum,
 * product, power, derivative, division with remainder, evaluation at a rational) keep every coefficient exact;
 * the {@link Objective1D} methods evaluate in double precision by Horner's rule.
 */
public final class Polynomial implements Objective1D {
    public static final Polynomial ZERO = new Polynomial(new Rational[0]);

    /** cᵢ for wⁱ, trimmed so the last entry is non-zero (empty for the zero polynomial). */
    private final Rational[] coefficients;
    private final double[] values;
    private final double[] first;
    private final double[] second;

    private Polynomial(Rational[] trimmed) {
        this.coefficients = trimmed;
        this.values = new double[trimmed.length];
        this.first = new double[Math.max(0, trimmed.length - 1)];
        this.second = new double[Math.max(0, trimmed.length - 2)];
        for (int i = 0; i < trimmed.length; i++) {
            values[i] = trimmed[i].doubleValue();
            if (i >= 1) {
                first[i - 1] = trimmed[i].multiply(Rational.of(i)).doubleValue();
            }
            if (i >= 2) {
                second[i - 2] = trimmed[i].multiply(Rational.of((long) i * (i - 1))).doubleValue();
            }
        }
    }

    /** The polynomial with coefficients c₀, c₁, … (ascending powers of w). */
    public static Polynomial of(Rational... ascending) {
        int n = ascending.length;
        while (n > 0 && ascending[n - 1].signum() == 0) {
            n--;
        }
        return new Polynomial(Arrays.copyOf(ascending, n));
    }

    /** The polynomial with coefficients c₀, c₁, … given as integers (ascending powers of w). */
    public static Polynomial ofIntegers(long... ascending) {
        Rational[] c = new Rational[ascending.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = Rational.of(ascending[i]);
        }
        return of(c);
    }

    public static Polynomial constant(Rational c) { return of(c); }

    /** c·wᵏ. */
    public static Polynomial monomial(Rational c, int k) {
        Rational[] a = new Rational[k + 1];
        Arrays.fill(a, Rational.ZERO);
        a[k] = c;
        return of(a);
    }

    /** The degree; -1 for the zero polynomial. */
    public int degree() { return coefficients.length - 1; }

    public boolean isZero() { return coefficients.length == 0; }

    /** The coefficient of wⁱ (zero beyond the degree). */
    public Rational coefficient(int i) { return i < coefficients.length ? coefficients[i] : Rational.ZERO; }

    /** The coefficient of the highest power (zero for the zero polynomial). */
    public Rational leadingCoefficient() { return isZero() ? Rational.ZERO : coefficients[coefficients.length - 1]; }

    public Polynomial add(Polynomial o) {
        Rational[] a = new Rational[Math.max(coefficients.length, o.coefficients.length)];
        for (int i = 0; i < a.length; i++) {
            a[i] = coefficient(i).add(o.coefficient(i));
        }
        return of(a);
    }

    public Polynomial negate() { return scale(Rational.ONE.negate()); }

    public Polynomial subtract(Polynomial o) { return add(o.negate()); }

    public Polynomial scale(Rational c) {
        Rational[] a = new Rational[coefficients.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = coefficients[i].multiply(c);
        }
        return of(a);
    }

    public Polynomial multiply(Polynomial o) {
        if (isZero() || o.isZero()) {
            return ZERO;
        }
        Rational[] a = new Rational[coefficients.length + o.coefficients.length - 1];
        Arrays.fill(a, Rational.ZERO);
        for (int i = 0; i < coefficients.length; i++) {
            for (int j = 0; j < o.coefficients.length; j++) {
                a[i + j] = a[i + j].add(coefficients[i].multiply(o.coefficients[j]));
            }
        }
        return of(a);
    }

    /** this^k for k &ge; 0. */
    public Polynomial pow(int k) {
        Polynomial result = constant(Rational.ONE);
        for (int i = 0; i < k; i++) {
            result = result.multiply(this);
        }
        return result;
    }

    /** The exact derivative p'(w) = Σ i·cᵢ·wⁱ⁻¹. */
    public Polynomial derivative() {
        if (coefficients.length <= 1) {
            return ZERO;
        }
        Rational[] a = new Rational[coefficients.length - 1];
        for (int i = 1; i < coefficients.length; i++) {
            a[i - 1] = coefficients[i].multiply(Rational.of(i));
        }
        return of(a);
    }

    /** The k-th exact derivative. */
    public Polynomial derivative(int k) {
        Polynomial p = this;
        for (int i = 0; i < k; i++) {
            p = p.derivative();
        }
        return p;
    }

    /** Exact p(w) at a rational w (Horner). */
    public Rational evaluate(Rational w) {
        Rational acc = Rational.ZERO;
        for (int i = coefficients.length - 1; i >= 0; i--) {
            acc = acc.multiply(w).add(coefficients[i]);
        }
        return acc;
    }

    /** Quotient and remainder of the division by a non-zero {@code divisor}: this = q·divisor + r, deg r &lt; deg divisor. */
    public Polynomial[] divideAndRemainder(Polynomial divisor) {
        if (divisor.isZero()) {
            throw new ArithmeticException("division by the zero polynomial");
        }
        Polynomial remainder = this;
        Polynomial quotient = ZERO;
        while (!remainder.isZero() && remainder.degree() >= divisor.degree()) {
            Polynomial t = monomial(remainder.leadingCoefficient().divide(divisor.leadingCoefficient()),
                    remainder.degree() - divisor.degree());
            quotient = quotient.add(t);
            remainder = remainder.subtract(t.multiply(divisor));
        }
        return new Polynomial[] {quotient, remainder};
    }

    /**
     * The monic greatest common divisor; zero only when both are zero. Computed over the integers by
     * {@link PrimitiveGcd} (Euclid's algorithm on rational remainders lets their coefficients grow exponentially).
     */
    public static Polynomial gcd(Polynomial a, Polynomial b) {
        BigInteger[] g = PrimitiveGcd.of(a, b);
        if (g.length == 0) {
            return ZERO;
        }
        Rational[] c = new Rational[g.length];
        for (int i = 0; i < g.length; i++) {
            c[i] = Rational.of(g[i], g[g.length - 1]);
        }
        return of(c);
    }

    @Override
    public double value(double w) { return horner(values, w); }

    @Override
    public double derivative(double w) { return horner(first, w); }

    @Override
    public double secondDerivative(double w) { return horner(second, w); }

    private static double horner(double[] c, double w) {
        double acc = 0.0;
        for (int i = c.length - 1; i >= 0; i--) {
            acc = acc * w + c[i];
        }
        return acc;
    }

    @Override
    public String describe() { return toString(); }

    /** The coefficients c₀, c₁, … (ascending powers). */
    public List<Rational> coefficients() { return List.of(coefficients); }

    /** Parseable text with descending powers, e.g. {@code 1/4*w^4 - 4/3*w^3 + 3/2*w^2}. */
    @Override
    public String toString() { return toString("w"); }

    /** Parseable text with the given variable name. */
    public String toString(String variable) {
        List<String> terms = new ArrayList<>();
        for (int i = coefficients.length - 1; i >= 0; i--) {
            if (coefficients[i].signum() != 0) {
                String power = i == 0 ? "" : i == 1 ? variable : variable + "^" + i;
                terms.add(Terms.term(coefficients[i], power));
            }
        }
        return Terms.join(terms);
    }

    @Override
    public boolean equals(Object o) { return o instanceof Polynomial p && Arrays.equals(coefficients, p.coefficients); }

    @Override
    public int hashCode() { return Arrays.hashCode(coefficients); }
}
