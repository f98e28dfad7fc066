package org.hyperlab.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hyperlab.core.tensor.Matrix;
import org.hyperlab.core.tensor.Precision;
import org.junit.jupiter.api.Test;

/**
 * Each loss describes itself by the name {@link Losses#byName} accepts for it, so a configuration written from a
 * loss's description reads back as the same loss; a shape mismatch names the loss that refused it.
 */
class LossNamesTest {
    @Test
    void everyAcceptedNameIsWhatItsLossDescribes() {
        for (String name : Losses.NAMES) {
            assertEquals(name, Losses.byName(name).describe());
        }
    }

    @Test
    void aCrossEntropyWithEpsilonShowsItInItsDescription() {
        assertEquals("cross-entropy(eps=0.25)", new CrossEntropy(0.25).describe());
        assertEquals("cross-entropy", new CrossEntropy(0.0).describe());
    }

    @Test
    void softmaxCrossEntropyRefusesTargetsOfAnotherShapeByName() {
        Matrix logits = Matrix.of(Precision.FLOAT64, new double[][] {{1, 2, 3}});
        Matrix target = Matrix.of(Precision.FLOAT64, new double[][] {{1, 0}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxCrossEntropy().forward(logits, target));
        assertEquals("softmax-cross-entropy: shape mismatch 1x3 vs 1x2", e.getMessage());
    }
}
