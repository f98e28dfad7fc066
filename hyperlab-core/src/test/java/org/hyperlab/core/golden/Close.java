package org.hyperlab.core.golden;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Tolerant comparison of hyperlab's numbers with PyTorch's: {@code |actual − expected| ≤ rel·|expected| + abs}.
 * A failure names the quantity, the index, both values and the relative error.
 */
final class Close {
    /** float64 against float64: a few ulps of each operation, accumulated over a handful of steps. */
    static final double FLOAT64 = 1e-12;

    private Close() {
    }

    static void assertClose(String what, double expected, double actual, double rel, double abs) {
        double err = Math.abs(actual - expected);
        if (!(err <= rel * Math.abs(expected) + abs)) {
            fail(what + ": expected " + expected + " (PyTorch), got " + actual + " (hyperlab); |diff| = " + err
                    + ", relative " + err / Math.abs(expected) + ", allowed " + rel + "·|expected| + " + abs);
        }
    }

    static void assertClose(String what, double[] expected, double[] actual, double rel, double abs) {
        if (expected.length != actual.length) {
            fail(what + ": expected " + expected.length + " values, got " + actual.length);
        }
        for (int i = 0; i < expected.length; i++) {
            assertClose(what + "[" + i + "]", expected[i], actual[i], rel, abs);
        }
    }

    /** Row-major flat view of a nested array. */
    static double[] flat(double[][] rows) {
        return java.util.Arrays.stream(rows).flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    /** The largest magnitude in the values (a scale for absolute tolerances). */
    static double maxAbs(double[] values) {
        double m = 0.0;
        for (double v : values) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
