package org.hyperlab.core.objective;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A polynomial in the data point x and the weight w, Σ c·xⁱ·wʲ with exact {@link Rational} coefficients: what the
 * objective parser produces. {@link #substituteX} fixes the data point and leaves a {@link Polynomial} in w.
 * Immutable.
 */
public final class XwPolynomial {
    /** The powers of one monomial xⁱ·wʲ. */
    public record Powers(int x, int w) {
    }

    private static final Comparator<Powers> ORDER = Comparator.comparingInt((Powers p) -> p.x() + p.w())
            .thenComparingInt(Powers::w).reversed();

    private final TreeMap<Powers, Rational> terms;

    private XwPolynomial(TreeMap<Powers, Rational> terms) {
        this.terms = terms;
    }

    public static XwPolynomial constant(Rational c) {
        return monomial(c, 0, 0);
    }

    /** c·xⁱ·wʲ. */
    public static XwPolynomial monomial(Rational c, int xPower, int wPower) {
        TreeMap<Powers, Rational> t = new TreeMap<>(ORDER);
        if (c.signum() != 0) {
            t.put(new Powers(xPower, wPower), c);
        }
        return new XwPolynomial(t);
    }

    public static XwPolynomial w() { return monomial(Rational.ONE, 0, 1); }

    public static XwPolynomial x() { return monomial(Rational.ONE, 1, 0); }

    /** The terms, highest total degree first. */
    public Map<Powers, Rational> terms() { return java.util.Collections.unmodifiableMap(terms); }

    public boolean isZero() { return terms.isEmpty(); }

    /** True when there is no x and no w. */
    public boolean isConstant() {
        return terms.isEmpty() || (terms.size() == 1 && terms.containsKey(new Powers(0, 0)));
    }

    /** The constant term. */
    public Rational constantTerm() { return terms.getOrDefault(new Powers(0, 0), Rational.ZERO); }

    /** The highest power of w. */
    public int degreeInW() { return terms.keySet().stream().mapToInt(Powers::w).max().orElse(-1); }

    public XwPolynomial add(XwPolynomial o) {
        TreeMap<Powers, Rational> t = new TreeMap<>(terms);
        o.terms.forEach((k, v) -> {
            Rational sum = t.getOrDefault(k, Rational.ZERO).add(v);
            if (sum.signum() == 0) {
                t.remove(k);
            } else {
                t.put(k, sum);
            }
        });
        return new XwPolynomial(t);
    }

    public XwPolynomial negate() { return scale(Rational.ONE.negate()); }

    public XwPolynomial subtract(XwPolynomial o) { return add(o.negate()); }

    public XwPolynomial scale(Rational c) {
        TreeMap<Powers, Rational> t = new TreeMap<>(ORDER);
        if (c.signum() != 0) {
            terms.forEach((k, v) -> t.put(k, v.multiply(c)));
        }
        return new XwPolynomial(t);
    }

    public XwPolynomial multiply(XwPolynomial o) {
        XwPolynomial result = new XwPolynomial(new TreeMap<>(ORDER));
        for (var a : terms.entrySet()) {
            for (var b : o.terms.entrySet()) {
                result = result.add(monomial(a.getValue().multiply(b.getValue()),
                        a.getKey().x() + b.getKey().x(), a.getKey().w() + b.getKey().w()));
            }
        }
        return result;
    }

    /** this^k for k &ge; 0. */
    public XwPolynomial pow(int k) {
        XwPolynomial result = constant(Rational.ONE);
        for (int i = 0; i < k; i++) {
            result = result.multiply(this);
        }
        return result;
    }

    /** ∂/∂w, exact. */
    public XwPolynomial derivativeW() {
        XwPolynomial result = new XwPolynomial(new TreeMap<>(ORDER));
        for (var e : terms.entrySet()) {
            int j = e.getKey().w();
            if (j > 0) {
                result = result.add(monomial(e.getValue().multiply(Rational.of(j)), e.getKey().x(), j - 1));
            }
        }
        return result;
    }

    /** The polynomial in w obtained by fixing the data point x. */
    public Polynomial substituteX(Rational x) {
        Polynomial result = Polynomial.ZERO;
        for (var e : terms.entrySet()) {
            Rational c = e.getValue().multiply(x.pow(e.getKey().x()));
            result = result.add(Polynomial.monomial(c, e.getKey().w()));
        }
        return result;
    }

    /**
     * The polynomial f with this = f(x·w), when every term has as many x as w (as in the seed's quartic);
     * empty otherwise.
     */
    public Optional<Polynomial> asFunctionOfProduct() {
        Polynomial f = Polynomial.ZERO;
        for (var e : terms.entrySet()) {
            if (e.getKey().x() != e.getKey().w()) {
                return Optional.empty();
            }
            f = f.add(Polynomial.monomial(e.getValue(), e.getKey().w()));
        }
        return Optional.of(f);
    }

    /**
     * ∂J/∂w as parseable text. For J = f(x·w) it is written by the chain rule as x·f'(x·w), e.g.
     * {@code x*(x*w)^3 - 4*x*(x*w)^2 + 3*x*(x*w)}; otherwise term by term.
     */
    public String derivativeWText() {
        Optional<Polynomial> f = asFunctionOfProduct();
        if (f.isEmpty()) {
            return derivativeW().toString();
        }
        Polynomial df = f.get().derivative();
        List<String> out = new ArrayList<>();
        for (int k = df.degree(); k >= 0; k--) {
            Rational c = df.coefficient(k);
            if (c.signum() != 0) {
                out.add(Terms.term(c, k == 0 ? "x" : k == 1 ? "x*(x*w)" : "x*(x*w)^" + k));
            }
        }
        return Terms.join(out);
    }

    /** Parseable text, e.g. {@code 1/4*x^4*w^4 - w + 2}. */
    @Override
    public String toString() {
        List<String> out = new ArrayList<>();
        for (var e : terms.entrySet()) {
            List<String> factors = new ArrayList<>();
            power(factors, "x", e.getKey().x());
            power(factors, "w", e.getKey().w());
            out.add(Terms.term(e.getValue(), String.join("*", factors)));
        }
        return Terms.join(out);
    }

    private static void power(List<String> factors, String name, int k) {
        if (k == 1) {
            factors.add(name);
        } else if (k > 1) {
            factors.add(name + "^" + k);
        }
    }

    @Override
    public boolean equals(Object o) { return o instanceof XwPolynomial p && terms.equals(p.terms); }

    @Override
    public int hashCode() { return terms.hashCode(); }
}
