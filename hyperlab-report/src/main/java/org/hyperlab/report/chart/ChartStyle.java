package org.hyperlab.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;

/**
 * The house style shared by every renderer: white background, a colorblind-safe palette (Okabe–Ito),
 * sans-serif fonts sized for a 900×560 figure, and one accent color for highlighted points.
 */
public final class ChartStyle {
    /** Default figure width in pixels. */
    public static final int WIDTH = 900;
    /** Default figure height in pixels. */
    public static final int HEIGHT = 560;

    public static final Color BACKGROUND = Color.WHITE;
    public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    public static final Color TEXT = new Color(0x22, 0x22, 0x22);
    public static final Color ACCENT = new Color(0xD5, 0x1E, 0x1E);
    public static final Color MARKER = new Color(0x33, 0x33, 0x33);
    public static final Color NOTE_BACKGROUND = new Color(255, 255, 255, 225);

    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    public static final Font PANEL_TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    public static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    public static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    public static final Font NOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    public static final Font MARKER_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private static final Color[] PALETTE = {
        new Color(0x00, 0x72, 0xB2), // blue
        new Color(0xE6, 0x9F, 0x00), // orange
        new Color(0x00, 0x9E, 0x73), // bluish green
        new Color(0xCC, 0x79, 0xA7), // reddish purple
        new Color(0x56, 0xB4, 0xE9), // sky blue
        new Color(0xD5, 0x5E, 0x00), // vermillion
        new Color(0x59, 0x59, 0x59), // gray
        new Color(0xF0, 0xE4, 0x42), // yellow
    };

    private ChartStyle() {
    }

    /** The i-th series color (cycles after eight). */
    public static Paint color(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /** Line stroke for a series. */
    public static Stroke line(boolean dashed) {
        return dashed
                ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 5f}, 0f)
                : new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Font scaled for a panel inside a grid. */
    public static Font scaled(Font f, double factor) {
        return f.deriveFont((float) (f.getSize2D() * factor));
    }
}
