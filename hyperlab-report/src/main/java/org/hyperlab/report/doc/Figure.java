package org.hyperlab.report.doc;

import java.util.Objects;
import org.hyperlab.report.chart.Chart;
import org.hyperlab.report.chart.ChartStyle;

/**
 * A chart placed in a report. It is written as {@code figures/<name>.png} and {@code figures/<name>.svg}, and the
 * numbers it shows as {@code data/<name>.csv}.
 *
 * @param name    file stem, unique within the report ("initialization-grid")
 * @param caption text under the figure
 * @param chart   what to draw
 * @param width   pixels
 * @param height  pixels
 */
public record Figure(String name, String caption, Chart chart, int width, int height) implements Block {
    public Figure {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(chart, "chart");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("figure name '" + name + "' must be a plain file stem");
        }
    }

    /** A figure of the default size (900×560). */
    public static Figure of(String name, String caption, Chart chart) {
        return new Figure(name, caption, chart, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /** Relative path of the PNG inside the report directory. */
    public String pngPath() {
        return "figures/" + name + ".png";
    }

    /** Relative path of the SVG inside the report directory. */
    public String svgPath() {
        return "figures/" + name + ".svg";
    }

    /** Relative path of the CSV with the figure's numbers. */
    public String csvPath() {
        return "data/" + name + ".csv";
    }
}
