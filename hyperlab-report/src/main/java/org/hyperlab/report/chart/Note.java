package org.hyperlab.report.chart;

import java.util.Objects;

/**
 * A text box placed in a corner of the plot area, independent of the data, e.g.
 * "final w = 2.9999, J = −2.2500" or "diverged at epoch 6: J overflowed". Lines are separated by '\n'.
 *
 * @param text   the text
 * @param corner where it goes
 */
public record Note(String text, Corner corner) {
    /** A corner of the plot area. */
    public enum Corner { TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT }

    public Note {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(corner, "corner");
    }

    /** A note in the top-right corner. */
    public static Note topRight(String text) {
        return new Note(text, Corner.TOP_RIGHT);
    }
}
