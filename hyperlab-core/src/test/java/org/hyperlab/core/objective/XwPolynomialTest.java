package org.hyperlab.core.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parsed polynomial in x and w: its terms, degree in w and exact ∂/∂w, on J = x²w³ + 2w. */
class XwPolynomialTest {
    private static XwPolynomial p(String text) {
        return ExpressionParser.parse(text);
    }

    @Test
    void termsAndDegree() {
        XwPolynomial j = p("x^2*w^3 + 2*w");
        assertEquals(Map.of(new XwPolynomial.Powers(2, 3), Rational.ONE, new XwPolynomial.Powers(0, 1), Rational.of(2)),
                j.terms());
        assertEquals(3, j.degreeInW());
        assertFalse(j.isZero());
        assertTrue(p("w - w").isZero());
        assertEquals(-1, p("w - w").degreeInW());
        assertEquals(0, p("x^5").degreeInW());
    }

    @Test
    void derivativeInWTermByTerm() {
        // ∂/∂w (x²w³ + 2w) = 3x²w² + 2; a term without w drops out
        assertEquals(p("3*x^2*w^2 + 2"), p("x^2*w^3 + 2*w + x").derivativeW());
        assertTrue(p("x^3 + 7").derivativeW().isZero());
        // not a function of x·w, so the text is the term-by-term derivative, and it parses back to it
        assertEquals(p("3*x^2*w^2 + 2"), p(p("x^2*w^3 + 2*w").derivativeWText()));
    }

    @Test
    void equalPolynomialsHashAlike() {
        assertEquals(p("x*w + 1"), p("1 + w*x"));
        assertEquals(p("x*w + 1").hashCode(), p("1 + w*x").hashCode());
        assertNotEquals(p("x*w + 1"), p("x*w + 2"));
    }
}
