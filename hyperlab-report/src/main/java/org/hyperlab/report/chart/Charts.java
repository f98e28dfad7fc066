package org.hyperlab.report.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.RenderingHints;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** Shared JFreeChart plumbing: axes from {@link Axis} records and the house style applied to a chart. */
final class Charts {
    private Charts() {
    }

    /** A JFreeChart value axis for the spec: linear (zero not forced in) or base-10 log. */
    static ValueAxis valueAxis(Axis spec, double fontScale) {
        ValueAxis axis;
        if (spec.log()) {
            LogAxis log = new LogAxis(spec.label());
            log.setBase(10);
            log.setSmallestValue(1e-300);
            log.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // ticks at whole powers of ten
            log.setMinorTickMarksVisible(true);
            log.setNumberFormatOverride(new PowerFormat());
            axis = log;
        } else {
            NumberAxis number = new NumberAxis(spec.label());
            number.setAutoRangeIncludesZero(false);
            axis = number;
        }
        if (spec.hasRange()) {
            axis.setRange(spec.lower(), spec.upper());
        }
        styleAxis(axis, fontScale);
        return axis;
    }

    /** Formats a log axis tick value: plain in 0.001..10^5, else "1e−7"-style. */
    private static final class PowerFormat extends java.text.NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
            double a = Math.abs(number);
            String s = a >= 1e-3 && a < 1e5 ? org.hyperlab.report.text.Numbers.compact(number)
                    : "1e" + Math.round(Math.log10(a));
            return toAppendTo.append(s.replace('-', '\u2212'));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, java.text.ParsePosition parsePosition) {
            throw new UnsupportedOperationException("tick labels are never parsed");
        }
    }

    /** Whole-number ticks on a linear axis (epochs, trial numbers). */
    static void integerTicks(ValueAxis axis) {
        if (axis instanceof NumberAxis number) {
            number.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
    }

    static void styleAxis(org.jfree.chart.axis.Axis axis, double fontScale) {
        axis.setLabelFont(ChartStyle.scaled(ChartStyle.AXIS_LABEL, fontScale));
        axis.setTickLabelFont(ChartStyle.scaled(ChartStyle.TICK, fontScale));
        axis.setLabelPaint(ChartStyle.TEXT);
        axis.setTickLabelPaint(ChartStyle.TEXT);
        axis.setAxisLinePaint(ChartStyle.MARKER);
        axis.setTickMarkPaint(ChartStyle.MARKER);
    }

    /** True when a value can be placed on this axis (finite, and positive on a log axis). */
    static boolean plottable(double v, Axis axis) {
        return Double.isFinite(v) && (!axis.log() || v > 0);
    }

    static void styleXYPlot(XYPlot plot) {
        plot.setBackgroundPaint(ChartStyle.BACKGROUND);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setOutlinePaint(ChartStyle.GRID);
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
    }

    /** Wraps a plot in a chart with the house style: white, anti-aliased, title and legend fonts. */
    static JFreeChart chart(String title, Plot plot, boolean legend, double fontScale) {
        Font titleFont = fontScale < 1 ? ChartStyle.scaled(ChartStyle.PANEL_TITLE, fontScale / 0.8)
                : ChartStyle.TITLE;
        JFreeChart chart = new JFreeChart(title.isEmpty() ? null : title, titleFont, plot, legend);
        chart.setBackgroundPaint(ChartStyle.BACKGROUND);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        TextTitle t = chart.getTitle();
        if (t != null) {
            t.setPaint(ChartStyle.TEXT);
            t.setPadding(new RectangleInsets(2, 2, 6, 2));
        }
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(ChartStyle.scaled(ChartStyle.LEGEND, fontScale));
            legendTitle.setFrame(BlockBorder.NONE);
            legendTitle.setBackgroundPaint(ChartStyle.BACKGROUND);
            legendTitle.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }
}
