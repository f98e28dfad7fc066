package org.hyperlab.core.tensor.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jdk.incubator.vector.FloatVector;
import org.hyperlab.core.testing.TestSeeds;
import org.junit.jupiter.api.Test;

/** The deterministic SIMD exponential and lane sum against the JDK's double-precision math. */
class SimdMathTest {
    private final long seed = TestSeeds.fresh();
    private final SplittableRandom rng = new SplittableRandom(seed);

    @Test
    void vectorExpEqualsItsScalarTwinAndMathExpWithinThreeUlps() {
        float[] x = new float[SimdPanel.L * 4000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (rng.nextDouble() * 175 - 87); // the documented finite range [−87, 88]
        }
        x[0] = 0f;
        x[1] = -87f;
        x[2] = 88f;
        x[3] = 1f;
        float[] y = x.clone();
        new SimdFloatKernels().expInPlace(y, 0, y.length);
        for (int i = 0; i < x.length; i++) {
            assertEquals(Float.floatToIntBits(SimdMath.exp(x[i])), Float.floatToIntBits(y[i]), "twin at " + x[i] + ", " + TestSeeds.describe(seed));
            double exact = Math.exp(x[i]);
            assertTrue(Math.abs(y[i] - exact) <= 3 * Math.ulp((float) exact), "exp(" + x[i] + ") = " + y[i] + " vs " + exact + ", " + TestSeeds.describe(seed));
        }
    }

    @Test
    void expHandlesTheEdges() {
        assertEquals(1f, SimdMath.exp(0f));
        assertEquals(0f, SimdMath.exp(-100f));
        assertEquals(0f, SimdMath.exp(Float.NEGATIVE_INFINITY));
        assertEquals(Float.POSITIVE_INFINITY, SimdMath.exp(100f));
        assertTrue(Float.isNaN(SimdMath.exp(Float.NaN)));
        float[] v = {Float.NaN, Float.NEGATIVE_INFINITY, 100f, 0f};
        float[] w = new float[SimdPanel.L];
        for (int i = 0; i < w.length; i++) {
            w[i] = v[i % v.length];
        }
        SimdMath.exp(w, 0);
        assertTrue(Float.isNaN(w[0]));
        assertEquals(0f, w[1]);
        assertEquals(Float.POSITIVE_INFINITY, w[2]);
        assertEquals(1f, w[3]);
    }

    @Test
    void laneSumIsExactOnIntegersAndFollowsTheFixedTree() {
        float[] w = new float[SimdPanel.L];
        for (int i = 0; i < w.length; i++) {
            w[i] = i + 1;
        }
        assertEquals(w.length * (w.length + 1) / 2f, SimdMath.sum(FloatVector.fromArray(SimdPanel.S, w, 0)));
        // 1 + 2^-24 + … : the pairwise tree adds lanes i and i^(L/2) first, so tiny values pair with each other
        float[] t = new float[SimdPanel.L];
        t[0] = 1f;
        for (int i = 1; i < t.length; i++) {
            t[i] = 0x1p-24f;
        }
        float tree = SimdMath.sum(FloatVector.fromArray(SimdPanel.S, t, 0));
        assertEquals((float) (1 + (t.length - 1) * 0x1p-24), tree, (float) (t.length * 0x1p-24));
    }

    @Test
    void laneSumsOfSeveralVectorsEqualEachVectorsOwnLaneSumBitForBit() {
        int l = SimdPanel.L;
        for (int count : new int[] {1, 2, 4, 8, 16}) {
            for (int round = 0; round < 200; round++) {
                float[] t = new float[16 * l];
                for (int i = 0; i < count * l; i++) {
                    // mixed magnitudes, so a different addition order would change the rounded sums
                    t[i] = (float) ((rng.nextDouble() - 0.5) * Math.pow(2, rng.nextInt(40) - 20));
                }
                float[] expected = new float[count];
                for (int q = 0; q < count; q++) {
                    expected[q] = SimdMath.sum(FloatVector.fromArray(SimdPanel.S, t, q * l));
                }
                SimdMath.laneSums(t, count);
                for (int q = 0; q < count; q++) {
                    assertEquals(Float.floatToRawIntBits(expected[q]), Float.floatToRawIntBits(t[SimdMath.sumSlot(q)]),
                            "vector " + q + " of " + count + ", " + TestSeeds.describe(seed));
                }
            }
        }
    }
}
