package org.hyperlab.core.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The limits' exact boundaries (the largest accepted input is accepted, one more is refused with the counts it
 * computed), and {@link DescentExperiment#with}'s rule for which settings replace the experiment's own.
 */
class LimitBoundariesTest {
    private static final PolynomialObjective SEED = PolynomialObjective.seed(Rational.ONE);
    private static final OptimizerSpec SGD = OptimizerSpec.sgd(0.1);

    private static List<Double> points(int n) {
        return IntStream.range(0, n).mapToObj(i -> 0.5 + i / 100.0).toList();
    }

    @Test
    void exactlyTheMostRunsAreAccepted() {
        assertEquals(DescentExperiment.MAX_RUNS, 25);
        DescentExperiment largest = new DescentExperiment("d", SEED, points(5), List.of(0.1, 0.2, 0.3, 0.4, 0.5), 1, SGD);
        assertEquals(25, largest.w0s().size() * largest.lrs().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DescentExperiment("d", SEED, points(13), List.of(0.1, 0.2), 1, SGD));
        assertEquals("runs: 13 starting points x 2 learning rates = 26 runs, at most 25 are accepted", e.getMessage());
    }

    @Test
    void exactlyTheMostPointsAreAccepted() {
        // 20 runs of 9,999 epochs keep 20 x 10,000 = 200,000 points (each run keeps epoch 0 too): the limit itself
        assertEquals(9_999, new DescentExperiment("d", SEED, points(10), List.of(0.1, 0.2), 9_999, SGD).epochs());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DescentExperiment("d", SEED, points(10), List.of(0.1, 0.2), 10_000, SGD));
        assertEquals("runs x epochs: 20 runs of 10000 epochs keep 200020 points, at most 200000 are accepted; use "
                + "fewer epochs or runs", e.getMessage());
    }

    @Test
    void learningRatesMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new DescentExperiment("d", SEED, points(1), List.of(0.0), 1, SGD));
        assertEquals(Double.MIN_VALUE, new DescentExperiment("d", SEED, points(1), List.of(Double.MIN_VALUE), 1, SGD)
                .lrs().get(0));
    }

    @Test
    void epochsAreBoundedOnBothSides() {
        GradientDescentRun.requireEpochs(0);
        GradientDescentRun.requireEpochs(GradientDescentRun.MAX_EPOCHS);
        assertThrows(IllegalArgumentException.class, () -> GradientDescentRun.requireEpochs(-1));
        assertEquals("epochs: expected 0..10000, got 10001", assertThrows(IllegalArgumentException.class,
                () -> GradientDescentRun.requireEpochs(GradientDescentRun.MAX_EPOCHS + 1)).getMessage());
    }

    @Test
    void withReplacesOnlyWhatIsGiven() {
        OptimizerSpec adam = new OptimizerSpec("adam", 0.01, null, 0.8, 0.9, 1e-7);
        DescentExperiment base = new DescentExperiment("d", SEED, List.of(1.0), List.of(0.1), 7, adam);
        DescentExperiment same = base.with(null, null, null, null, null, null, null, null);
        assertEquals(base, same);
        DescentExperiment replaced = base.with(List.of(2.0, 3.0), List.of(0.2), 9, null, null, 0.7, null, null);
        assertEquals(List.of(2.0, 3.0), replaced.w0s());
        assertEquals(List.of(0.2), replaced.lrs());
        assertEquals(9, replaced.epochs());
        assertEquals(new OptimizerSpec("adam", 0.01, null, 0.7, 0.9, 1e-7), replaced.optimizer());
        DescentExperiment other = base.with(null, null, null, "momentum", 0.5, null, null, null);
        assertEquals("momentum", other.optimizer().name());
        assertEquals(0.5, other.optimizer().momentum());
        assertNull(other.optimizer().beta1(), "another optimizer drops Adam's betas");
        assertNull(other.optimizer().beta2());
        assertNull(other.optimizer().epsilon());
        DescentExperiment eps = base.with(null, null, null, "rmsprop", null, null, null, 1e-6);
        assertEquals(1e-6, eps.optimizer().epsilon());
        assertNull(eps.optimizer().momentum());
    }

    @Test
    void parsedNumbersAtTheirBoundaries() {
        assertEquals(Rational.of(BigInteger.TEN.pow(300)), Rational.parse("1e300"));
        assertEquals(Rational.of(BigInteger.ONE, BigInteger.TEN.pow(300)), Rational.parse("1e-300"));
        assertThrows(NumberFormatException.class, () -> Rational.parse("1e301"));
        assertThrows(NumberFormatException.class, () -> Rational.parse("10e300"));
        String longest = "1".repeat(Rational.MAX_PARSED_LENGTH);
        assertEquals(new BigInteger(longest), Rational.parse(longest).numerator(), "the longest text is read whole");
        assertEquals(Rational.of(1, 4), Rational.parse(" 0.25 "));
        assertTrue(assertThrows(NumberFormatException.class, () -> Rational.parse("9".repeat(101))).getMessage()
                .contains("longer than " + Rational.MAX_PARSED_LENGTH));
    }

    @Test
    void expressionLimitsAtTheirBoundaries() {
        String atLimit = "w" + " ".repeat(ExpressionParser.MAX_LENGTH - 1);
        assertEquals(1, ExpressionParser.parse(atLimit).degreeInW());
        assertThrows(ExpressionSyntaxException.class, () -> ExpressionParser.parse(atLimit + " "));
        assertEquals(16, ExpressionParser.parse("w^16").degreeInW());
        assertThrows(ExpressionSyntaxException.class, () -> ExpressionParser.parse("w^17"));
        assertEquals(16, ExpressionParser.parse("w^8*w^8").degreeInW());
        String deepest = "-".repeat(ExpressionParser.MAX_DEPTH) + "w";
        assertEquals(1, ExpressionParser.parse(deepest).degreeInW());
        assertThrows(ExpressionSyntaxException.class, () -> ExpressionParser.parse("-" + deepest));
    }
}
