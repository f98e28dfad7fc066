package org.hyperlab.core.theory;

import org.hyperlab.core.objective.Rational;

/** Exponents as Unicode superscripts: 6 → ⁶, −19 → ⁻¹⁹; fractions as {@code ^(3/2)}. */
final class Superscripts {
    private static final String DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Superscripts() {
    }

    static String of(Rational r) {
        if (!r.isInteger()) {
            return "^(" + r + ")";
        }
        StringBuilder sb = new StringBuilder();
        for (char ch : r.toString().toCharArray()) {
            sb.append(ch == '-' ? '⁻' : DIGITS.charAt(ch - '0'));
        }
        return sb.toString();
    }

    /** The superscript of a non-negative integer, e.g. 2 → ². */
    static String of(int n) {
        return of(Rational.of(n));
    }
}
