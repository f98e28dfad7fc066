package org.hyperlab.core.tensor.storage;

import java.util.Arrays;

/** A float64 {@link Matrix} backed by a row-major {@code double[]} that kernels may access directly. */
public final class DoubleMatrix extends Matrix {
    private final double[] data;

    public DoubleMatrix(int rows, int cols) {
        this(rows, cols, new double[Math.multiplyExact(rows, cols)]);
    }

    /** Wraps {@code data} (not copied); its length must be {@code rows * cols}. */
    public DoubleMatrix(int rows, int cols, double[] data) {
        super(rows, cols);
        if (data.length != rows * cols) {
            throw new IllegalArgumentException("data length " + data.length + " does not fit shape " + rows + "x" + cols);
        }
        this.data = data;
    }

    /** The backing array (row-major, not a copy). */
    public double[] data() { return data; }

    @Override public Precision precision() { return Precision.FLOAT64; }

    @Override public double get(int i) { return data[i]; }

    @Override public void set(int i, double value) { data[i] = value; }

    @Override public Matrix copy() { return new DoubleMatrix(rows(), cols(), data.clone()); }

    @Override public Matrix fillInPlace(double value) {
        Arrays.fill(data, value);
        return this;
    }
}
