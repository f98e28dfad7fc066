package org.hyperlab.core.objective;

import java.util.List;

/** Formats signed terms {@code c*monomial} into parseable sums such as {@code 1/4*w^4 - w + 3}. */
final class Terms {
    private Terms() {
    }

    /** One signed term: {@code -4/3*w^3}, {@code w}, {@code -w}, {@code 7}; an empty monomial means a constant. */
    static String term(Rational c, String monomial) {
        if (monomial.isEmpty()) {
            return c.toString();
        }
        if (c.equals(Rational.ONE)) {
            return monomial;
        }
        if (c.equals(Rational.ONE.negate())) {
            return "-" + monomial;
        }
        return c + "*" + monomial;
    }

    /** Joins signed terms with {@code " + "} / {@code " - "}; {@code 0} when there are none. */
    static String join(List<String> terms) {
        if (terms.isEmpty()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder(terms.get(0));
        for (String t : terms.subList(1, terms.size())) {
            sb.append(t.startsWith("-") ? " - " + t.substring(1) : " + " + t);
        }
        return sb.toString();
    }
}
