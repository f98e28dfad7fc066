package org.hyperlab.report.chart;

import java.util.List;
import java.util.Objects;

/**
 * One polyline per trial across vertical axes, one axis per parameter and the objective last; each axis is
 * scaled to its own range (log where asked), and lines are colored by the last axis's value. Categorical
 * parameters are given as indices into their {@link Dimension#categories()}. A non-finite coordinate breaks
 * that trial's line there.
 *
 * @param title      figure title
 * @param dimensions the axes, left to right; the last one colors the lines
 * @param rows       one array per trial, one value per dimension
 * @param highlight  index of the highlighted row (the best trial), or -1
 */
public record ParallelCoordinates(String title, List<Dimension> dimensions, List<double[]> rows, int highlight)
        implements Chart {

    /**
     * One vertical axis.
     *
     * @param name       axis name
     * @param log        log scale (values must be positive to be drawn)
     * @param categories names of the categories for a categorical axis (values are indices), empty otherwise
     */
    public record Dimension(String name, boolean log, List<String> categories) {
        public Dimension {
            Objects.requireNonNull(name, "name");
            categories = List.copyOf(categories);
        }

        public static Dimension linear(String name) {
            return new Dimension(name, false, List.of());
        }

        public static Dimension log(String name) {
            return new Dimension(name, true, List.of());
        }

        public static Dimension categorical(String name, List<String> categories) {
            return new Dimension(name, false, categories);
        }
    }

    public ParallelCoordinates {
        Objects.requireNonNull(title, "title");
        dimensions = List.copyOf(dimensions);
        if (dimensions.size() < 2) {
            throw new IllegalArgumentException("parallel coordinates need at least two axes, got " + dimensions.size());
        }
        List<double[]> copy = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            double[] r = rows.get(i);
            if (r.length != dimensions.size()) {
                throw new IllegalArgumentException("parallel coordinates '" + title + "': row " + i + " has "
                        + r.length + " values for " + dimensions.size() + " axes");
            }
            copy.add(r.clone());
        }
        rows = List.copyOf(copy);
        if (highlight < -1 || highlight >= rows.size()) {
            throw new IllegalArgumentException("parallel coordinates '" + title + "': highlight " + highlight
                    + " is not a row index");
        }
    }

    @Override
    public List<double[]> rows() {
        return rows.stream().map(double[]::clone).toList();
    }

    /** The value of a row on an axis. */
    public double value(int row, int dimension) {
        return rows.get(row)[dimension];
    }
}
