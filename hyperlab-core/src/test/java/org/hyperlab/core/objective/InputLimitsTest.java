package org.hyperlab.core.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Small inputs that ask for huge work are refused before the work starts, with a message naming the limit: the
 * expression's length, nesting and degree, exact numbers beyond a double's range, and descents with more epochs,
 * runs or points than are kept and plotted.
 */
class InputLimitsTest {
    private static final Duration QUICK = Duration.ofSeconds(2);

    private static ExpressionSyntaxException refused(String expression) {
        return assertTimeoutPreemptively(QUICK, () -> assertThrows(ExpressionSyntaxException.class,
                () -> ExpressionParser.parse(expression)));
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() {
        String deep = "(".repeat(4_000) + "w" + ")".repeat(4_000);
        assertTrue(refused(deep).getMessage().contains("nested more than " + ExpressionParser.MAX_DEPTH));
        assertTrue(refused("-".repeat(5_000) + "w").getMessage().contains("nested"));
        String allowed = "(".repeat(ExpressionParser.MAX_DEPTH) + "w" + ")".repeat(ExpressionParser.MAX_DEPTH);
        assertEquals(1, ExpressionParser.parse(allowed).degreeInW());
    }

    @Test
    void degreesPastTheLimitAreRefusedBeforeExpanding() {
        assertTrue(refused("(w^64)^64").getMessage().contains("degree would exceed " + ExpressionParser.MAX_DEGREE));
        assertTrue(refused("w^16*w").getMessage().contains("degree exceeds"));
        assertTrue(refused("(x*w)^17").getMessage().contains("degree"));
        assertEquals(16, ExpressionParser.parse("(w^4)^4").degreeInW());
        assertEquals(0, ExpressionParser.parse("2^64").degreeInW(), "a constant's power is not a degree");
    }

    @Test
    void aMegabyteExpressionIsRefusedByItsLength() {
        String huge = "w+".repeat(500_000) + "w";
        ExpressionSyntaxException e = refused(huge);
        assertTrue(e.getMessage().contains("at most " + ExpressionParser.MAX_LENGTH), e.getMessage());
    }

    @Test
    void exactNumbersStayWithinADoublesRange() {
        assertThrows(NumberFormatException.class, () -> Rational.parse("1e100000"));
        assertThrows(NumberFormatException.class, () -> Rational.parse("1e-301"));
        assertThrows(NumberFormatException.class, () -> Rational.parse("1".repeat(101)));
        assertEquals(Rational.of(java.math.BigInteger.TEN.pow(300)), Rational.parse("1e300"));
        assertEquals(Rational.of(1, 4), Rational.parse("25e-2"));
    }

    @Test
    void descentsAskingForTooManyEpochsRunsOrPointsAreRefused() {
        PolynomialObjective seed = PolynomialObjective.seed(Rational.ONE);
        OptimizerSpec sgd = OptimizerSpec.sgd(0.1);
        IllegalArgumentException epochs = assertThrows(IllegalArgumentException.class, () -> new DescentExperiment(
                "d", seed, List.of(1.0), List.of(0.1), 2_000_000_000, sgd));
        assertTrue(epochs.getMessage().contains("0.." + GradientDescentRun.MAX_EPOCHS));
        List<Double> many = java.util.stream.IntStream.range(0, 26).mapToObj(i -> i / 10.0).toList();
        IllegalArgumentException runs = assertThrows(IllegalArgumentException.class, () -> new DescentExperiment(
                "d", seed, many, List.of(0.1), 10, sgd));
        assertTrue(runs.getMessage().contains("26 runs"), runs.getMessage());
        List<Double> five = List.of(0.1, 0.2, 0.3, 0.4, 0.5);
        IllegalArgumentException points = assertThrows(IllegalArgumentException.class, () -> new DescentExperiment(
                "d", seed, five, five, GradientDescentRun.MAX_EPOCHS, sgd));
        assertTrue(points.getMessage().contains("points"), points.getMessage());
        assertEquals(GradientDescentRun.MAX_EPOCHS, new DescentExperiment("d", seed, List.of(1.0), List.of(0.1),
                GradientDescentRun.MAX_EPOCHS, sgd).epochs());
    }
}
