package org.hyperlab.core.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hyperlab.core.objective.PolynomialObjective;
import org.hyperlab.core.objective.Rational;
import org.junit.jupiter.api.Test;

/** The theory section is a worked example printed in full: labels and matrix sizes past the limits are refused. */
class TheoryInputLimitsTest {
    private static final Rational[][] X = {{Rational.ONE}};
    private static final Rational[][] W = {{Rational.ONE, Rational.ZERO}};
    private static final Rational[] B = {Rational.ZERO, Rational.ZERO};

    private static TheoryInput input(int[] y, Rational[][] x, Rational[][] w, Rational[] b) {
        return new TheoryInput(y, x, w, b, new int[x.length], null, PolynomialObjective.SEED_EXPRESSION, Rational.ONE);
    }

    @Test
    void aHugeLabelIsRefusedBeforeAnyOneHotRowIsAllocated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> input(new int[] {0, 999_999_999}, X, W, B));
        assertTrue(e.getMessage().contains("0 to " + TheoryInput.MAX_LABEL), e.getMessage());
        assertEquals(TheoryInput.MAX_LABEL + 1, input(new int[] {TheoryInput.MAX_LABEL}, X, W, B).y()[0] + 1);
    }

    @Test
    void tooManyLabelsOrTooLargeMatricesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> input(new int[TheoryInput.MAX_LABELS + 1], X, W, B));
        int n = TheoryInput.MAX_SIZE + 1;
        Rational[][] wideW = new Rational[1][n];
        Rational[] wideB = new Rational[n];
        java.util.Arrays.fill(wideW[0], Rational.ONE);
        java.util.Arrays.fill(wideB, Rational.ONE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> input(new int[] {0}, X, wideW, wideB));
        assertTrue(e.getMessage().startsWith("w: expected at most"), e.getMessage());
    }
}
