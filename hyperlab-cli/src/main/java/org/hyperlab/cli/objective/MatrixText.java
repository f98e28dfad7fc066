package org.hyperlab.cli.objective;

import java.util.ArrayList;
import java.util.List;
import org.hyperlab.cli.common.UsageException;
import org.hyperlab.core.objective.Rational;

/**
 * Parses exact matrices and lists given on the command line: rows separated by {@code ;}, values by {@code ,}
 * ({@code "1,2,-1;0,-4,-4"}), or nested brackets ({@code "[[1,2,-1],[0,-4,-4]]"}). Values are integers, decimals
 * or fractions, read exactly.
 */
final class MatrixText {
    private MatrixText() {
    }

    static Rational[][] matrix(String flag, String text) {
        String s = text.replaceAll("\\s+", "");
        if (s.startsWith("[")) {
            if (!s.startsWith("[[") || !s.endsWith("]]")) {
                throw new UsageException(flag + ": expected rows like [[1,2],[3,4]] or 1,2;3,4, got '" + text + "'");
            }
            s = s.substring(2, s.length() - 2).replace("],[", ";");
        }
        if (s.isEmpty()) {
            throw new UsageException(flag + ": expected at least one value");
        }
        String[] rows = s.split(";", -1);
        Rational[][] out = new Rational[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = row(flag, rows[r], r + 1);
        }
        return out;
    }

    static Rational[] vector(String flag, String text) {
        String s = text.replaceAll("\\s+", "");
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        return row(flag, s, 1);
    }

    static int[] integers(String flag, String text) {
        Rational[] v = vector(flag, text);
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            if (!v[i].isInteger() || v[i].signum() < 0 || v[i].numerator().bitLength() > 30) {
                throw new UsageException(flag + ": value " + (i + 1) + " must be a class number 0, 1, 2, ..., got " + v[i]);
            }
            out[i] = v[i].numerator().intValueExact();
        }
        return out;
    }

    private static Rational[] row(String flag, String text, int rowNumber) {
        List<Rational> values = new ArrayList<>();
        String[] parts = text.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            try {
                values.add(Rational.parse(parts[i]));
            } catch (NumberFormatException | ArithmeticException e) {
                throw new UsageException(flag + ": row " + rowNumber + ", value " + (i + 1) + ": expected a number such as"
                        + " -1, 0.5 or 1/2, got '" + parts[i] + "'", e);
            }
        }
        return values.toArray(new Rational[0]);
    }
}
