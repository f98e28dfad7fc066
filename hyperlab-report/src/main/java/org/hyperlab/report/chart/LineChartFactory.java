package org.hyperlab.report.chart;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Turns a {@link LineChart} into a JFreeChart: one dataset per series, markers and notes as annotations. */
final class LineChartFactory {
    private LineChartFactory() {
    }

    static JFreeChart create(LineChart spec, double fontScale) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(Charts.valueAxis(spec.xAxis(), fontScale));
        plot.setRangeAxis(Charts.valueAxis(spec.yAxis(), fontScale));
        Charts.styleXYPlot(plot);
        if (spec.series().stream().allMatch(LineChartFactory::integerX)) {
            Charts.integerTicks(plot.getDomainAxis());
        }
        if (!spec.markers().isEmpty()) {
            // room for the labels of points at the edges of the data
            if (!spec.xAxis().hasRange()) {
                plot.getDomainAxis().setLowerMargin(0.1);
                plot.getDomainAxis().setUpperMargin(0.1);
            }
            if (!spec.yAxis().hasRange()) {
                plot.getRangeAxis().setUpperMargin(0.08);
            }
        }
        int index = 0;
        for (Series s : spec.series()) {
            plot.setDataset(index, dataset(s, spec));
            plot.setRenderer(index, renderer(s.style(), index));
            index++;
        }
        addMarkers(plot, index, spec, spec.markers(), false, fontScale);
        addMarkers(plot, index + 1, spec, spec.markers(), true, fontScale);
        for (Note note : spec.notes()) {
            plot.addAnnotation(note(note, fontScale));
        }
        // JFreeChart draws datasets in reverse index order by default; draw the first series first
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        return Charts.chart(spec.title(), plot, spec.legend(), fontScale);
    }

    private static boolean integerX(Series s) {
        for (int i = 0; i < s.size(); i++) {
            if (Double.isFinite(s.x(i)) && s.x(i) != Math.rint(s.x(i))) {
                return false;
            }
        }
        return true;
    }

    private static XYSeriesCollection dataset(Series s, LineChart spec) {
        XYSeries xy = new XYSeries(s.name(), false, true);
        for (int i = 0; i < s.size(); i++) {
            if (Charts.plottable(s.x(i), spec.xAxis()) && Charts.plottable(s.y(i), spec.yAxis())) {
                xy.add(s.x(i), s.y(i), false);
            }
        }
        return new XYSeriesCollection(xy);
    }

    private static XYItemRenderer renderer(Series.Style style, int index) {
        XYLineAndShapeRenderer r = style == Series.Style.STEP ? new XYStepRenderer()
                : new XYLineAndShapeRenderer(style != Series.Style.POINTS,
                        style == Series.Style.POINTS || style == Series.Style.LINE_AND_POINTS);
        if (style == Series.Style.STEP) {
            r.setDefaultShapesVisible(false);
        }
        r.setSeriesPaint(0, ChartStyle.color(index));
        r.setSeriesStroke(0, ChartStyle.line(style == Series.Style.DASHED));
        double size = style == Series.Style.POINTS ? 7 : 5;
        r.setSeriesShape(0, new Ellipse2D.Double(-size / 2, -size / 2, size, size));
        r.setDrawSeriesLineAsPath(true);
        return r;
    }

    private static void addMarkers(XYPlot plot, int index, LineChart spec, List<PointLabel> markers,
                                   boolean highlighted, double fontScale) {
        XYSeries xy = new XYSeries(highlighted ? "highlighted" : "markers", false, true);
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (PointLabel p : markers) {
            if (p.highlight() == highlighted && Charts.plottable(p.x(), spec.xAxis())
                    && Charts.plottable(p.y(), spec.yAxis())) {
                xy.add(p.x(), p.y(), false);
                texts.add(p.text());
            }
        }
        if (xy.getItemCount() == 0) {
            return;
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        double size = highlighted ? 13 : 9;
        Shape shape = highlighted ? diamond(size) : new Ellipse2D.Double(-size / 2, -size / 2, size, size);
        r.setSeriesShape(0, shape);
        r.setSeriesPaint(0, highlighted ? ChartStyle.ACCENT : ChartStyle.BACKGROUND);
        r.setUseOutlinePaint(true);
        r.setSeriesOutlinePaint(0, highlighted ? ChartStyle.ACCENT.darker() : ChartStyle.MARKER);
        r.setSeriesOutlineStroke(0, new BasicStroke(1.8f));
        r.setUseFillPaint(false);
        r.setSeriesVisibleInLegend(0, false);
        r.setDefaultItemLabelGenerator((dataset, series, item) -> texts.get(item));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(ChartStyle.scaled(highlighted ? ChartStyle.MARKER_LABEL.deriveFont(java.awt.Font.BOLD)
                : ChartStyle.MARKER_LABEL, fontScale));
        r.setDefaultItemLabelPaint(highlighted ? ChartStyle.ACCENT : ChartStyle.TEXT);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        r.setItemLabelAnchorOffset(4);
        plot.setDataset(index, new XYSeriesCollection(xy));
        plot.setRenderer(index, r);
    }

    private static Shape diamond(double size) {
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        double h = size / 2;
        p.moveTo(0, -h);
        p.lineTo(h, 0);
        p.lineTo(0, h);
        p.lineTo(-h, 0);
        p.closePath();
        return p;
    }

    private static XYTitleAnnotation note(Note note, double fontScale) {
        TextTitle text = new TextTitle(note.text(), ChartStyle.scaled(ChartStyle.NOTE, fontScale));
        text.setPaint(ChartStyle.TEXT);
        text.setBackgroundPaint(ChartStyle.NOTE_BACKGROUND);
        text.setFrame(new BlockBorder(ChartStyle.GRID));
        text.setPadding(new RectangleInsets(4, 6, 4, 6));
        text.setTextAlignment(HorizontalAlignment.LEFT);
        double m = 0.015;
        return switch (note.corner()) {
            case TOP_LEFT -> new XYTitleAnnotation(m, 1 - m, text, RectangleAnchor.TOP_LEFT);
            case TOP_RIGHT -> new XYTitleAnnotation(1 - m, 1 - m, text, RectangleAnchor.TOP_RIGHT);
            case BOTTOM_LEFT -> new XYTitleAnnotation(m, m, text, RectangleAnchor.BOTTOM_LEFT);
            case BOTTOM_RIGHT -> new XYTitleAnnotation(1 - m, m, text, RectangleAnchor.BOTTOM_RIGHT);
        };
    }

}
