package org.hyperlab.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Each loss describes itself by the name {@link Losses#byName} accepts for it, so a configuration written from a
 * loss's description reads back as the same loss.
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
}
