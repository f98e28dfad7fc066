package org.hyperlab.report.doc;

import java.util.ArrayList;
import java.util.List;
import org.hyperlab.report.chart.BarChart;
import org.hyperlab.report.chart.Chart;
import org.hyperlab.report.chart.ChartGrid;
import org.hyperlab.report.chart.HeatMap;
import org.hyperlab.report.chart.LineChart;
import org.hyperlab.report.chart.ParallelCoordinates;
import org.hyperlab.report.chart.PointLabel;
import org.hyperlab.report.chart.Series;

/**
 * The numbers behind a chart as CSV, every value including non-finite ones (so a diverged run's NaN is on
 * record): line charts as {@code series,x,y,label} (markers as rows of series "marker"), grids with a leading
 * {@code panel} column (then the panel's own columns), heat maps as {@code row,column,value}, bar charts as {@code category,group,value},
 * parallel coordinates as one column per axis.
 */
public final class ChartData {
    private ChartData() {
    }

    public static String csv(Chart chart) {
        StringBuilder sb = new StringBuilder();
        if (chart instanceof ChartGrid grid) {
            sb.append(Csv.line(List.of("panel", "series", "x", "y", "label")));
            for (Chart panel : grid.panels()) {
                for (List<String> row : rows(panel)) {
                    List<String> withPanel = new ArrayList<>();
                    withPanel.add(panel.title());
                    withPanel.addAll(row);
                    sb.append(Csv.line(withPanel));
                }
            }
            return sb.toString();
        }
        sb.append(Csv.line(header(chart)));
        for (List<String> row : rows(chart)) {
            sb.append(Csv.line(row));
        }
        return sb.toString();
    }

    private static List<String> header(Chart chart) {
        if (chart instanceof HeatMap) {
            return List.of("row", "column", "value");
        } else if (chart instanceof BarChart) {
            return List.of("category", "group", "value");
        } else if (chart instanceof ParallelCoordinates pc) {
            return pc.dimensions().stream().map(ParallelCoordinates.Dimension::name).toList();
        }
        return List.of("series", "x", "y", "label");
    }

    private static List<List<String>> rows(Chart chart) {
        List<List<String>> rows = new ArrayList<>();
        if (chart instanceof LineChart line) {
            for (Series s : line.series()) {
                for (int i = 0; i < s.size(); i++) {
                    rows.add(List.of(s.name(), Csv.number(s.x(i)), Csv.number(s.y(i)), ""));
                }
            }
            for (PointLabel p : line.markers()) {
                rows.add(List.of(p.highlight() ? "highlight" : "marker", Csv.number(p.x()), Csv.number(p.y()),
                        p.text()));
            }
        } else if (chart instanceof HeatMap h) {
            for (int r = 0; r < h.rows(); r++) {
                for (int c = 0; c < h.columns(); c++) {
                    rows.add(List.of(h.rowLabels().get(r), h.columnLabels().get(c), Csv.number(h.value(r, c))));
                }
            }
        } else if (chart instanceof BarChart b) {
            for (BarChart.Group g : b.groups()) {
                double[] v = g.values();
                for (int c = 0; c < v.length; c++) {
                    rows.add(List.of(b.categories().get(c), g.name(), Csv.number(v[c])));
                }
            }
        } else if (chart instanceof ParallelCoordinates pc) {
            for (double[] r : pc.rows()) {
                List<String> row = new ArrayList<>();
                for (double v : r) {
                    row.add(Csv.number(v));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
