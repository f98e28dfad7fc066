package org.hyperlab.report.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void compactKeepsFourSignificantDigitsAndDropsTrailingZeros() {
        assertEquals("0.2251", Numbers.compact(0.225137));
        assertEquals("0.000519", Numbers.compact(0.00051900));
        assertEquals("64", Numbers.compact(64.0));
        assertEquals("2.5", Numbers.compact(2.5));
        assertEquals("\u22122.25", Numbers.compact(-2.25));
        assertEquals("1e\u22128", Numbers.compact(1e-8));
        assertEquals("1.235e8", Numbers.compact(123456789.5));
    }

    @Test
    void fixedUsesARealMinusAndNeverPrintsMinusZero() {
        assertEquals("2.9999", Numbers.fixed(2.99994, 4));
        assertEquals("\u22122.2500", Numbers.fixed(-2.25, 4));
        assertEquals("0.0000", Numbers.fixed(-0.00001, 4));
    }

    @Test
    void nonFiniteValuesAreSpelledOut() {
        assertEquals("NaN", Numbers.compact(Double.NaN));
        assertEquals("∞", Numbers.fixed(Double.POSITIVE_INFINITY, 2));
        assertEquals("\u2212∞", Numbers.compact(Double.NEGATIVE_INFINITY));
    }

    @Test
    void percentOfAFraction() {
        assertEquals("92.61%", Numbers.percent(0.92612, 2));
    }
}
