package org.hyperlab.report.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of text cells with a header row; one row can be highlighted (the chosen configuration). A named table
 * is also written as {@code data/<name>.csv} beside the report.
 *
 * @param name      file stem for its CSV ("lr-batch"), or empty for no CSV
 * @param caption   text above the table, may be empty
 * @param header    column titles
 * @param rows      cells, each row as long as the header
 * @param highlight index of the highlighted row, or -1
 */
public record Table(String name, String caption, List<String> header, List<List<String>> rows, int highlight)
        implements Block {
    public Table {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(caption, "caption");
        if (!name.isEmpty() && !name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("table name '" + name + "' must be a plain file stem");
        }
        header = List.copyOf(header);
        List<List<String>> copy = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("table '" + caption + "': row " + i + " has " + rows.get(i).size()
                        + " cells for " + header.size() + " columns");
            }
            copy.add(List.copyOf(rows.get(i)));
        }
        rows = List.copyOf(copy);
        if (highlight < -1 || highlight >= rows.size()) {
            throw new IllegalArgumentException("table '" + caption + "': highlight " + highlight + " is not a row");
        }
    }

    /** Starts a table with these column titles. */
    public static Builder builder(String name, String caption, String... header) {
        return new Builder(name, caption, List.of(header));
    }

    /** Mutable helper for building a {@link Table} row by row. */
    public static final class Builder {
        private final String name;
        private final String caption;
        private final List<String> header;
        private final List<List<String>> rows = new ArrayList<>();
        private int highlight = -1;

        private Builder(String name, String caption, List<String> header) {
            this.name = name;
            this.caption = caption;
            this.header = header;
        }

        public Builder row(String... cells) {
            rows.add(List.of(cells));
            return this;
        }

        /** Adds a row and marks it as the highlighted one. */
        public Builder highlightedRow(String... cells) {
            highlight = rows.size();
            return row(cells);
        }

        public Builder highlight(int row) {
            highlight = row;
            return this;
        }

        public Table build() {
            return new Table(name, caption, header, rows, highlight);
        }
    }
}
