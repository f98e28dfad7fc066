package org.hyperlab.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.SplittableRandom;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Seeds replay through the system property, and the same seed gives the same random matrices. */
@ResourceLock("hyperlab.test.seed")
class TestSeedsTest {
    @Test
    void thePropertyFixesEverySeedAndTheDescriptionSaysHowToReplay() {
        String before = System.getProperty(TestSeeds.PROPERTY);
        try {
            System.setProperty(TestSeeds.PROPERTY, " -42 ");
            assertEquals(-42L, TestSeeds.fresh());
            assertEquals(-42L, TestSeeds.fresh());
            System.clearProperty(TestSeeds.PROPERTY);
            assertNotEquals(TestSeeds.fresh(), TestSeeds.fresh()); // 2^-64 chance of a false failure
        } finally {
            if (before == null) {
                System.clearProperty(TestSeeds.PROPERTY);
            } else {
                System.setProperty(TestSeeds.PROPERTY, before);
            }
        }
        assertEquals("seed=7 (replay with -Dhyperlab.test.seed=7)", TestSeeds.describe(7));
    }

    @Test
    void aSeedReplaysTheSameMatricesOfTheRequestedShapeAndPrecision() {
        long seed = TestSeeds.fresh();
        Matrix a = RandomMatrices.uniform(Precision.FLOAT32, new SplittableRandom(seed), 3, 5, -2, 2);
        Matrix b = RandomMatrices.floats(new SplittableRandom(seed), 3, 5, -2, 2);
        assertEquals(FloatMatrix.class, a.getClass());
        assertEquals(3, a.rows());
        assertEquals(5, a.cols());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i), b.get(i), 0.0, TestSeeds.describe(seed));
            assertEquals(true, a.get(i) >= -2 && a.get(i) <= 2, a.get(i) + ", " + TestSeeds.describe(seed));
        }
        Matrix d = RandomMatrices.doubles(new SplittableRandom(seed), 2, 2, 0, 1);
        assertEquals(Precision.FLOAT64, d.precision());
        // the first draw of the seed's stream, unrounded
        assertEquals(new SplittableRandom(seed).nextDouble(0, 1), d.get(0), 0.0, TestSeeds.describe(seed));
    }
}
