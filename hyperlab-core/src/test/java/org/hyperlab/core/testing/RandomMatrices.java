package org.hyperlab.core.testing;

import java.util.SplittableRandom;
import org.hyperlab.core.tensor.Matrix;
import org.hyperlab.core.tensor.Precision;

/** Random test matrices (float64 unless a precision is given). */
public final class RandomMatrices {
    private RandomMatrices() {
    }

    /** Elements uniform in [lo, hi). */
    public static Matrix uniform(SplittableRandom random, int rows, int cols, double lo, double hi) {
        Matrix m = Precision.FLOAT64.zeros(rows, cols);
        for (int i = 0; i < m.size(); i++) {
            m.set(i, random.nextDouble(lo, hi));
        }
        return m;
    }

    /**
     * Elements uniform in ±[gap, hi): used around kinks (ReLU at 0) so a finite-difference step never crosses one.
     */
    public static Matrix awayFromZero(SplittableRandom random, int rows, int cols, double gap, double hi) {
        Matrix m = Precision.FLOAT64.zeros(rows, cols);
        for (int i = 0; i < m.size(); i++) {
            double magnitude = random.nextDouble(gap, hi);
            m.set(i, random.nextBoolean() ? magnitude : -magnitude);
        }
        return m;
    }

    /** Rows that are probability distributions with every entry at least {@code floor / cols}. */
    public static Matrix probabilityRows(SplittableRandom random, int rows, int cols, double floor) {
        Matrix m = Precision.FLOAT64.zeros(rows, cols);
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            double[] raw = new double[cols];
            for (int c = 0; c < cols; c++) {
                raw[c] = floor + random.nextDouble();
                sum += raw[c];
            }
            for (int c = 0; c < cols; c++) {
                m.set(r, c, raw[c] / sum);
            }
        }
        return m;
    }

    /** One-hot rows with uniformly random classes. */
    public static Matrix oneHotRows(SplittableRandom random, int rows, int cols) {
        Matrix m = Precision.FLOAT64.zeros(rows, cols);
        for (int r = 0; r < rows; r++) {
            m.set(r, random.nextInt(cols), 1.0);
        }
        return m;
    }

    /** A size in [1, max]. */
    public static int size(SplittableRandom random, int max) {
        return 1 + random.nextInt(max);
    }
}
