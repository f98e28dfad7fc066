package org.hyperlab.core.objective;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** J(w) = w² tabulated on exact grids: which points the grid holds, the refusals, and the CSV. */
class ObjectiveTableTest {
    private static final Objective1D SQUARE = PolynomialObjective.parse("w^2", Rational.ONE).j();

    private static ObjectiveTable table(String from, String to, String step) {
        return ObjectiveTable.of(SQUARE, Rational.parse(from), Rational.parse(to), Rational.parse(step));
    }

    @Test
    void tenthsAreExactDecimalsAndIncludeTheEnd() {
        ObjectiveTable t = table("0", "3/10", "1/10");
        assertEquals(4, t.size());
        assertArrayEquals(new double[] {0.0, 0.1, 0.2, 0.3}, t.w());
        assertArrayEquals(new double[] {0.0, 0.01, 0.04, 0.09}, t.j(), 1e-15);
    }

    @Test
    void anEndOffTheGridIsLeftOut() {
        // (1/4 − 0)/(1/10) = 2.5: the points 0, 0.1, 0.2
        assertArrayEquals(new double[] {0.0, 0.1, 0.2}, table("0", "1/4", "1/10").w());
    }

    @Test
    void aRangeOfOnePointAndNegativeStarts() {
        assertArrayEquals(new double[] {2.0}, table("2", "2", "1").w());
        ObjectiveTable t = table("-1", "1", "1");
        assertArrayEquals(new double[] {-1.0, 0.0, 1.0}, t.w());
        assertArrayEquals(new double[] {1.0, 0.0, 1.0}, t.j());
    }

    @Test
    void refusals() {
        assertEquals("step must be positive, got 0", assertThrows(IllegalArgumentException.class,
                () -> table("0", "1", "0")).getMessage());
        assertEquals("step must be positive, got -1/2", assertThrows(IllegalArgumentException.class,
                () -> table("0", "1", "-1/2")).getMessage());
        assertEquals("the range is empty: from 1 is above to 0", assertThrows(IllegalArgumentException.class,
                () -> table("1", "0", "1")).getMessage());
    }

    @Test
    void atMostAMillionRows() {
        // 0..999999 by 1 is exactly MAX_ROWS points; one more is refused
        assertEquals(ObjectiveTable.MAX_ROWS, table("0", "999999", "1").size());
        assertEquals("the table would have 1000001 rows (at most 1000000); use a larger step",
                assertThrows(IllegalArgumentException.class, () -> table("0", "1000000", "1")).getMessage());
    }

    @Test
    void csvHasAHeaderAndOneRowPerPoint() {
        assertEquals("w,J\n1.0,1.0\n2.0,4.0\n3.0,9.0\n", table("1", "3", "1").toCsv());
    }

    @Test
    void theArraysAreCopies() {
        ObjectiveTable t = table("1", "2", "1");
        t.w()[0] = 99;
        t.j()[0] = 99;
        assertArrayEquals(new double[] {1.0, 2.0}, t.w());
        assertArrayEquals(new double[] {1.0, 4.0}, t.j());
    }
}
