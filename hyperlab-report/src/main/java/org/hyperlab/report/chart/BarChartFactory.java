package org.hyperlab.report.chart;

import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Turns a {@link BarChart} into a JFreeChart; the highlighted category gets a shaded band (and the accent color). */
final class BarChartFactory {
    private BarChartFactory() {
    }

    static JFreeChart create(BarChart spec, double fontScale) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (BarChart.Group g : spec.groups()) {
            double[] v = g.values();
            for (int c = 0; c < v.length; c++) {
                dataset.addValue(Double.isFinite(v[c]) ? v[c] : null, g.name(), spec.categories().get(c));
            }
        }
        CategoryAxis categoryAxis = new CategoryAxis(spec.categoryAxis());
        NumberAxis valueAxis = new NumberAxis(spec.valueAxis());
        Charts.styleAxis(categoryAxis, fontScale);
        Charts.styleAxis(valueAxis, fontScale);
        valueAxis.setUpperMargin(0.12);
        boolean single = spec.groups().size() == 1;
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                if (single && column == spec.highlight()) {
                    return ChartStyle.ACCENT;
                }
                return ChartStyle.color(row);
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new java.text.DecimalFormat("0.####")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.scaled(ChartStyle.MARKER_LABEL, fontScale));
        for (int i = 0; i < spec.groups().size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(i));
        }
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(ChartStyle.BACKGROUND);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setOutlinePaint(ChartStyle.GRID);
        if (spec.highlight() >= 0) {
            CategoryMarker band = new CategoryMarker(spec.categories().get(spec.highlight()));
            band.setDrawAsLine(false);
            band.setPaint(new java.awt.Color(0xFF, 0xE9, 0xE9));
            band.setAlpha(1f);
            band.setLabel("chosen");
            band.setLabelFont(ChartStyle.scaled(ChartStyle.MARKER_LABEL, fontScale).deriveFont(java.awt.Font.BOLD));
            band.setLabelPaint(ChartStyle.ACCENT);
            band.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP);
            band.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_CENTER);
            plot.addDomainMarker(band, Layer.BACKGROUND);
        }
        return Charts.chart(spec.title(), plot, !single, fontScale);
    }

}
