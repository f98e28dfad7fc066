package org.hyperlab.core.tensor.storage;

import java.util.Arrays;

/** A float32 {@link Matrix} backed by a row-major {@code float[]} that kernels may access directly. */
public final class FloatMatrix extends Matrix {
    private final float[] data;
    /**
     * The sparse form {@link org.hyperlab.core.tensor.Kernels} chose for this matrix: null while undecided,
     * {@code this} when it stays dense.
     */
    private Matrix sparseForm;

    public FloatMatrix(int rows, int cols) {
        this(rows, cols, new float[Math.multiplyExact(rows, cols)]);
    }

    /** Wraps {@code data} (not copied); its length must be {@code rows * cols}. */
    public FloatMatrix(int rows, int cols, float[] data) {
        super(rows, cols);
        if (data.length != rows * cols) {
            throw new IllegalArgumentException("data length " + data.length + " does not fit shape " + rows + "x" + cols);
        }
        this.data = data;
    }

    /** The backing array (row-major, not a copy). */
    public float[] data() { return data; }

    /**
     * {@code build}'s sparse form of this matrix, built on the first call and kept with the matrix (so sweeps and
     * repeated fits build it once), or null when {@code build} gave null. The matrix must not change afterwards.
     * Only {@link org.hyperlab.core.tensor.Kernels} calls this (it alone decides which form a product reads); it is
     * public because the storage types sit in a package below the kernels.
     */
    public synchronized Matrix sparseForm(java.util.function.Function<FloatMatrix, Matrix> build) {
        if (sparseForm == null) {
            Matrix built = build.apply(this);
            sparseForm = built == null ? this : built;
        }
        return sparseForm == this ? null : sparseForm;
    }

    @Override public Precision precision() { return Precision.FLOAT32; }

    @Override public double get(int i) { return data[i]; }

    @Override public void set(int i, double value) { data[i] = (float) value; }

    @Override public Matrix copy() { return new FloatMatrix(rows(), cols(), data.clone()); }

    @Override public Matrix fillInPlace(double value) {
        Arrays.fill(data, (float) value);
        return this;
    }
}
