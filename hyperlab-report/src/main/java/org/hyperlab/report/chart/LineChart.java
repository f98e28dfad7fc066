package org.hyperlab.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An x–y chart of one or more series (lines, points or steps), with labelled markers and corner notes.
 * Scatter plots are line charts whose series use {@link Series.Style#POINTS}.
 *
 * @param title   figure title
 * @param xAxis   horizontal axis
 * @param yAxis   vertical axis
 * @param series  the data, drawn in order (first series first color)
 * @param markers labelled points (critical points, best trial)
 * @param notes   corner text boxes
 * @param legend  show a legend
 */
public record LineChart(String title, Axis xAxis, Axis yAxis, List<Series> series, List<PointLabel> markers,
                        List<Note> notes, boolean legend) implements Chart {
    public LineChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
        series = List.copyOf(series);
        markers = List.copyOf(markers);
        notes = List.copyOf(notes);
    }

    /** Starts a chart with the given title and axis labels (linear axes, legend on when there are two or more series). */
    public static Builder builder(String title, String xLabel, String yLabel) {
        return new Builder(title, Axis.linear(xLabel), Axis.linear(yLabel));
    }

    /** The series with this name, or null. */
    public Series series(String name) {
        return series.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    /** Mutable helper that assembles an immutable {@link LineChart}. */
    public static final class Builder {
        private final String title;
        private Axis xAxis;
        private Axis yAxis;
        private final List<Series> series = new ArrayList<>();
        private final List<PointLabel> markers = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();
        private Boolean legend;

        private Builder(String title, Axis xAxis, Axis yAxis) {
            this.title = title;
            this.xAxis = xAxis;
            this.yAxis = yAxis;
        }

        public Builder xAxis(Axis axis) {
            this.xAxis = axis;
            return this;
        }

        public Builder yAxis(Axis axis) {
            this.yAxis = axis;
            return this;
        }

        public Builder logX() {
            this.xAxis = new Axis(xAxis.label(), true, xAxis.lower(), xAxis.upper());
            return this;
        }

        public Builder logY() {
            this.yAxis = new Axis(yAxis.label(), true, yAxis.lower(), yAxis.upper());
            return this;
        }

        public Builder series(Series s) {
            series.add(s);
            return this;
        }

        public Builder line(String name, double[] x, double[] y) {
            return series(Series.line(name, x, y));
        }

        public Builder marker(PointLabel p) {
            markers.add(p);
            return this;
        }

        public Builder marker(double x, double y, String text) {
            return marker(PointLabel.of(x, y, text));
        }

        public Builder best(double x, double y, String text) {
            return marker(PointLabel.best(x, y, text));
        }

        public Builder note(Note n) {
            notes.add(n);
            return this;
        }

        public Builder note(String text) {
            return note(Note.topRight(text));
        }

        public Builder legend(boolean show) {
            this.legend = show;
            return this;
        }

        public LineChart build() {
            boolean showLegend = legend != null ? legend : series.size() > 1;
            return new LineChart(title, xAxis, yAxis, series, markers, notes, showLegend);
        }
    }
}
