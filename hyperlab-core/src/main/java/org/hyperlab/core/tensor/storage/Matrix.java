package org.hyperlab.core.tensor.storage;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * A dense, row-major matrix of fixed shape. Element (r, c) lives at flat index {@code r * cols + c}.
 *
 * <p>Two storages exist: {@link FloatMatrix} (float32, the training default) and {@link DoubleMatrix} (float64).
 * Element access through {@link #get(int)} / {@link #set(int, double)} works for both; hot operations live in
 * {@link org.hyperlab.core.tensor.Kernels}, which dispatches to precision-specific code. Methods whose name ends
 * in {@code InPlace} mutate this matrix; all others leave it unchanged. Shape errors name both shapes.
 */
public abstract class Matrix {
    private final int rows;
    private final int cols;

    protected Matrix(int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("matrix shape must be non-negative, got " + rows + "x" + cols);
        }
        this.rows = rows;
        this.cols = cols;
    }

    public final int rows() { return rows; }

    public final int cols() { return cols; }

    /** Number of elements, {@code rows * cols}. */
    public final int size() { return rows * cols; }

    /** The shape as text, e.g. {@code 128x784}. */
    public final String shape() { return rows + "x" + cols; }

    public abstract Precision precision();

    /** Element at flat index {@code i} (row-major), widened to double. */
    public abstract double get(int i);

    /** Sets the element at flat index {@code i}, rounding to this matrix's precision. */
    public abstract void set(int i, double value);

    public final double get(int r, int c) { return get(r * cols + c); }

    public final void set(int r, int c, double value) { set(r * cols + c, value); }

    /** A zero matrix of the same precision and the given shape. */
    public final Matrix zeros(int r, int c) { return precision().zeros(r, c); }

    /** A zero matrix of the same precision and shape. */
    public final Matrix zerosLike() { return zeros(rows, cols); }

    /** A deep copy. */
    public abstract Matrix copy();

    /** A copy converted to the given precision (a plain copy if it already has it). */
    public final Matrix to(Precision target) {
        if (target == precision()) {
            return copy();
        }
        Matrix out = target.zeros(rows, cols);
        for (int i = 0; i < size(); i++) {
            out.set(i, get(i));
        }
        return out;
    }

    /** Copies every element of {@code source} (same shape, any precision) into this matrix. */
    public Matrix copyFromInPlace(Matrix source) {
        requireSameShape(source, "copyFrom");
        if (this instanceof FloatMatrix to && source instanceof FloatMatrix from) {
            System.arraycopy(from.data(), 0, to.data(), 0, size());
            return this;
        }
        if (this instanceof DoubleMatrix to && source instanceof DoubleMatrix from) {
            System.arraycopy(from.data(), 0, to.data(), 0, size());
            return this;
        }
        for (int i = 0; i < size(); i++) {
            set(i, source.get(i));
        }
        return this;
    }

    /** Sets every element to {@code value}. */
    public abstract Matrix fillInPlace(double value);

    /** Applies {@code f} to every element. */
    public Matrix applyInPlace(DoubleUnaryOperator f) {
        for (int i = 0; i < size(); i++) {
            set(i, f.applyAsDouble(get(i)));
        }
        return this;
    }

    /** The elements as a new {@code double[][]} (rows of columns). */
    public final double[][] toArray() {
        double[][] out = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[r][c] = get(r, c);
            }
        }
        return out;
    }

    /** The elements as a new flat row-major {@code double[]}. */
    public final double[] toFlatArray() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = get(i);
        }
        return out;
    }

    /** True when every element is finite (no NaN, no infinity). */
    public final boolean allFinite() {
        for (int i = 0; i < size(); i++) {
            if (!Double.isFinite(get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Throws with both shapes unless {@code other} has this matrix's shape. */
    public final void requireSameShape(Matrix other, String operation) {
        if (other.rows != rows || other.cols != cols) {
            throw new IllegalArgumentException(operation + ": shape mismatch " + shape() + " vs " + other.shape());
        }
    }

    /** Builds a matrix of the given precision from rows of values; every row must have the same length. */
    public static Matrix of(Precision precision, double[][] values) {
        int cols = values.length == 0 ? 0 : values[0].length;
        Matrix m = precision.zeros(values.length, cols);
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + values[r].length + " values, expected " + cols);
            }
            for (int c = 0; c < cols; c++) {
                m.set(r, c, values[r][c]);
            }
        }
        return m;
    }

    /** A 1 x n row vector. */
    public static Matrix row(Precision precision, double... values) {
        return of(precision, new double[][] {values});
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(precision() + " " + shape());
        if (size() <= 100) {
            for (int r = 0; r < rows; r++) {
                double[] row = new double[cols];
                for (int c = 0; c < cols; c++) {
                    row[c] = get(r, c);
                }
                sb.append('\n').append(Arrays.toString(row));
            }
        }
        return sb.toString();
    }
}
