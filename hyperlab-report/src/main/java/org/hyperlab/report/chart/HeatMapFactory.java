package org.hyperlab.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/** Turns a {@link HeatMap} into a JFreeChart: colored blocks, symbol axes, values written in the cells. */
final class HeatMapFactory {
    private HeatMapFactory() {
    }

    static JFreeChart create(HeatMap spec, double fontScale) {
        List<Double> all = new ArrayList<>();
        int n = 0;
        for (int r = 0; r < spec.rows(); r++) {
            for (int c = 0; c < spec.columns(); c++) {
                if (Double.isFinite(spec.value(r, c))) {
                    all.add(spec.value(r, c));
                    n++;
                }
            }
        }
        double[][] xyz = new double[3][n];
        int k = 0;
        for (int r = 0; r < spec.rows(); r++) {
            for (int c = 0; c < spec.columns(); c++) {
                if (Double.isFinite(spec.value(r, c))) {
                    xyz[0][k] = c;
                    xyz[1][k] = r;
                    xyz[2][k] = spec.value(r, c);
                    k++;
                }
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(spec.title().isEmpty() ? "values" : spec.title(), xyz);
        double[] range = ColorRamp.finiteRange(all);
        ColorRamp ramp = new ColorRamp(Math.min(0, range[0]), range[1], ColorRamp.BLUES);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(ramp);

        SymbolAxis x = new SymbolAxis(spec.columnAxis(), spec.columnLabels().toArray(String[]::new));
        SymbolAxis y = new SymbolAxis(spec.rowAxis(), spec.rowLabels().toArray(String[]::new));
        y.setInverted(true);
        for (SymbolAxis a : List.of(x, y)) {
            a.setGridBandsVisible(false);
            Charts.styleAxis(a, fontScale);
        }
        x.setRange(-0.5, spec.columns() - 0.5);
        y.setRange(-0.5, spec.rows() - 0.5);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlinePaint(ChartStyle.GRID);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        if (spec.showValues()) {
            int cells = Math.max(spec.rows(), spec.columns());
            float size = (float) Math.max(7, Math.min(13, 130.0 / cells) * fontScale);
            Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size));
            for (int i = 0; i < n; i++) {
                XYTextAnnotation text = new XYTextAnnotation(format(xyz[2][i]), xyz[0][i], xyz[1][i]);
                text.setFont(font);
                text.setPaint(ramp.fraction(xyz[2][i]) > 0.55 ? Color.WHITE : ChartStyle.TEXT);
                plot.addAnnotation(text);
            }
        }
        JFreeChart chart = Charts.chart(spec.title(), plot, false, fontScale);
        NumberAxis scaleAxis = new NumberAxis();
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

    static String format(double v) {
        return org.hyperlab.report.text.Numbers.compact(v);
    }
}
