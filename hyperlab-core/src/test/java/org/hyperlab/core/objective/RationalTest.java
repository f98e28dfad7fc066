package org.hyperlab.core.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RationalTest {
    @Test
    void normalizesSignAndCommonFactors() {
        assertEquals("-9/4", Rational.of(18, -8).toString());
        assertEquals("0", Rational.of(0, -5).toString());
        assertEquals(Rational.of(1, 2), Rational.of(-3, -6));
    }

    @Test
    void arithmeticIsExact() {
        // 1/4 - 4/3 + 3/2 = (3 - 16 + 18)/12 = 5/12: J(1) of the seed's quartic
        Rational j1 = Rational.of(1, 4).subtract(Rational.of(4, 3)).add(Rational.of(3, 2));
        assertEquals(Rational.of(5, 12), j1);
        assertEquals(Rational.of(81, 16), Rational.of(-3, 2).pow(4));
        assertEquals(Rational.of(-2, 3), Rational.of(1, 2).divide(Rational.of(-3, 4)));
        assertThrows(ArithmeticException.class, () -> Rational.ONE.divide(Rational.ZERO));
    }

    @Test
    void parsesDecimalsExactly() {
        assertEquals(Rational.of(1, 10), Rational.parse("0.1"));
        assertEquals(Rational.of(1, 1_000_000), Rational.parse("1e-6"));
        assertEquals(Rational.of(-5, 12), Rational.parse("-5/12"));
        assertEquals(-0.4166666666666667, Rational.parse("-5/12").doubleValue());
        assertThrows(NumberFormatException.class, () -> Rational.parse("abc"));
    }

    @Test
    void ordersByValue() {
        assertTrue(Rational.of(-9, 4).compareTo(Rational.ZERO) < 0);
        assertTrue(Rational.of(5, 12).compareTo(Rational.of(2, 5)) > 0);
    }
}
