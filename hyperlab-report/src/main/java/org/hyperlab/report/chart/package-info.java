/**
 * Charts: pure data records describing each figure ({@link org.hyperlab.report.chart.Chart} and its kinds: line
 * charts, bar charts, heat maps, grids, parallel coordinates) and their rendering to PNG and SVG with JFreeChart.
 *
 * <p>Entry points: {@link org.hyperlab.report.chart.ChartRenderer} (render a chart to files),
 * {@link org.hyperlab.report.chart.SweepCharts} (the data step for a study's figures) and
 * {@link org.hyperlab.report.chart.RenderingWarmUp} (the renderer's one-time start-up, early).
 */
package org.hyperlab.report.chart;
