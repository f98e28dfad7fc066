package org.hyperlab.report.chart;

import java.util.Arrays;
import java.util.Objects;

/**
 * A named sequence of (x, y) points. A series may be shorter than its neighbours (a run that stopped early);
 * points whose x or y is not finite are skipped by the renderers, never drawn and never a crash.
 *
 * @param name  legend entry
 * @param x     x values (copied)
 * @param y     y values, same length as x (copied)
 * @param style how the points are drawn
 */
public record Series(String name, double[] x, double[] y, Style style) {
    /** How a series is drawn. */
    public enum Style {
        /** A solid line through the points. */
        LINE,
        /** A solid line with a small shape at each point. */
        LINE_AND_POINTS,
        /** A dashed line. */
        DASHED,
        /** Shapes only (a scatter plot). */
        POINTS,
        /** A staircase: each value holds until the next x (a best-so-far curve). */
        STEP
    }

    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(style, "style");
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + name + "': " + x.length + " x values but " + y.length + " y values");
        }
        x = x.clone();
        y = y.clone();
    }

    /** A solid line. */
    public static Series line(String name, double[] x, double[] y) {
        return new Series(name, x, y, Style.LINE);
    }

    /** Points only. */
    public static Series points(String name, double[] x, double[] y) {
        return new Series(name, x, y, Style.POINTS);
    }

    /** A line whose x values are 0, 1, 2, ... (for per-epoch histories starting at epoch 0). */
    public static Series indexed(String name, double[] y) {
        double[] x = new double[y.length];
        Arrays.setAll(x, i -> i);
        return line(name, x, y);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    /** Number of points (finite or not). */
    public int size() {
        return x.length;
    }

    /** The i-th x value. */
    public double x(int i) {
        return x[i];
    }

    /** The i-th y value. */
    public double y(int i) {
        return y[i];
    }

    /** Number of points with finite x and y (the ones that get drawn on linear axes). */
    public int finiteCount() {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                n++;
            }
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && name.equals(s.name) && style == s.style
                && Arrays.equals(x, s.x) && Arrays.equals(y, s.y);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, style, Arrays.hashCode(x), Arrays.hashCode(y));
    }

    @Override
    public String toString() {
        return "Series[" + name + ", " + x.length + " points, " + style + "]";
    }
}
