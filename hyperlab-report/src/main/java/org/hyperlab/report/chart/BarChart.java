package org.hyperlab.report.chart;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Bars for named categories, one bar group per category and one bar per {@link Group} (e.g. validation loss
 * for learning rates 1e-4, 1e-3, 1e-2, grouped by batch size). One category can be highlighted as the chosen
 * value. Non-finite values get no bar.
 *
 * @param title      figure title
 * @param categoryAxis label under the categories
 * @param valueAxis  label of the value axis
 * @param categories the category names, left to right
 * @param groups     one entry per bar within a category (a single group for a simple bar chart)
 * @param highlight  index of the highlighted category, or -1
 */
public record BarChart(String title, String categoryAxis, String valueAxis, List<String> categories,
                       List<Group> groups, int highlight) implements Chart {
    /**
     * One bar per category.
     *
     * @param name   legend entry
     * @param values one value per category (copied)
     */
    public record Group(String name, double[] values) {
        public Group {
            Objects.requireNonNull(name, "name");
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Group g && name.equals(g.name) && Arrays.equals(values, g.values);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Group[" + name + ", " + Arrays.toString(values) + "]";
        }
    }

    public BarChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(categoryAxis, "categoryAxis");
        Objects.requireNonNull(valueAxis, "valueAxis");
        categories = List.copyOf(categories);
        groups = List.copyOf(groups);
        for (Group g : groups) {
            if (g.values.length != categories.size()) {
                throw new IllegalArgumentException("bar chart '" + title + "': group '" + g.name() + "' has "
                        + g.values.length + " values for " + categories.size() + " categories");
            }
        }
        if (highlight < -1 || highlight >= categories.size()) {
            throw new IllegalArgumentException("bar chart '" + title + "': highlight " + highlight
                    + " is not a category index");
        }
    }

    /** A simple bar chart with one bar per category. */
    public static BarChart of(String title, String categoryAxis, String valueAxis, List<String> categories,
                              double[] values, int highlight) {
        return new BarChart(title, categoryAxis, valueAxis, categories, List.of(new Group(valueAxis, values)),
                highlight);
    }
}
