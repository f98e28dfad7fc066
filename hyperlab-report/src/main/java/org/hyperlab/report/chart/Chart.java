package org.hyperlab.report.chart;

/**
 * Pure data describing one figure: what to draw, not how. Renderers ({@link ChartRenderer}) turn a chart
 * into PNG or SVG; tests check the data without rendering anything.
 */
public sealed interface Chart permits LineChart, ChartGrid, HeatMap, BarChart, ParallelCoordinates {
    /** The title drawn above the figure (may be empty). */
    String title();
}
