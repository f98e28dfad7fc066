package org.hyperlab.core.theory;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.hyperlab.core.objective.Rational;

/**
 * An exact value built from exponentials: a sum of fractions Σᵢ nᵢ / dᵢ^{pᵢ} whose numerators and denominators
 * are {@link ExpSum}s. Softmax entries are one fraction (e⁶/(1+2e⁶)); a weight gradient sums one fraction per
 * observation. {@link #value()} evaluates it in double precision without overflow (each fraction is scaled by
 * its largest exponents first).
 */
public final class ExpForm {
    /** One fraction numerator / denominator^power. */
    public record Fraction(ExpSum numerator, ExpSum denominator, int power) {
        double value() {
            if (numerator.isZero()) {
                return 0.0;
            }
            Rational nMax = numerator.maxExponent();
            Rational dMax = denominator.maxExponent();
            double scale = nMax.subtract(dMax.multiply(Rational.of(power))).doubleValue();
            return numerator.value(nMax) / Math.pow(denominator.value(dMax), power) * Math.exp(scale);
        }

        @Override
        public String toString() {
            if (numerator.isZero()) {
                return "0";
            }
            if (denominator.isOne()) {
                return numerator.toString();
            }
            if (denominator.isSingleTerm() && power == 1) {
                // n / (c·e^r) = (1/c)·n·e^{−r}: one sum, no fraction
                var only = denominator.terms().entrySet().iterator().next();
                return numerator.shift(only.getKey().negate()).scale(Rational.ONE.divide(only.getValue())).toString();
            }
            ExpSum num = numerator;
            ExpSum den = denominator;
            BigInteger lcm = BigInteger.ONE;
            for (Rational c : num.terms().values()) {
                lcm = lcm.divide(lcm.gcd(c.denominator())).multiply(c.denominator());
            }
            if (power == 1 && !lcm.equals(BigInteger.ONE)) {
                // e⁶/2 / (1+2e⁶) reads better as e⁶/(2+4e⁶)
                num = num.scale(Rational.of(lcm));
                den = den.scale(Rational.of(lcm));
            }
            boolean negative = num.allNegative();
            ExpSum top = negative ? num.negate() : num;
            String sign = negative ? "−" : "";
            String top2 = top.isSingleTerm() ? top.toString() : "(" + top + ")";
            String bottom = "(" + den + ")" + (power == 1 ? "" : Superscripts.of(power));
            return sign + top2 + "/" + bottom;
        }
    }

    public static final ExpForm ZERO = new ExpForm(List.of());

    private final List<Fraction> fractions;

    private ExpForm(List<Fraction> fractions) {
        this.fractions = List.copyOf(fractions);
    }

    /** numerator / denominator^power; the denominator must be non-zero. */
    public static ExpForm of(ExpSum numerator, ExpSum denominator, int power) {
        if (denominator.isZero()) {
            throw new ArithmeticException("zero denominator");
        }
        return numerator.isZero() ? ZERO : new ExpForm(List.of(new Fraction(numerator, denominator, power)));
    }

    /** The exact sum; fractions with the same denominator and power are combined. */
    public ExpForm add(ExpForm o) {
        List<Fraction> out = new ArrayList<>(fractions);
        for (Fraction f : o.fractions) {
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).denominator().equals(f.denominator()) && out.get(i).power() == f.power()) {
                    same = i;
                }
            }
            if (same < 0) {
                out.add(f);
            } else {
                ExpSum n = out.get(same).numerator().add(f.numerator());
                if (n.isZero()) {
                    out.remove(same);
                } else {
                    out.set(same, new Fraction(n, f.denominator(), f.power()));
                }
            }
        }
        return new ExpForm(out);
    }

    /** c times this value. */
    public ExpForm scale(Rational c) {
        if (c.signum() == 0) {
            return ZERO;
        }
        List<Fraction> out = new ArrayList<>();
        for (Fraction f : fractions) {
            out.add(new Fraction(f.numerator().scale(c), f.denominator(), f.power()));
        }
        return new ExpForm(out);
    }

    /** The value in double precision. */
    public double value() {
        double sum = 0;
        for (Fraction f : fractions) {
            sum += f.value();
        }
        return sum;
    }

    /** The fractions of the sum. */
    public List<Fraction> fractions() { return fractions; }

    /** e.g. {@code e⁶/(1+2e⁶)} or {@code −e⁶/(1+2e⁶) + (1+e³⁷)/(1+e¹⁹+e³⁷)}; {@code 0} for zero. */
    @Override
    public String toString() {
        if (fractions.isEmpty()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder(fractions.get(0).toString());
        for (Fraction f : fractions.subList(1, fractions.size())) {
            String t = f.toString();
            sb.append(t.startsWith("−") ? " − " + t.substring(1) : " + " + t);
        }
        return sb.toString();
    }
}
