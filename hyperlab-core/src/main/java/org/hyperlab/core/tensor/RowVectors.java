package org.hyperlab.core.tensor;

/**
 * Row-vector broadcasts ({@code M[r, :] += v}, {@code M[r, :] *= v}) on the backing arrays, for a float32 or
 * float64 M and a v of either precision (z-scoring keeps its statistics in float64 while batches are float32).
 * Each element is computed in double and rounded once to M's precision, exactly as the reference does.
 */
final class RowVectors {
    private RowVectors() {
    }

    private static double[] widened(Matrix v) {
        if (v instanceof DoubleMatrix d) {
            return d.data();
        }
        double[] w = Scratch.doubles(v.cols());
        for (int c = 0; c < v.cols(); c++) {
            w[c] = v.get(c);
        }
        return w;
    }

    static void add(Matrix m, Matrix v) {
        double[] w = widened(v);
        int rows = m.rows(), cols = m.cols();
        if (m instanceof FloatMatrix f) {
            float[] x = f.data();
            for (int r = 0; r < rows; r++) {
                int base = r * cols;
                for (int c = 0; c < cols; c++) {
                    x[base + c] = (float) (x[base + c] + w[c]);
                }
            }
        } else {
            double[] x = ((DoubleMatrix) m).data();
            for (int r = 0; r < rows; r++) {
                int base = r * cols;
                for (int c = 0; c < cols; c++) {
                    x[base + c] += w[c];
                }
            }
        }
    }

    static void multiply(Matrix m, Matrix v) {
        double[] w = widened(v);
        int rows = m.rows(), cols = m.cols();
        if (m instanceof FloatMatrix f) {
            float[] x = f.data();
            for (int r = 0; r < rows; r++) {
                int base = r * cols;
                for (int c = 0; c < cols; c++) {
                    x[base + c] = (float) (x[base + c] * w[c]);
                }
            }
        } else {
            double[] x = ((DoubleMatrix) m).data();
            for (int r = 0; r < rows; r++) {
                int base = r * cols;
                for (int c = 0; c < cols; c++) {
                    x[base + c] *= w[c];
                }
            }
        }
    }
}
