/**
 * Test utilities shared with the other modules' tests through core's test-jar: {@link
 * org.hyperlab.core.testing.TestSeeds} (replayable seeds, {@code -Dhyperlab.test.seed=N}), {@link
 * org.hyperlab.core.testing.RandomMatrices} (the one builder of random matrices), {@link
 * org.hyperlab.core.testing.GradientChecker} (finite differences against a layer's backward) and {@link
 * org.hyperlab.core.testing.Allocations} (per-thread allocation counts).
 */
package org.hyperlab.core.testing;
