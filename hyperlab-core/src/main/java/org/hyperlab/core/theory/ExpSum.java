package org.hyperlab.core.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hyperlab.core.objective.Rational;

/**
 * An exact sum of exponentials Σ cₖ·e^{rₖ} with rational coefficients and exponents (like terms combined,
 * zero terms dropped). Immutable. Printed with ascending exponents and Unicode superscripts, e.g.
 * {@code 1+2e⁶} or {@code e⁻¹⁹+1+e¹⁸}.
 */
public final class ExpSum {
    public static final ExpSum ZERO = new ExpSum(new TreeMap<>());
    public static final ExpSum ONE = term(Rational.ONE, Rational.ZERO);

    /** exponent → coefficient. */
    private final TreeMap<Rational, Rational> terms;

    private ExpSum(TreeMap<Rational, Rational> terms) {
        this.terms = terms;
    }

    /** c·e^r. */
    public static ExpSum term(Rational c, Rational r) {
        TreeMap<Rational, Rational> t = new TreeMap<>();
        if (c.signum() != 0) {
            t.put(r, c);
        }
        return new ExpSum(t);
    }

    /** The constant c. */
    public static ExpSum constant(Rational c) { return term(c, Rational.ZERO); }

    public boolean isZero() { return terms.isEmpty(); }

    /** The terms, exponent → coefficient, in ascending exponent order. */
    public Map<Rational, Rational> terms() { return java.util.Collections.unmodifiableMap(terms); }

    public ExpSum add(ExpSum o) {
        TreeMap<Rational, Rational> t = new TreeMap<>(terms);
        o.terms.forEach((r, c) -> {
            Rational sum = t.getOrDefault(r, Rational.ZERO).add(c);
            if (sum.signum() == 0) {
                t.remove(r);
            } else {
                t.put(r, sum);
            }
        });
        return new ExpSum(t);
    }

    public ExpSum scale(Rational c) {
        TreeMap<Rational, Rational> t = new TreeMap<>();
        if (c.signum() != 0) {
            terms.forEach((r, k) -> t.put(r, k.multiply(c)));
        }
        return new ExpSum(t);
    }

    public ExpSum negate() { return scale(Rational.ONE.negate()); }

    public ExpSum subtract(ExpSum o) { return add(o.negate()); }

    /** The product, e^a·e^b = e^{a+b}. */
    public ExpSum multiply(ExpSum o) {
        ExpSum out = ZERO;
        for (var a : terms.entrySet()) {
            for (var b : o.terms.entrySet()) {
                out = out.add(term(a.getValue().multiply(b.getValue()), a.getKey().add(b.getKey())));
            }
        }
        return out;
    }

    /** Multiplies every term by e^{shift}. */
    public ExpSum shift(Rational shift) { return multiply(term(Rational.ONE, shift)); }

    /** The largest exponent (zero for the zero sum). */
    public Rational maxExponent() { return terms.isEmpty() ? Rational.ZERO : terms.lastKey(); }

    /** Σ cₖ·e^{rₖ − shift} in double precision (pass the largest exponent to avoid overflow). */
    public double value(Rational shift) {
        double sum = 0;
        for (var e : terms.entrySet()) {
            sum += e.getValue().doubleValue() * Math.exp(e.getKey().subtract(shift).doubleValue());
        }
        return sum;
    }

    /** True for a single term. */
    public boolean isSingleTerm() { return terms.size() == 1; }

    /** True when every coefficient is negative. */
    public boolean allNegative() { return !terms.isEmpty() && terms.values().stream().allMatch(c -> c.signum() < 0); }

    /** True for the constant 1. */
    public boolean isOne() { return equals(ONE); }

    /** e.g. {@code 1+2e⁶}, {@code −(1+e³⁷)}, {@code −e⁶}, {@code 1/2·e⁻³}. */
    @Override
    public String toString() {
        if (terms.isEmpty()) {
            return "0";
        }
        if (allNegative() && terms.size() > 1) {
            return "−(" + negate() + ")";
        }
        List<String> out = new ArrayList<>();
        for (var e : terms.entrySet()) {
            out.add(termText(e.getValue(), e.getKey()));
        }
        StringBuilder sb = new StringBuilder(out.get(0));
        for (String t : out.subList(1, out.size())) {
            sb.append(t.startsWith("−") ? t : "+" + t);
        }
        return sb.toString();
    }

    private static String termText(Rational c, Rational r) {
        String sign = c.signum() < 0 ? "−" : "";
        Rational a = c.abs();
        if (r.signum() == 0) {
            return sign + a;
        }
        String power = r.equals(Rational.ONE) ? "e" : "e" + Superscripts.of(r);
        if (a.equals(Rational.ONE)) {
            return sign + power;
        }
        return sign + a + (a.isInteger() ? "" : "·") + power;
    }

    @Override
    public boolean equals(Object o) { return o instanceof ExpSum s && terms.equals(s.terms); }

    @Override
    public int hashCode() { return terms.hashCode(); }
}
