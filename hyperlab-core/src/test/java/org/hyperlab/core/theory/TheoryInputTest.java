package org.hyperlab.core.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hyperlab.core.objective.Rational;
import org.junit.jupiter.api.Test;

/** Every refusal of {@link TheoryInput} names the input and what it expected; the boundaries it accepts. */
class TheoryInputTest {
    private static final Rational[][] X = TheoryInput.ints(new long[][] {{1, 2}, {3, 4}});
    private static final Rational[][] W = TheoryInput.ints(new long[][] {{1, 0, 0}, {0, 1, 0}});
    private static final Rational[] B = TheoryInput.ints(new long[][] {{0, 0, 0}})[0];
    private static final String J = TheoryInput.assignment().objective();

    private static String refusal(int[] y, Rational[][] x, Rational[][] w, Rational[] b, int[] targets, Double eps) {
        return assertThrows(IllegalArgumentException.class,
                () -> new TheoryInput(y, x, w, b, targets, eps, J, Rational.ONE)).getMessage();
    }

    @Test
    void labels() {
        assertEquals("y: expected at least one label", refusal(new int[0], X, W, B, new int[] {0, 1}, null));
        assertEquals("y: labels must be integers from 0 to 99, got -1", refusal(new int[] {0, -1}, X, W, B, new int[] {0, 1}, null));
    }

    @Test
    void shapes() {
        assertEquals("x: expected at least one row and one column", refusal(new int[] {0}, new Rational[0][], W, B, new int[0], null));
        assertEquals("x: expected at least one row and one column",
                refusal(new int[] {0}, new Rational[][] {{}}, W, B, new int[] {0}, null));
        assertEquals("x: row 2 has 1 values, expected 2",
                refusal(new int[] {0}, new Rational[][] {X[0], {Rational.ONE}}, W, B, new int[] {0, 1}, null));
        assertEquals("w: row 2 has 2 values, expected 3",
                refusal(new int[] {0}, X, new Rational[][] {W[0], {Rational.ONE, Rational.ONE}}, B, new int[] {0, 1}, null));
        assertEquals("b: expected 3 values (one per column of w), got 2",
                refusal(new int[] {0}, X, W, new Rational[] {Rational.ONE, Rational.ONE}, new int[] {0, 1}, null));
        assertEquals("labels: expected 2 targets (one per row of x), got 1", refusal(new int[] {0}, X, W, B, new int[] {0}, null));
    }

    @Test
    void targetsAreClassesOfTheNetwork() {
        assertEquals("labels: each target must be a class 0..2, got 3", refusal(new int[] {0}, X, W, B, new int[] {0, 3}, null));
        assertEquals("labels: each target must be a class 0..2, got -1", refusal(new int[] {0}, X, W, B, new int[] {-1, 0}, null));
        TheoryInput last = new TheoryInput(new int[] {0}, X, W, B, new int[] {2, 0}, null, J, Rational.ONE);
        assertEquals(2, last.observations());
        assertEquals(3, last.classes());
    }

    @Test
    void epsilonMustBePositiveAndFinite() {
        for (double eps : new double[] {0.0, -1e-6, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertEquals("epsilon: expected a positive number, got " + eps,
                    refusal(new int[] {0}, X, W, B, new int[] {0, 1}, eps));
        }
        TheoryInput exact = new TheoryInput(new int[] {0}, X, W, B, new int[] {0, 1}, null, J, Rational.ONE);
        assertEquals(Double.valueOf(1e-300), exact.withEpsilon(1e-300).epsilon());
    }

    @Test
    void integerMatricesAreExact() {
        assertEquals("3", X[1][0].toString());
        assertEquals(2, X[1].length);
    }
}
