package org.hyperlab.core.testing;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.hyperlab.core.tensor.storage.DoubleMatrix;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * The one builder of random test matrices, for every module's tests (through core's test-jar): a shape, a
 * precision ({@link Precision#FLOAT64} unless given) and a distribution, drawn row-major from the caller's
 * {@link SplittableRandom}, which a test seeds from {@link TestSeeds#fresh()} (replayable) or a fixed constant.
 */
public final class RandomMatrices {
    private RandomMatrices() {
    }

    /** {@code m} with element i (row-major) set to the i-th value of {@code values}; the one filling loop. */
    public static <M extends Matrix> M filled(M m, DoubleSupplier values) {
        for (int i = 0; i < m.size(); i++) {
            m.set(i, values.getAsDouble());
        }
        return m;
    }

    /** Elements uniform in [lo, hi), in the given precision. */
    public static Matrix uniform(Precision precision, SplittableRandom random, int rows, int cols, double lo, double hi) {
        return filled(precision.zeros(rows, cols), () -> random.nextDouble(lo, hi));
    }

    /** Elements uniform in [lo, hi), float64. */
    public static Matrix uniform(SplittableRandom random, int rows, int cols, double lo, double hi) {
        return uniform(Precision.FLOAT64, random, rows, cols, lo, hi);
    }

    /** A float32 matrix with elements uniform in [lo, hi) (rounded to float). */
    public static FloatMatrix floats(SplittableRandom random, int rows, int cols, double lo, double hi) {
        return (FloatMatrix) uniform(Precision.FLOAT32, random, rows, cols, lo, hi);
    }

    /** A float64 matrix with elements uniform in [lo, hi). */
    public static DoubleMatrix doubles(SplittableRandom random, int rows, int cols, double lo, double hi) {
        return (DoubleMatrix) uniform(Precision.FLOAT64, random, rows, cols, lo, hi);
    }

    /** Elements normal with mean 0 and standard deviation {@code sigma}, in the given precision. */
    public static Matrix gaussian(Precision precision, SplittableRandom random, int rows, int cols, double sigma) {
        return filled(precision.zeros(rows, cols), () -> sigma * random.nextGaussian());
    }

    /**
     * Elements uniform in ±[gap, hi): used around kinks (ReLU at 0) so a finite-difference step never crosses one.
     */
    public static Matrix awayFromZero(SplittableRandom random, int rows, int cols, double gap, double hi) {
        return filled(Precision.FLOAT64.zeros(rows, cols), () -> {
            double magnitude = random.nextDouble(gap, hi);
            return random.nextBoolean() ? magnitude : -magnitude;
        });
    }

    /** Rows that are probability distributions with every entry at least {@code floor / cols}. */
    public static Matrix probabilityRows(SplittableRandom random, int rows, int cols, double floor) {
        Matrix m = filled(Precision.FLOAT64.zeros(rows, cols), () -> floor + random.nextDouble());
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int c = 0; c < cols; c++) {
                sum += m.get(r, c);
            }
            for (int c = 0; c < cols; c++) {
                m.set(r, c, m.get(r, c) / sum);
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
