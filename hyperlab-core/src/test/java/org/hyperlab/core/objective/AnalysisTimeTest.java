package org.hyperlab.core.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The exact analysis of a degree-16 objective finishes in seconds whatever the numbers: large fractions go
 * through an integer gcd ({@link PrimitiveGcd}), and coefficients past what it handles quickly, or past a
 * double's range, are refused naming the coefficient.
 */
class AnalysisTimeTest {
    private static final Duration QUICK = Duration.ofSeconds(4);

    @Test
    void theGcdIsTheMonicCommonFactor() {
        // (w-1)^2(w+2) and (w-1)(w+3) share w-1; (2w-1)(w+1)·3 and (2w-1)·5/7 share w-1/2
        assertEquals(Polynomial.ofIntegers(-1, 1), Polynomial.gcd(Polynomial.ofIntegers(2, -3, 0, 1),
                Polynomial.ofIntegers(-3, 2, 1)));
        Polynomial a = Polynomial.ofIntegers(-1, 1, 2).scale(Rational.of(3));
        Polynomial b = Polynomial.ofIntegers(-1, 2).scale(Rational.of(5, 7));
        assertEquals(Polynomial.of(Rational.of(-1, 2), Rational.ONE), Polynomial.gcd(a, b));
        assertEquals(Polynomial.of(Rational.ONE), Polynomial.gcd(Polynomial.ofIntegers(1, 1), Polynomial.ofIntegers(2, 1)));
        assertEquals(Polynomial.ofIntegers(3, 1), Polynomial.gcd(Polynomial.ZERO, Polynomial.ofIntegers(6, 2)));
        assertTrue(Polynomial.gcd(Polynomial.ZERO, Polynomial.ZERO).isZero());
    }

    @Test
    void largeFractionsAtDegreeSixteenAreAnalyzedInSeconds() {
        // the remainders of Euclid's algorithm over the rationals took minutes here
        PolynomialObjective o = PolynomialObjective.parse(
                "(123456789/987654321*w - 987654321/123456789)^16 + 99999999999/7*x^16*w^15",
                Rational.parse("12345678901234567/3"));
        ObjectiveAnalysis a = assertTimeoutPreemptively(QUICK, o::analyze);
        assertTrue(!a.criticalPoints().isEmpty());
    }

    @Test
    void coefficientsPastTheLimitsAreRefusedNamingThem() {
        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
                () -> PolynomialObjective.seed(Rational.parse("1e300")).analyze());
        assertTrue(huge.getMessage().contains("the coefficient of w^2 is about 1e600"), huge.getMessage());
        IllegalArgumentException tiny = assertThrows(IllegalArgumentException.class,
                () -> PolynomialObjective.seed(Rational.parse("1e-300")).analyze());
        assertTrue(tiny.getMessage().contains("the coefficient of w^2 is about 1e-600"), tiny.getMessage());
        // digits of pi over digits of e (76 each, about 250 bits), up to the 48th power: near 1 in magnitude,
        // far past the bits
        String fraction = "(3141592653589793238462643383279502884197169399375105820974944592307816406286"
                + "/2718281828459045235360287471352662497757247093699959574966967627724076630353)";
        IllegalArgumentException bits = assertThrows(IllegalArgumentException.class, () -> PolynomialObjective
                .parse("(" + fraction + "*w - " + fraction + "^2)^16 + w", Rational.ONE).analyze());
        assertTrue(bits.getMessage().contains("at most " + ObjectiveAnalysis.MAX_COEFFICIENT_BITS), bits.getMessage());
    }
}
