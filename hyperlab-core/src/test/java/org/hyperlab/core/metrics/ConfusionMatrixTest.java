package org.hyperlab.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
    @Test
    void rowsAreTrueClassesColumnsPredicted() {
        ConfusionMatrix cm = new ConfusionMatrix(3);
        Matrix predictions = Matrix.of(Precision.FLOAT64, new double[][] {{0.9, 0.1, 0}, {0.2, 0.7, 0.1}, {0.3, 0.6, 0.1}, {0, 0, 1}});
        cm.add(predictions, new int[] {0, 1, 2, 2}); // third: true 2 predicted 1
        cm.add(predictions.copy(), OneHot.encode(new int[] {1, 1, 1, 1}, 3, Precision.FLOAT64));
        assertArrayEquals(new long[][] {{1, 0, 0}, {1, 3, 1}, {0, 1, 1}}, cm.toArray());
        assertEquals(1, cm.count(2, 1));
        assertEquals(8, cm.total());
        assertEquals(5.0 / 8, cm.accuracy(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> cm.add(3, 0));
    }
}
