package org.hyperlab.core.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A critical point's text (exact fraction, else 12 significant digits), its kind's predicates, and the stability
 * limit 2/J''(w*) of plain descent at a minimum.
 */
class CriticalPointTest {
    // J(w) = (w² − 2)²: minima at ±√2 (irrational), J''(√2) = 12·2 − 8 = 16, J(√2) = 0
    private static final CriticalPoint ROOT_TWO = new CriticalPoint(null, Math.sqrt(2), null, 0.0, 16.0, 2,
            CriticalPointKind.GLOBAL_MINIMUM);
    // its local maximum at w = 0: J(0) = 4, J''(0) = −8
    private static final CriticalPoint ZERO = new CriticalPoint(Rational.ZERO, 0.0, Rational.of(4), 4.0, -8.0, 2,
            CriticalPointKind.LOCAL_MAXIMUM);

    @Test
    void exactPointsShowFractionsIrrationalOnesTwelveDigits() {
        assertTrue(ZERO.isExact());
        assertFalse(ROOT_TWO.isExact());
        assertEquals("0", ZERO.wText());
        assertEquals("4", ZERO.jText());
        assertEquals("1.41421356237", ROOT_TWO.wText());            // √2 = 1.41421356237|3…
        assertEquals("0", ROOT_TWO.jText());
        CriticalPoint third = new CriticalPoint(null, 1.0 / 3, null, 2.0 / 3, 1, 2, CriticalPointKind.LOCAL_MINIMUM);
        assertEquals("0.333333333333", third.wText());
        assertEquals("0.666666666667", third.jText());
    }

    @Test
    void describeNamesKindAndValue() {
        assertEquals("w = 0 (local maximum, J = 4)", ZERO.describe());
        assertEquals("w = 1.41421356237 (global minimum, J = 0)", ROOT_TWO.describe());
    }

    @Test
    void stabilityLimitIsTwoOverTheCurvatureAtMinimaOnly() {
        assertEquals(2.0 / 16, ROOT_TWO.stabilityLimit());
        assertTrue(Double.isNaN(ZERO.stabilityLimit()));
        CriticalPoint flat = new CriticalPoint(Rational.ZERO, 0.0, Rational.ZERO, 0.0, 0.0, 4, CriticalPointKind.LOCAL_MINIMUM);
        assertEquals(Double.POSITIVE_INFINITY, flat.stabilityLimit());          // J = w⁴: the linear test says nothing
    }

    @Test
    void kinds() {
        assertTrue(CriticalPointKind.GLOBAL_MINIMUM.isMinimum() && CriticalPointKind.LOCAL_MINIMUM.isMinimum());
        assertTrue(CriticalPointKind.GLOBAL_MAXIMUM.isMaximum() && CriticalPointKind.LOCAL_MAXIMUM.isMaximum());
        assertFalse(CriticalPointKind.SADDLE.isMinimum() || CriticalPointKind.SADDLE.isMaximum());
        assertFalse(CriticalPointKind.LOCAL_MINIMUM.isMaximum() || CriticalPointKind.GLOBAL_MAXIMUM.isMinimum());
        assertEquals("saddle point", CriticalPointKind.SADDLE.label());
    }
}
