package org.hyperlab.core.tensor.storage;

/**
 * Floating-point precision of a {@link Matrix}. Networks train in {@link #FLOAT32} by default, as PyTorch does;
 * {@link #FLOAT64} serves exact checks (gradient checks, the theory example, 1-D objectives).
 */
public enum Precision {
    FLOAT32,
    FLOAT64;

    /** Creates a zero matrix of this precision. */
    public Matrix zeros(int rows, int cols) {
        return this == FLOAT32 ? new FloatMatrix(rows, cols) : new DoubleMatrix(rows, cols);
    }

    /** Parses {@code float32}/{@code float64} (also {@code float}/{@code double}), case-insensitively. */
    public static Precision parse(String text) {
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "float32": case "float": case "f32": return FLOAT32;
            case "float64": case "double": case "f64": return FLOAT64;
            default: throw new IllegalArgumentException("precision: expected float32 or float64, got '" + text + "'");
        }
    }
}
