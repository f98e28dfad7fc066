package org.hyperlab.report.chart;

import java.util.List;
import java.util.Objects;

/**
 * Several small charts in one figure, filled row by row (e.g. 2×2 for the four initialization runs).
 *
 * @param title   overall title
 * @param columns number of columns (rows follow from the panel count)
 * @param panels  the small charts (not grids themselves)
 */
public record ChartGrid(String title, int columns, List<Chart> panels) implements Chart {
    public ChartGrid {
        Objects.requireNonNull(title, "title");
        panels = List.copyOf(panels);
        if (columns < 1) {
            throw new IllegalArgumentException("a grid needs at least one column, got " + columns);
        }
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a grid needs at least one panel");
        }
        for (Chart c : panels) {
            if (c instanceof ChartGrid) {
                throw new IllegalArgumentException("grids do not nest");
            }
        }
    }

    /** A grid that is as square as possible: 4 panels → 2×2, 3 → 2+1, 6 → 3×2. */
    public static ChartGrid of(String title, List<? extends Chart> panels) {
        int columns = (int) Math.ceil(Math.sqrt(panels.size()));
        return new ChartGrid(title, columns, List.copyOf(panels));
    }

    /** Number of rows. */
    public int rows() {
        return (panels.size() + columns - 1) / columns;
    }
}
