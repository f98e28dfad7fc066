package org.hyperlab.core.theory;

/** Where the theory report is written: plain text (aligned matrices) or Markdown (headings and tables). */
abstract class Layout {
    protected final StringBuilder out = new StringBuilder();

    abstract void heading(String title);

    /** A matrix with columns numbered 1, 2, …. */
    void matrix(String label, String[][] cells) {
        String[] headers = new String[cells.length == 0 ? 0 : cells[0].length];
        for (int c = 0; c < headers.length; c++) {
            headers[c] = Integer.toString(c + 1);
        }
        matrix(label, cells, headers);
    }

    /** A matrix with named columns (Markdown shows the names; plain text shows only the values). */
    abstract void matrix(String label, String[][] cells, String[] columnHeaders);

    void paragraph(String text) {
        out.append(text).append("\n\n");
    }

    /** A table with a header row. */
    abstract void table(String[] header, java.util.List<String[]> rows);

    /** One line per item. */
    abstract void list(java.util.List<String> items);

    String text() { return out.toString(); }

    static Layout plain() { return new Plain(); }

    static Layout markdown() { return new Markdown(); }

    private static final class Plain extends Layout {
        @Override
        void heading(String title) {
            out.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
        }

        @Override
        void matrix(String label, String[][] cells, String[] columnHeaders) {
            out.append(label).append('\n');
            int cols = cells.length == 0 ? 0 : cells[0].length;
            int[] width = new int[cols];
            for (String[] row : cells) {
                for (int c = 0; c < cols; c++) {
                    width[c] = Math.max(width[c], row[c].length());
                }
            }
            for (String[] row : cells) {
                out.append("  [ ");
                for (int c = 0; c < cols; c++) {
                    out.append(row[c]).append(" ".repeat(width[c] - row[c].length())).append(c + 1 < cols ? "   " : " ]\n");
                }
            }
            out.append('\n');
        }

        @Override
        void list(java.util.List<String> items) {
            for (String item : items) {
                out.append("  ").append(item).append('\n');
            }
            out.append('\n');
        }

        @Override
        void table(String[] header, java.util.List<String[]> rows) {
            int[] width = new int[header.length];
            java.util.List<String[]> all = new java.util.ArrayList<>();
            all.add(header);
            all.addAll(rows);
            for (String[] row : all) {
                for (int c = 0; c < header.length; c++) {
                    width[c] = Math.max(width[c], row[c].length());
                }
            }
            for (String[] row : all) {
                out.append(" ");
                for (int c = 0; c < header.length; c++) {
                    out.append(' ').append(row[c]).append(" ".repeat(width[c] - row[c].length() + 2));
                }
                out.append('\n');
            }
            out.append('\n');
        }
    }

    private static final class Markdown extends Layout {
        @Override
        void heading(String title) {
            out.append("## ").append(title).append("\n\n");
        }

        @Override
        void matrix(String label, String[][] cells, String[] columnHeaders) {
            out.append(label).append("\n\n");
            int cols = cells.length == 0 ? 0 : cells[0].length;
            out.append("| row |");
            for (int c = 0; c < cols; c++) {
                out.append(' ').append(columnHeaders[c]).append(" |");
            }
            out.append("\n|---|").append("---|".repeat(cols)).append('\n');
            for (int r = 0; r < cells.length; r++) {
                out.append("| ").append(r + 1).append(" |");
                for (String cell : cells[r]) {
                    out.append(' ').append(cell.replace("|", "\\|")).append(" |");
                }
                out.append('\n');
            }
            out.append('\n');
        }

        @Override
        void list(java.util.List<String> items) {
            for (String item : items) {
                out.append("- ").append(item).append('\n');
            }
            out.append('\n');
        }

        @Override
        void table(String[] header, java.util.List<String[]> rows) {
            out.append("| ").append(String.join(" | ", header)).append(" |\n|");
            out.append("---|".repeat(header.length)).append('\n');
            for (String[] row : rows) {
                out.append("| ").append(String.join(" | ", row)).append(" |\n");
            }
            out.append('\n');
        }
    }
}
