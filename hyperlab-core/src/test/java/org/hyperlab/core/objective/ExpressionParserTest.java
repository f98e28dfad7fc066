package org.hyperlab.core.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionParserTest {
    private static Polynomial atX(String text, long x) {
        return ExpressionParser.parse(text).substituteX(Rational.of(x));
    }

    @Test
    void seedQuarticExpandsWithExactCoefficients() {
        // 1/4 (xw)^4 - 4/3 (xw)^3 + 3/2 (xw)^2 at x = 2: 4 w^4 - 32/3 w^3 + 6 w^2
        Polynomial j = atX(PolynomialObjective.SEED_EXPRESSION, 2);
        assertEquals(Polynomial.of(Rational.ZERO, Rational.ZERO, Rational.of(6), Rational.of(-32, 3), Rational.of(4)), j);
    }

    @Test
    void precedenceUnaryMinusAndJuxtaposition() {
        assertEquals(Polynomial.ofIntegers(0, 0, -1), atX("-w^2", 1));              // -(w^2)
        assertEquals(Polynomial.ofIntegers(1, 2, 1), atX("(w+1)^2", 1));
        assertEquals(Polynomial.ofIntegers(0, 6), atX("2w*3", 1));
        assertEquals(Polynomial.of(Rational.ZERO, Rational.ZERO, Rational.of(3, 4)), atX("1/4(x*w)^2", 3)
                .scale(Rational.of(1, 3)));                                               // 9/4 w^2 / 3
        assertEquals(Polynomial.of(Rational.of(1, 10)), atX("0.1", 1));
        assertEquals(Polynomial.of(Rational.of(1, 1000)), atX("1e-3", 1));
        assertEquals(Polynomial.ofIntegers(0, 0, 1), atX("w**2", 1));
        assertEquals(Polynomial.ofIntegers(3), atX("6/2/1", 1));                        // left-associative
        assertEquals(Polynomial.ofIntegers(0, 0, 0, 0, 1), atX("w ^ 2 * w^2 ", 1));
    }

    @Test
    void textRoundTrips() {
        XwPolynomial p = ExpressionParser.parse(PolynomialObjective.SEED_EXPRESSION);
        assertEquals(p, ExpressionParser.parse(p.toString()));
        Polynomial j = p.substituteX(Rational.of(3));
        assertEquals(j, ExpressionParser.parse(j.toString()).substituteX(Rational.ONE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1/4*(x*w)^4 - 4/3*(x*w^3           | expected ')' at column 25",
        "1/4*(x*w)^4 - 4/3*(x*w)^3 + 3/2*(x*w | expected ')' at column 37",
        "w + * 2                             | expected a number, w, x or '(' but found '*' at column 5",
        "w^-2                                | expected a non-negative integer exponent at column 3",
        "w^1.5                               | expected a non-negative integer exponent at column 3",
        "w/(w+1)                             | can only divide by a constant (the objective must be a polynomial in w and x) at column 3",
        "w/(2-2)                             | division by zero at column 2",
        "y*w                                 | unknown name 'y' (the objective may use w and x) at column 1",
        "w)                                  | unmatched ')' at column 2",
        "w + 1 #                             | unexpected '#' at column 7",
        "w^100                               | exponent 100 is too large (at most 64) at column 3",
        "()                                  | expected an expression inside '()' at column 2",
    })
    void errorsNameTheColumn(String text, String message) {
        ExpressionSyntaxException e = assertThrows(ExpressionSyntaxException.class, () -> ExpressionParser.parse(text));
        assertEquals(message, e.getMessage());
    }

    @Test
    void emptyTextIsAnError() {
        assertEquals("expected an expression at column 1",
                assertThrows(ExpressionSyntaxException.class, () -> ExpressionParser.parse("")).getMessage());
        assertEquals(3, assertThrows(ExpressionSyntaxException.class, () -> ExpressionParser.parse("  ")).column());
    }
}
