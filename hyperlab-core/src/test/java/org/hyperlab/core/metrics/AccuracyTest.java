package org.hyperlab.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hyperlab.core.tensor.Matrix;
import org.hyperlab.core.tensor.Precision;
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
    void singleColumnIsThresholdedAtOneHalf() {
        Matrix p = Matrix.of(P, new double[][] {{0.9}, {0.2}, {0.5}, {0.49}});
        Matrix y = Matrix.of(P, new double[][] {{1}, {1}, {1}, {0}});
        assertEquals(0.75, Accuracy.of(p, y), 0.0);
    }
}
