package org.hyperlab.core.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.testing.TestSeeds;
import org.junit.jupiter.api.Test;

class XavierUniformTest {
    @Property(tries = 50)
    void samplesStayInsideTheBound(@ForAll @IntRange(min = 1, max = 60) int fanIn,
                                   @ForAll @IntRange(min = 1, max = 60) int fanOut,
                                   @ForAll long seed) {
        double gain = 1.0 + (seed & 3);
        Matrix w = Precision.FLOAT64.zeros(fanIn, fanOut);
        new XavierUniform(gain).initialize(w, new SplittableRandom(seed));
        double bound = gain * Math.sqrt(6.0 / (fanIn + fanOut));
        for (double v : w.toFlatArray()) {
            assertTrue(Math.abs(v) <= bound, v + " outside ±" + bound);
        }
    }

    @Test
    void varianceIsBoundSquaredOverThree() {
        Matrix w = Precision.FLOAT64.zeros(300, 200);
        long seed = TestSeeds.fresh();
        new XavierUniform().initialize(w, new SplittableRandom(seed));
        double bound = Math.sqrt(6.0 / 500);
        double[] v = w.toFlatArray();
        double mean = 0, sq = 0;
        for (double x : v) {
            mean += x;
            sq += x * x;
        }
        mean /= v.length;
        double variance = sq / v.length - mean * mean;
        // n = 60000 samples: the sample variance has relative standard error √(0.8/n) ≈ 0.37%; allow 3%.
        assertEquals(bound * bound / 3, variance, 0.03 * bound * bound / 3, TestSeeds.describe(seed));
        assertEquals(0.0, mean, 0.02 * bound, TestSeeds.describe(seed));
    }

    @Test
    void rejectsNonPositiveGain() {
        assertThrows(IllegalArgumentException.class, () -> new XavierUniform(0));
        assertThrows(IllegalArgumentException.class, () -> new XavierUniform(Double.NaN));
    }
}
