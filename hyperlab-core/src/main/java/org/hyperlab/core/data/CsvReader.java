package org.hyperlab.core.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.hyperlab.core.tensor.DoubleMatrix;
import org.hyperlab.core.tensor.FloatMatrix;
import org.hyperlab.core.tensor.Matrix;
import org.hyperlab.core.tensor.Precision;

/**
 * Reads labelled images from CSV as course sites hand MNIST out: one image per line, the class label in the
 * first column, then the pixel values ({@code featureCount} of them, 784 for MNIST), comma-separated.
 *
 * <p>An optional header row is recognized when every one of its cells is non-numeric (e.g.
 * {@code label,pixel0,...}); a first row mixing numbers and text is an error. Blank lines are skipped, cells may
 * be surrounded by spaces or double quotes, line ends may be LF or CRLF. Labels must be integers in
 * {@code [0, numClasses)}; pixel values must be finite decimal numbers and are kept as they are (no scaling).
 * Any other content is a {@link DataFormatException} naming the file, the line and, for a bad cell, the column;
 * nothing is returned then.
 */
public final class CsvReader {
    private CsvReader() {
    }

    /** Reads {@code file} into a dataset of the given precision. */
    public static Dataset read(Path file, int featureCount, int numClasses, Precision precision) {
        if (featureCount < 1 || numClasses < 1) {
            throw new IllegalArgumentException("csv: featureCount and numClasses must be positive");
        }
        int columns = featureCount + 1;
        float[] values = new float[Math.multiplyExact(1024, featureCount)];
        int[] labels = new int[1024];
        int rows = 0;
        float[] row = new float[columns];
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long lineNo = 0;
            boolean first = true;
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                if (first) {
                    first = false;
                    if (isHeader(line)) {
                        requireColumns(file, lineNo, countColumns(line), columns, featureCount);
                        continue;
                    }
                }
                parseRow(file, lineNo, line, row, featureCount);
                int label = toLabel(file, lineNo, row[0], numClasses);
                if (rows == labels.length) {
                    labels = Arrays.copyOf(labels, rows * 2);
                    values = Arrays.copyOf(values, Math.multiplyExact(rows * 2, featureCount));
                }
                labels[rows] = label;
                System.arraycopy(row, 1, values, rows * featureCount, featureCount);
                rows++;
            }
        } catch (NoSuchFileException e) {
            throw new DataFormatException(file, "file not found");
        } catch (IOException e) {
            throw new DataFormatException(file, "cannot read: " + e.getMessage(), e);
        }
        if (rows == 0) {
            throw new DataFormatException(file, "no data rows (expected lines of a label and " + featureCount + " pixel values)");
        }
        return new Dataset(toMatrix(values, rows, featureCount, precision), Arrays.copyOf(labels, rows), numClasses);
    }

    private static Matrix toMatrix(float[] values, int rows, int cols, Precision precision) {
        int n = rows * cols;
        if (precision == Precision.FLOAT32) {
            return new FloatMatrix(rows, cols, values.length == n ? values : Arrays.copyOf(values, n));
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = values[i];
        }
        return new DoubleMatrix(rows, cols, out);
    }

    /** Splits {@code line} at commas into {@code row} (label first), or throws naming line and column. */
    private static void parseRow(Path file, long lineNo, String line, float[] row, int featureCount) {
        int col = 0;
        int start = 0;
        int len = line.length();
        while (true) {
            int end = line.indexOf(',', start);
            if (end < 0) {
                end = len;
            }
            if (col < row.length) {
                row[col] = parseCell(file, lineNo, col + 1, line, start, end);
            }
            col++;
            if (end == len) {
                break;
            }
            start = end + 1;
        }
        requireColumns(file, lineNo, col, row.length, featureCount);
    }

    private static void requireColumns(Path file, long lineNo, int found, int expected, int featureCount) {
        if (found != expected) {
            throw DataFormatException.atLine(file, lineNo, "expected " + expected + " columns (label + "
                    + featureCount + " pixels), found " + found);
        }
    }

    private static float parseCell(Path file, long lineNo, int column, String line, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && line.charAt(s) == ' ') {
            s++;
        }
        while (e > s && (line.charAt(e - 1) == ' ' || line.charAt(e - 1) == '\r')) {
            e--;
        }
        if (e - s >= 2 && line.charAt(s) == '"' && line.charAt(e - 1) == '"') {
            s++;
            e--;
        }
        // fast path: a plain non-negative integer, the common case for pixel values
        if (e > s && e - s <= 7) {
            int v = 0;
            int i = s;
            while (i < e && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
                v = v * 10 + (line.charAt(i) - '0');
                i++;
            }
            if (i == e) {
                return v;
            }
        }
        String cell = line.substring(s, e);
        if (!looksNumeric(cell)) {
            throw DataFormatException.atLine(file, lineNo, "column " + column + ": '" + cell + "' is not a number");
        }
        try {
            float v = Float.parseFloat(cell);
            if (!Float.isFinite(v)) {
                throw DataFormatException.atLine(file, lineNo, "column " + column + ": '" + cell
                        + "' is not a finite float32 number");
            }
            return v;
        } catch (NumberFormatException ex) {
            throw DataFormatException.atLine(file, lineNo, "column " + column + ": '" + cell + "' is not a number");
        }
    }

    /** Only the characters of a plain decimal number (Java would also accept "NaN", "1f" or hex). */
    private static boolean looksNumeric(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return digit;
    }

    private static int toLabel(Path file, long lineNo, float value, int numClasses) {
        if (value != Math.rint(value)) {
            throw DataFormatException.atLine(file, lineNo, "label " + value + " is not an integer class 0-"
                    + (numClasses - 1));
        }
        if (value < 0 || value >= numClasses) {
            throw DataFormatException.atLine(file, lineNo, "label " + formatLabel(value) + " is outside 0-"
                    + (numClasses - 1));
        }
        return (int) value;
    }

    private static String formatLabel(float value) {
        return Math.abs(value) < 1e9 ? Long.toString((long) value) : Float.toString(value);
    }

    private static boolean isHeader(String line) {
        for (String cell : line.split(",", -1)) {
            String c = cell.strip();
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                c = c.substring(1, c.length() - 1);
            }
            if (looksNumeric(c)) {
                try {
                    Double.parseDouble(c);
                    return false;
                } catch (NumberFormatException e) {
                    // not a number: a header cell
                }
            }
        }
        return true;
    }

    private static int countColumns(String line) {
        int n = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }
}
