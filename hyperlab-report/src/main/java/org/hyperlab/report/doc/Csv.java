package org.hyperlab.report.doc;

import java.util.List;

/** RFC 4180 CSV text: comma-separated, CRLF-free ('\n' line ends), fields quoted when they need it. */
public final class Csv {
    private Csv() {
    }

    /** One CSV line (with its '\n'). */
    public static String line(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(fields.get(i)));
        }
        return sb.append('\n').toString();
    }

    /** One field, quoted (with doubled quotes) when it holds a comma, quote or line break. */
    public static String field(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** A number as CSV writes it: Java's shortest round-trip form, "NaN", "Infinity", "-Infinity". */
    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** A table as CSV: header then rows. */
    public static String of(Table t) {
        StringBuilder sb = new StringBuilder(line(t.header()));
        for (List<String> row : t.rows()) {
            sb.append(line(row));
        }
        return sb.toString();
    }
}
