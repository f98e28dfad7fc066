package org.hyperlab.core.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.testing.TestSeeds;
import org.junit.jupiter.api.Test;

class InitializerTest {
    private final long seed = TestSeeds.fresh();

    @Test
    void xavierNormalHasStdGainTimesRootTwoOverFanSum() {
        Matrix w = Precision.FLOAT64.zeros(300, 200);
        new XavierNormal(2.0).initialize(w, new SplittableRandom(seed));
        double std = 2.0 * Math.sqrt(2.0 / 500);
        assertMoments(w, std * std);
    }

    @Test
    void heHasStdRootTwoOverRootFanIn() {
        Matrix w = Precision.FLOAT64.zeros(400, 150);
        new He().initialize(w, new SplittableRandom(seed));
        assertMoments(w, 2.0 / 400);
    }

    @Test
    void sameSeedSameValuesAcrossPrecisions() {
        Matrix a = Precision.FLOAT64.zeros(3, 4);
        Matrix b = Precision.FLOAT32.zeros(3, 4);
        new XavierUniform().initialize(a, new SplittableRandom(seed));
        new XavierUniform().initialize(b, new SplittableRandom(seed));
        for (int i = 0; i < a.size(); i++) {
            assertEquals((float) a.get(i), b.get(i), 0.0);
        }
    }

    @Test
    void constantAndZeros() {
        Matrix m = Precision.FLOAT32.zeros(2, 2);
        new Constant(0.5).initialize(m, new SplittableRandom(seed));
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, m.toFlatArray(), 0.0);
        new Zeros().initialize(m, new SplittableRandom(seed));
        assertArrayEquals(new double[4], m.toFlatArray(), 0.0);
    }

    @Test
    void byNameParsesEveryKindAndRejectsUnknownNames() {
        assertInstanceOf(XavierUniform.class, Initializers.byName("Xavier-Uniform"));
        assertInstanceOf(XavierNormal.class, Initializers.byName("xavier-normal"));
        assertInstanceOf(He.class, Initializers.byName("he"));
        assertInstanceOf(Zeros.class, Initializers.byName("zeros"));
        assertEquals(0.1, ((Constant) Initializers.byName("constant:0.1")).value(), 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Initializers.byName("glorot2"));
        assertTrue(e.getMessage().contains("glorot2") && e.getMessage().contains("xavier-uniform"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Initializers.byName("constant:abc"));
    }

    /** Mean ≈ 0 and variance within 3% (the sample variance's relative s.e. is √(2/n) ≈ 0.6% for n ≥ 60000). */
    private void assertMoments(Matrix w, double variance) {
        double[] v = w.toFlatArray();
        double sum = 0, sq = 0;
        for (double x : v) {
            sum += x;
            sq += x * x;
        }
        double mean = sum / v.length;
        String context = TestSeeds.describe(seed);
        assertEquals(0.0, mean, 0.02 * Math.sqrt(variance), context);
        assertEquals(variance, sq / v.length - mean * mean, 0.03 * variance, context);
    }
}
