package org.hyperlab.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

/**
 * The edges of the classification metrics: the 0.5 threshold of a single column (inclusive), labels against
 * float64 scores, and every refusal naming the metric and the offending class, label or shape.
 */
class ClassificationMetricsEdgesTest {
    private static final Precision P = Precision.FLOAT64;
    // argmax classes 1, 0, 1
    private static final Matrix SCORES = Matrix.of(P, new double[][] {{0.1, 0.9}, {0.8, 0.2}, {0.3, 0.7}});

    private static String refusal(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void aSingleColumnIsClassOneFromAHalfOn() {
        Matrix p = Matrix.of(P, new double[][] {{0.5}, {0.49}, {1.0}});
        assertArrayEquals(new int[] {1, 0, 1}, Accuracy.classes(p));
    }

    @Test
    void accuracyAgainstLabelsCountsArgmaxHits() {
        assertEquals(2, Accuracy.countCorrect(SCORES, new int[] {1, 0, 0}));
        assertEquals(2.0 / 3, Accuracy.of(SCORES, new int[] {1, 0, 0}));
        assertEquals(1.0, Accuracy.of(SCORES, new int[] {1, 0, 1}));
        Matrix targets = Matrix.of(P, new double[][] {{0, 1}, {0, 1}, {0, 1}});
        assertEquals(2.0 / 3, Accuracy.of(SCORES, targets));
        assertEquals("accuracy: 2 labels for 3 rows", refusal(() -> Accuracy.countCorrect(SCORES, new int[] {1, 0})));
    }

    @Test
    void confusionMatrixNamesTheClassOutsideTheRange() {
        ConfusionMatrix m = new ConfusionMatrix(3);
        assertEquals(3, m.numClasses());
        assertEquals("confusion matrix: true class 3 outside 0..2", refusal(() -> m.add(3, 0)));
        assertEquals("confusion matrix: predicted class -1 outside 0..2", refusal(() -> m.add(0, -1)));
        assertEquals("confusion matrix: true class -1 outside 0..2", refusal(() -> m.count(-1, 0)));
        assertEquals("confusion matrix: predicted class 3 outside 0..2", refusal(() -> m.count(0, 3)));
        assertEquals(0, m.total());
    }

    @Test
    void aSingleClassIsEnough() {
        ConfusionMatrix one = new ConfusionMatrix(1);
        one.add(0, 0);
        assertEquals(1, one.count(0, 0));
        assertEquals("confusion matrix: the class count must be at least 1, got 0", refusal(() -> new ConfusionMatrix(0)));
    }

    @Test
    void oneHotRefusals() {
        assertArrayEquals(new double[] {1.0}, OneHot.encode(new int[] {0}, 1, P).toFlatArray());
        assertEquals("one-hot: the class count must be at least 1, got 0", refusal(() -> OneHot.encode(new int[0], 0, P)));
        assertEquals("one-hot: label 3 at index 1 is outside 0..2 (3 classes)",
                refusal(() -> OneHot.encode(new int[] {0, 3}, 3, P)));
    }
}
