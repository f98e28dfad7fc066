package org.hyperlab.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

class OneHotTest {
    @Test
    void encodesTheAssignmentLabels() {
        Matrix m = OneHot.encode(new int[] {0, 1, 1, 2, 3, 0}, 4, Precision.FLOAT32);
        double[][] expected = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}, {1, 0, 0, 0}};
        assertArrayEquals(expected, m.toArray());
        assertEquals(Precision.FLOAT32, m.precision());
    }

    @Test
    void rejectsOutOfRangeLabelsNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OneHot.encode(new int[] {0, 3}, 3, Precision.FLOAT64));
        assertTrue(e.getMessage().contains("label 3 at index 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> OneHot.encode(new int[] {-1}, 3, Precision.FLOAT64));
        assertTrue(e.getMessage().contains("label -1 at index 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OneHot.encode(new int[] {}, 0, Precision.FLOAT64));
    }
}
