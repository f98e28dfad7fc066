package org.hyperlab.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.hyperlab.core.tensor.storage.DoubleMatrix;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * Reads labelled images from CSV as course sites hand MNIST out: one image per line, the class label in the
 * first column, then the pixel values ({@code featureCount} of them, 784 for MNIST), comma-separated.
 *
 * <p>An optional header row is recognized when every one of its cells is non-numeric (e.g.
 * {@code label,pixel0,...}); a first row mixing numbers and text is an error. Blank lines are skipped, cells may
 * be surrounded by spaces or double quotes, line ends may be LF or CRLF, a UTF-8 byte order mark is ignored.
 * Labels must be integers in {@code [0, numClasses)}; pixel values must be finite decimal numbers and are kept as
 * they are (no scaling). Any other content is a {@link DataFormatException} naming the file, the line and, for a
 * bad cell, the column; nothing is returned then.
 *
 * <p>Speed: the file is read in bulk and parsed as bytes (plain integers, the usual pixel format, never become
 * strings); a first pass counts the data rows so the feature matrix is allocated once, at its final size.
 */
public final class CsvReader {
    private final Path file;
    private final byte[] text;
    private final int featureCount;
    private final int numClasses;
    private final float[] row;

    private CsvReader(Path file, byte[] text, int featureCount, int numClasses) {
        this.file = file;
        this.text = text;
        this.featureCount = featureCount;
        this.numClasses = numClasses;
        this.row = new float[featureCount + 1];
    }

    /** Reads {@code file} into a dataset of the given precision. */
    public static Dataset read(Path file, int featureCount, int numClasses, Precision precision) {
        if (featureCount < 1 || numClasses < 1) {
            throw new IllegalArgumentException("csv: featureCount and numClasses must be positive");
        }
        return new CsvReader(file, readAll(file), featureCount, numClasses).parse(precision);
    }

    private Dataset parse(Precision precision) {
        int pos = startsWithBom() ? 3 : 0;
        long lineNo = 1;
        // the first non-blank line: a header, or the first data row
        while (pos < text.length && isBlank(pos, lineEnd(pos))) {
            pos = next(lineEnd(pos));
            lineNo++;
        }
        if (pos < text.length) {
            int end = lineEnd(pos);
            String first = new String(text, pos, contentEnd(pos, end) - pos, StandardCharsets.UTF_8);
            if (isHeader(first)) {
                requireColumns(lineNo, countColumns(pos, end));
                pos = next(end);
                lineNo++;
            }
        }
        int rows = countDataRows(pos);
        if (rows == 0) {
            throw new DataFormatException(file, "no data rows (expected lines of a label and " + featureCount
                    + " pixel values)");
        }
        float[] values = new float[Math.multiplyExact(rows, featureCount)];
        int[] labels = new int[rows];
        int r = 0;
        for (int end; pos < text.length; pos = next(end), lineNo++) {
            end = lineEnd(pos);
            if (isBlank(pos, end)) {
                continue;
            }
            parseRow(lineNo, pos, contentEnd(pos, end));
            labels[r] = toLabel(lineNo, row[0]);
            System.arraycopy(row, 1, values, r * featureCount, featureCount);
            r++;
        }
        return new Dataset(toMatrix(values, rows, precision), labels, numClasses);
    }

    private Matrix toMatrix(float[] values, int rows, Precision precision) {
        if (precision == Precision.FLOAT32) {
            return new FloatMatrix(rows, featureCount, values);
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return new DoubleMatrix(rows, featureCount, out);
    }

    /** Splits the line's bytes {@code [start, end)} at commas into {@link #row}, or throws naming line and column. */
    private void parseRow(long lineNo, int start, int end) {
        int col = 0;
        int s = start;
        while (true) {
            int e = s;
            while (e < end && text[e] != ',') {
                e++;
            }
            if (col < row.length) {
                row[col] = parseCell(lineNo, col + 1, s, e);
            }
            col++;
            if (e == end) {
                break;
            }
            s = e + 1;
        }
        requireColumns(lineNo, col);
    }

    private void requireColumns(long lineNo, int found) {
        if (found != featureCount + 1) {
            throw DataFormatException.atLine(file, lineNo, "expected " + (featureCount + 1) + " columns (label + "
                    + featureCount + " pixels), found " + found);
        }
    }

    private float parseCell(long lineNo, int column, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && text[s] == ' ') {
            s++;
        }
        while (e > s && text[e - 1] == ' ') {
            e--;
        }
        if (e - s >= 2 && text[s] == '"' && text[e - 1] == '"') {
            s++;
            e--;
        }
        // fast path: a plain non-negative integer, the usual pixel format
        if (e > s && e - s <= 9) {
            int v = 0;
            int i = s;
            while (i < e && text[i] >= '0' && text[i] <= '9') {
                v = v * 10 + (text[i] - '0');
                i++;
            }
            if (i == e) {
                return v;
            }
        }
        String cell = new String(text, s, e - s, StandardCharsets.UTF_8);
        if (!looksNumeric(cell)) {
            throw DataFormatException.atLine(file, lineNo, "column " + column + ": " + DataFormatException.quote(cell) + " is not a number");
        }
        try {
            float v = Float.parseFloat(cell);
            if (!Float.isFinite(v)) {
                throw DataFormatException.atLine(file, lineNo, "column " + column + ": "
                        + DataFormatException.quote(cell) + " is not a finite float32 number");
            }
            return v;
        } catch (NumberFormatException ex) {
            throw DataFormatException.atLine(file, lineNo, "column " + column + ": " + DataFormatException.quote(cell) + " is not a number");
        }
    }

    /** Only the characters of a plain decimal number (Java would also accept "NaN", "1f" or hex). */
    private static boolean looksNumeric(String cell) {
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

    private int toLabel(long lineNo, float value) {
        if (value != Math.rint(value)) {
            throw DataFormatException.atLine(file, lineNo, "label " + value + " is not an integer class 0-"
                    + (numClasses - 1));
        }
        if (value < 0 || value >= numClasses) {
            String shown = Math.abs(value) < 1e9 ? Long.toString((long) value) : Float.toString(value);
            throw DataFormatException.atLine(file, lineNo, "label " + shown + " is outside 0-" + (numClasses - 1));
        }
        return (int) value;
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

    private int countDataRows(int from) {
        int rows = 0;
        for (int pos = from, end; pos < text.length; pos = next(end)) {
            end = lineEnd(pos);
            if (!isBlank(pos, end)) {
                rows++;
            }
        }
        return rows;
    }

    private int countColumns(int start, int end) {
        int n = 1;
        for (int i = start; i < end; i++) {
            if (text[i] == ',') {
                n++;
            }
        }
        return n;
    }

    /** Index of the line's terminating LF, or the end of the text. */
    private int lineEnd(int pos) {
        int i = pos;
        while (i < text.length && text[i] != '\n') {
            i++;
        }
        return i;
    }

    /** The line's end without a trailing CR. */
    private int contentEnd(int pos, int lineEnd) {
        return lineEnd > pos && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
    }

    private static int next(int lineEnd) {
        return lineEnd + 1;
    }

    private boolean isBlank(int start, int end) {
        for (int i = start; i < end; i++) {
            byte b = text[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private boolean startsWithBom() {
        return text.length >= 3 && (text[0] & 0xFF) == 0xEF && (text[1] & 0xFF) == 0xBB && (text[2] & 0xFF) == 0xBF;
    }

    /** The whole file, read in 1 MiB chunks straight into one array. */
    private static byte[] readAll(Path file) {
        DataFiles.requireRegularFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size > DataFiles.MAX_BYTES) {
                throw new DataFormatException(file, "too large (" + size + " bytes) for the CSV reader, at most "
                        + (DataFiles.MAX_BYTES >> 20) + " MiB");
            }
            byte[] b = new byte[(int) size];
            int off = 0;
            while (off < b.length) {
                int got = in.read(b, off, Math.min(b.length - off, 1 << 20));
                if (got < 0) {
                    throw new DataFormatException(file, "the file shrank while being read");
                }
                off += got;
            }
            return b;
        } catch (NoSuchFileException e) {
            throw new DataFormatException(file, "file not found");
        } catch (IOException e) {
            throw new DataFormatException(file, "cannot read: " + e.getMessage(), e);
        }
    }
}
