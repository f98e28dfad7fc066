package org.hyperlab.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

class AccuracyTest {
    private static final Precision P = Precision.FLOAT64;

    @Test
    void argmaxAgainstOneHotAndLabels() {
        for (Precision p : Precision.values()) { // float32 rows take the direct-array path
            argmaxAgainstOneHotAndLabels(p);
        }
    }

    private static void argmaxAgainstOneHotAndLabels(Precision P) {
        Matrix predictions = Matrix.of(P, new double[][] {{0.1, 0.7, 0.2}, {0.5, 0.2, 0.3}, {0.3, 0.3, 0.4}, {2, 2, 1}});
        assertArrayEquals(new int[] {1, 0, 2, 0}, Accuracy.classes(predictions));
        int[] labels = {1, 2, 2, 1};
        assertEquals(2, Accuracy.countCorrect(predictions, labels));
        assertEquals(0.5, Accuracy.of(predictions, OneHot.encode(labels, 3, P)), 0.0);
    }

    @Test
    void nanNeverWins() {
        for (Precision p : Precision.values()) {
            Matrix predictions = Matrix.of(p, new double[][] {{Double.NaN, 0.2, 0.7}, {0.1, Double.NaN, -1}, {Double.NaN, Double.NaN, 3}});
            assertArrayEquals(new int[] {2, 0, 2}, Accuracy.classes(predictions), p.toString());
        }
    }

    @Test
    void float32RowsGetTheClassesOfTheGenericRuleIncludingZerosInfinitiesAndNan() {
        double[] special = {Double.NaN, -0.0, 0.0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1, -1, 2};
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        double[][] rows = new double[2000][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new double[1 + r % 12 + 1];
            for (int c = 0; c < rows[r].length; c++) {
                rows[r][c] = special[rng.nextInt(special.length)];
            }
        }
        for (double[] row : rows) {
            Matrix m64 = Matrix.of(Precision.FLOAT64, new double[][] {row}); // the generic rule, read through get()
            Matrix m32 = Matrix.of(Precision.FLOAT32, new double[][] {row});
            assertEquals(Accuracy.classOf(m64, 0), Accuracy.classOf(m32, 0), java.util.Arrays.toString(row));
        }
        assertArrayEquals(new int[] {0, 0, 1}, Accuracy.classes(Matrix.of(Precision.FLOAT32,
                new double[][] {{-0.0, 0.0}, {0.0, -0.0}, {Double.NaN, Double.NEGATIVE_INFINITY}})));
    }

    @Test
    void singleColumnIsThresholdedAtOneHalf() {
        Matrix p = Matrix.of(P, new double[][] {{0.9}, {0.2}, {0.5}, {0.49}});
        Matrix y = Matrix.of(P, new double[][] {{1}, {1}, {1}, {0}});
        assertEquals(0.75, Accuracy.of(p, y), 0.0);
    }
}
