package org.hyperlab.report.chart;

import java.util.List;
import java.util.Objects;

/**
 * A matrix of values drawn as colored cells, row 0 at the top, optionally with each value written in its cell
 * (a confusion matrix: rows are the true classes, columns the predicted ones). Non-finite cells stay blank.
 *
 * @param title        figure title
 * @param columnAxis   label under the columns
 * @param rowAxis      label beside the rows
 * @param rowLabels    one label per row
 * @param columnLabels one label per column
 * @param values       values[row][column] (copied)
 * @param showValues   write each value in its cell
 */
public record HeatMap(String title, String columnAxis, String rowAxis, List<String> rowLabels,
                      List<String> columnLabels, double[][] values, boolean showValues) implements Chart {
    public HeatMap {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(columnAxis, "columnAxis");
        Objects.requireNonNull(rowAxis, "rowAxis");
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        if (values.length != rowLabels.size()) {
            throw new IllegalArgumentException("heat map '" + title + "': " + values.length + " rows but "
                    + rowLabels.size() + " row labels");
        }
        double[][] copy = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != columnLabels.size()) {
                throw new IllegalArgumentException("heat map '" + title + "': row " + r + " has " + values[r].length
                        + " values but there are " + columnLabels.size() + " column labels");
            }
            copy[r] = values[r].clone();
        }
        values = copy;
    }

    /** A confusion matrix: counts[true][predicted], classes labelling both axes, counts written in the cells. */
    public static HeatMap confusionMatrix(String title, long[][] counts, List<String> classes) {
        double[][] v = new double[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            v[r] = new double[counts[r].length];
            for (int c = 0; c < counts[r].length; c++) {
                v[r][c] = counts[r][c];
            }
        }
        return new HeatMap(title, "predicted class", "true class", classes, classes, v, true);
    }

    @Override
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            copy[r] = values[r].clone();
        }
        return copy;
    }

    /** The value in a cell. */
    public double value(int row, int column) {
        return values[row][column];
    }

    /** Number of rows. */
    public int rows() {
        return values.length;
    }

    /** Number of columns. */
    public int columns() {
        return columnLabels.size();
    }
}
