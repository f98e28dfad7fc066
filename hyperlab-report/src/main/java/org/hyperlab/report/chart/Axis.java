package org.hyperlab.report.chart;

import java.util.Objects;

/**
 * One axis of a chart: its label, whether it is logarithmic, and an optional fixed range.
 * On a log axis, values that are not strictly positive are skipped when drawing.
 *
 * @param label text under (or beside) the axis
 * @param log   logarithmic scale (base 10)
 * @param lower lower bound, or NaN to fit the data
 * @param upper upper bound, or NaN to fit the data
 */
public record Axis(String label, boolean log, double lower, double upper) {
    public Axis {
        Objects.requireNonNull(label, "label");
        if (!Double.isNaN(lower) && !Double.isNaN(upper) && !(lower < upper)) {
            throw new IllegalArgumentException("axis '" + label + "': lower " + lower + " must be below upper " + upper);
        }
    }

    /** A linear axis fitted to the data. */
    public static Axis linear(String label) {
        return new Axis(label, false, Double.NaN, Double.NaN);
    }

    /** A base-10 logarithmic axis fitted to the data. */
    public static Axis log(String label) {
        return new Axis(label, true, Double.NaN, Double.NaN);
    }

    /** This axis with a fixed range. */
    public Axis withRange(double lower, double upper) {
        return new Axis(label, log, lower, upper);
    }

    /** True when both bounds are given. */
    public boolean hasRange() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }
}
