package org.hyperlab.core.tensor.sparse;

import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * A read-only float32 matrix in compressed sparse row (CSR) form: row r holds the values
 * {@code values[rowStart[r] .. rowStart[r+1])} at the columns {@code columns[...]} (ascending within a row); every
 * other element is 0. Columns are stored as {@code char} (16 bits), so at most {@link #MAX_COLUMNS} columns. When
 * every non-zero is an integer from 1 to 255 (raw pixel intensities, as MNIST's), the values are also kept as
 * unsigned bytes ({@link #bytes()}): the narrow products read those, 3 bytes per non-zero with the column instead
 * of 6, which halves the cache lines a random row costs.
 *
 * <p>Used for the training features when most of them are 0 (MNIST: 19 % non-zero pixels), so that the first
 * layer's products read only the non-zeros ({@link org.hyperlab.core.tensor.Kernels#matmul} and {@link org.hyperlab.core.tensor.Kernels#matmulTransA} have fast
 * paths for it, its {@link RowSubset} mini-batches and their {@link AffineColumns} z-scoring). Element access
 * through {@link #get(int)} works (a binary search in the row); {@link #set} and the other mutators throw.
 */
public final class SparseRows extends Matrix {
    /** Widest matrix this form can hold (columns are 16-bit). */
    public static final int MAX_COLUMNS = 1 << 16;
    /**
     * Highest fraction of non-zero elements for which {@link #ifPays} builds the sparse form. Per row, the
     * sparse products cost about a quarter of the dense ones at MNIST's 19 % (docs/kernels.md), and the
     * form needs 6 bytes per non-zero (7 with the byte copy of pixel values) against 4 per dense element, so well
     * below one half it pays in both.
     */
    public static final double MAX_DENSITY = 0.5;

    private final int[] rowStart;
    private final char[] columns;
    private final float[] values;
    private final byte[] bytes;

    private SparseRows(int rows, int cols, int[] rowStart, char[] columns, float[] values, byte[] bytes) {
        super(rows, cols);
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
        this.bytes = bytes;
    }

    /** The sparse form of {@code dense} (exact: the non-zero values are kept as they are). */
    public static SparseRows of(FloatMatrix dense) {
        int rows = dense.rows(), cols = dense.cols();
        if (cols > MAX_COLUMNS) {
            throw new IllegalArgumentException("SparseRows: at most " + MAX_COLUMNS + " columns, got " + dense.shape());
        }
        float[] d = dense.data();
        int nonZeros = countNonZeros(d);
        int[] start = new int[rows + 1];
        char[] col = new char[nonZeros];
        float[] val = new float[nonZeros];
        byte[] asBytes = new byte[nonZeros];
        boolean allBytes = true;
        int q = 0;
        for (int r = 0; r < rows; r++) {
            start[r] = q;
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                float v = d[base + c];
                if (v != 0f) {
                    col[q] = (char) c;
                    val[q] = v;
                    int b = (int) v;
                    allBytes &= b == v && b >= 1 && b <= 255;
                    asBytes[q] = (byte) b;
                    q++;
                }
            }
        }
        start[rows] = q;
        return new SparseRows(rows, cols, start, col, val, allBytes ? asBytes : null);
    }

    private static int countNonZeros(float[] d) {
        int n = 0;
        for (float v : d) {
            if (v != 0f) {
                n++;
            }
        }
        return n;
    }

    /**
     * The sparse form of {@code dense} when it pays: at most {@link #MAX_COLUMNS} columns, not empty, and a fraction
     * of non-zeros of at most {@link #MAX_DENSITY}; otherwise null.
     */
    public static SparseRows ifPays(FloatMatrix dense) {
        if (dense.cols() > MAX_COLUMNS || dense.size() == 0) {
            return null;
        }
        double density = (double) countNonZeros(dense.data()) / dense.size();
        return density <= MAX_DENSITY ? of(dense) : null;
    }

    /** Number of stored (non-zero) elements. */
    public int nonZeros() { return rowStart[rows()]; }

    int[] rowStart() { return rowStart; }

    char[] columns() { return columns; }

    float[] values() { return values; }

    /** The values as unsigned bytes ({@code values[p] == (bytes[p] & 0xFF)}), or null when some value is not an integer 1..255. */
    byte[] bytes() { return bytes; }

    /** Writes row {@code r} densely into {@code out[offset .. offset + cols)}. */
    public void copyRowTo(int r, float[] out, int offset) {
        java.util.Arrays.fill(out, offset, offset + cols(), 0f);
        for (int p = rowStart[r], e = rowStart[r + 1]; p < e; p++) {
            out[offset + columns[p]] = values[p];
        }
    }

    @Override public Precision precision() { return Precision.FLOAT32; }

    /** Element at flat index i: a binary search among row i / cols's columns. */
    @Override public double get(int i) {
        int r = i / cols(), c = i - r * cols();
        int lo = rowStart[r], hi = rowStart[r + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int cm = columns[mid];
            if (cm < c) {
                lo = mid + 1;
            } else if (cm > c) {
                hi = mid - 1;
            } else {
                return values[mid];
            }
        }
        return 0.0;
    }

    @Override public void set(int i, double value) { throw ReadOnly.error(this); }

    /** A dense, writable copy (a {@link FloatMatrix}). */
    @Override public Matrix copy() {
        FloatMatrix out = new FloatMatrix(rows(), cols());
        for (int r = 0; r < rows(); r++) {
            copyRowTo(r, out.data(), r * cols());
        }
        return out;
    }

    @Override public Matrix fillInPlace(double value) { throw ReadOnly.error(this); }
}
