package org.hyperlab.core.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hyperlab.core.objective.Rational;
import org.junit.jupiter.api.Test;

class ExpFormTest {
    private static ExpSum e(long c, long r) {
        return ExpSum.term(Rational.of(c), Rational.of(r));
    }

    @Test
    void sumsCombineLikeTermsAndPrintAscending() {
        ExpSum s = e(2, 6).add(e(1, 0));
        assertEquals("1+2e⁶", s.toString());
        assertEquals("−(1+2e⁶)", s.negate().toString());
        assertEquals("e⁶+2e¹²", s.multiply(e(1, 6)).toString());
        assertEquals("0", s.subtract(s).toString());
        assertEquals("e^(1/2)", ExpSum.term(Rational.ONE, Rational.of(1, 2)).toString());
        assertEquals("1+3e", e(1, 0).add(e(3, 1)).toString());
    }

    @Test
    void fractionsPrintAndEvaluateWithoutOverflow() {
        ExpSum d = e(1, 0).add(e(1, 19)).add(e(1, 37));
        ExpForm f = ExpForm.of(e(1, 37), d, 1);
        assertEquals("e³⁷/(1+e¹⁹+e³⁷)", f.toString());
        assertEquals(1 / (Math.exp(-37) + Math.exp(-18) + 1), f.value(), 1e-16);
        ExpForm half = f.scale(Rational.of(1, 2));
        assertEquals("e³⁷/(2+2e¹⁹+2e³⁷)", half.toString());
        // e⁸⁰⁰ overflows a double; the scaled evaluation does not
        ExpForm huge = ExpForm.of(e(1, 800), e(1, 0).add(e(1, 800)), 1);
        assertEquals(1.0, huge.value(), 1e-15);
        assertEquals("0", f.add(f.scale(Rational.of(-1))).toString());
        assertEquals("−(1+2e⁶)", ExpForm.of(e(1, 0).add(e(2, 6)).negate(), ExpSum.ONE, 1).toString());
    }
}
