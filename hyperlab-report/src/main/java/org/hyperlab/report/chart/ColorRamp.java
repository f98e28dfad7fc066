package org.hyperlab.report.chart;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * A piecewise-linear color ramp over [lower, upper] (a JFreeChart {@link PaintScale}); values outside clamp
 * to the ends, non-finite values get light gray.
 */
final class ColorRamp implements PaintScale {
    /** White to dark blue, for counts (heat maps). */
    static final Color[] BLUES = {new Color(0xF7, 0xFB, 0xFF), new Color(0x9E, 0xCA, 0xE1),
        new Color(0x42, 0x92, 0xC6), new Color(0x08, 0x30, 0x6B)};
    /** Viridis stops: dark purple (low) to yellow (high), readable in gray and by colorblind readers. */
    static final Color[] VIRIDIS = {new Color(0x44, 0x01, 0x54), new Color(0x3B, 0x52, 0x8B),
        new Color(0x21, 0x90, 0x8C), new Color(0x5D, 0xC8, 0x63), new Color(0xFD, 0xE7, 0x25)};

    private final double lower;
    private final double upper;
    private final Color[] stops;

    ColorRamp(double lower, double upper, Color[] stops) {
        this.lower = lower;
        this.upper = upper > lower ? upper : lower + 1;
        this.stops = stops.clone();
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    /** Position of a value in [0, 1]. */
    double fraction(double value) {
        return Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
    }

    @Override
    public Paint getPaint(double value) {
        if (!Double.isFinite(value)) {
            return new Color(0xEE, 0xEE, 0xEE);
        }
        double t = fraction(value) * (stops.length - 1);
        int i = Math.min((int) t, stops.length - 2);
        double f = t - i;
        Color a = stops[i];
        Color b = stops[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    /** Finite minimum and maximum of the values, or [0, 1] when none is finite. */
    static double[] finiteRange(Iterable<Double> values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return lo <= hi ? new double[] {lo, hi} : new double[] {0, 1};
    }
}
