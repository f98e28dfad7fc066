package org.hyperlab.report.chart;

import java.util.Objects;

/**
 * A point marked on a chart with a shape and a text label, e.g. a critical point "local max (1, 5/12)"
 * or the best trial. A highlighted label is drawn larger and in the accent color.
 *
 * @param x         x position in data coordinates
 * @param y         y position in data coordinates
 * @param text      label drawn next to the point (may be empty)
 * @param highlight draw as the highlighted (best/chosen) point
 */
public record PointLabel(double x, double y, String text, boolean highlight) {
    public PointLabel {
        Objects.requireNonNull(text, "text");
    }

    /** An ordinary labelled marker. */
    public static PointLabel of(double x, double y, String text) {
        return new PointLabel(x, y, text, false);
    }

    /** The highlighted point (best value, chosen setting). */
    public static PointLabel best(double x, double y, String text) {
        return new PointLabel(x, y, text, true);
    }
}
