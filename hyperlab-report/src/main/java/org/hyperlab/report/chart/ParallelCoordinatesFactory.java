package org.hyperlab.report.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Turns {@link ParallelCoordinates} into a JFreeChart: axis i sits at x = i, every value is mapped to [0, 1]
 * within its axis's finite range (log10 first on a log axis), and each axis's range is written at its ends.
 */
final class ParallelCoordinatesFactory {
    private ParallelCoordinatesFactory() {
    }

    static JFreeChart create(ParallelCoordinates spec, double fontScale) {
        int dims = spec.dimensions().size();
        double[][] ranges = new double[dims][];
        for (int d = 0; d < dims; d++) {
            ranges[d] = range(spec, d);
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        List<Double> colorValues = new ArrayList<>();
        for (int r = 0; r < spec.rows().size(); r++) {
            colorValues.add(spec.value(r, dims - 1));
        }
        double[] colorRange = ColorRamp.finiteRange(colorValues);
        ColorRamp ramp = new ColorRamp(colorRange[0], colorRange[1], ColorRamp.VIRIDIS);
        int series = 0;
        for (int r = 0; r < spec.rows().size(); r++) {
            if (r == spec.highlight()) {
                continue;
            }
            dataset.addSeries(line(spec, r, ranges, "trial " + r));
            renderer.setSeriesPaint(series, ramp.getPaint(spec.value(r, dims - 1)));
            renderer.setSeriesStroke(series, new BasicStroke(1.3f));
            series++;
        }
        if (spec.highlight() >= 0) {
            dataset.addSeries(line(spec, spec.highlight(), ranges, "best"));
            renderer.setSeriesPaint(series, ChartStyle.ACCENT);
            renderer.setSeriesStroke(series, new BasicStroke(3.2f));
        }
        renderer.setDefaultShapesVisible(true);
        renderer.setDefaultShape(new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setAutoPopulateSeriesShape(false);

        SymbolAxis x = new SymbolAxis(null, spec.dimensions().stream().map(ParallelCoordinates.Dimension::name)
                .toArray(String[]::new));
        x.setGridBandsVisible(false);
        Charts.styleAxis(x, fontScale);
        x.setTickLabelFont(ChartStyle.scaled(ChartStyle.AXIS_LABEL, fontScale));
        x.setRange(-0.3, dims - 0.7);
        NumberAxis y = new NumberAxis();
        y.setTickLabelsVisible(false);
        y.setTickMarksVisible(false);
        y.setRange(-0.1, 1.1);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        Charts.styleXYPlot(plot);
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD); // best drawn last, on top
        plot.setRangeGridlinesVisible(false);
        plot.setDomainGridlinePaint(ChartStyle.MARKER);
        plot.setDomainGridlineStroke(new BasicStroke(1.2f));
        java.awt.Font font = ChartStyle.scaled(ChartStyle.MARKER_LABEL, fontScale);
        for (int d = 0; d < dims; d++) {
            ParallelCoordinates.Dimension dim = spec.dimensions().get(d);
            if (!dim.categories().isEmpty()) {
                for (int c = 0; c < dim.categories().size(); c++) {
                    double pos = position(c, ranges[d], false);
                    plot.addAnnotation(label(dim.categories().get(c), d, pos, TextAnchor.CENTER_LEFT, font));
                }
            } else {
                plot.addAnnotation(label(format(ranges[d][1]), d, 1.03, TextAnchor.BOTTOM_CENTER, font));
                plot.addAnnotation(label(format(ranges[d][0]), d, -0.03, TextAnchor.TOP_CENTER, font));
            }
        }
        JFreeChart chart = Charts.chart(spec.title(), plot, false, fontScale);
        NumberAxis scaleAxis = new NumberAxis(spec.dimensions().get(dims - 1).name());
        Charts.styleAxis(scaleAxis, fontScale);
        scaleAxis.setRange(ramp.getLowerBound(), ramp.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(ramp, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(4, 10, 4, 4));
        legend.setStripWidth(12);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(ChartStyle.BACKGROUND);
        chart.addSubtitle(legend);
        return chart;
    }

    private static XYSeries line(ParallelCoordinates spec, int row, double[][] ranges, String name) {
        XYSeries s = new XYSeries(name, false, true);
        for (int d = 0; d < ranges.length; d++) {
            ParallelCoordinates.Dimension dim = spec.dimensions().get(d);
            double v = spec.value(row, d);
            boolean ok = Double.isFinite(v) && (!dim.log() || v > 0);
            s.add(d, ok ? position(v, ranges[d], dim.log()) : Double.NaN);
        }
        return s;
    }

    /** Finite (and, on a log axis, positive) min and max of a dimension, log10-transformed on a log axis. */
    private static double[] range(ParallelCoordinates spec, int d) {
        ParallelCoordinates.Dimension dim = spec.dimensions().get(d);
        if (!dim.categories().isEmpty()) {
            return new double[] {0, Math.max(1, dim.categories().size() - 1), 0};
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < spec.rows().size(); r++) {
            double v = spec.value(r, d);
            if (Double.isFinite(v) && (!dim.log() || v > 0)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        return new double[] {lo, hi};
    }

    private static double position(double v, double[] range, boolean log) {
        double lo = log ? Math.log10(range[0]) : range[0];
        double hi = log ? Math.log10(range[1]) : range[1];
        double t = log ? Math.log10(v) : v;
        return hi > lo ? (t - lo) / (hi - lo) : 0.5;
    }

    private static XYTextAnnotation label(String text, double x, double y, TextAnchor anchor, java.awt.Font font) {
        XYTextAnnotation a = new XYTextAnnotation(text, anchor == TextAnchor.CENTER_LEFT ? x + 0.03 : x, y);
        a.setTextAnchor(anchor);
        a.setFont(font);
        a.setPaint(ChartStyle.TEXT);
        return a;
    }

    private static String format(double v) {
        return HeatMapFactory.format(v);
    }
}
