package org.hyperlab.sweep.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.IntDistribution;
import org.junit.jupiter.api.Test;

/**
 * The frequencies of {@link RandomSampler}'s draws against the uniform laws its documentation states: every grid
 * point equally often, log ranges uniform in ln, a log integer range log-uniform on [low − ½, high + ½] and
 * rounded. 20 000 draws from a fixed seed; tolerances are about five standard errors.
 */
class RandomSamplerDrawsTest {
    private static final int N = 20_000;

    private static Map<Object, Double> frequencies(Distribution d) {
        SplittableRandom rng = new SplittableRandom(5);
        Map<Object, Double> f = new TreeMap<>();
        for (int i = 0; i < N; i++) {
            f.merge(RandomSampler.sample(rng, d), 1.0 / N, Double::sum);
        }
        return f;
    }

    private static double[] draws(Distribution d) {
        SplittableRandom rng = new SplittableRandom(9);
        double[] out = new double[N];
        for (int i = 0; i < N; i++) {
            out[i] = ((Number) RandomSampler.sample(rng, d)).doubleValue();
        }
        return out;
    }

    private static void assertEachAbout(double p, Map<Object, Double> f) {
        for (Map.Entry<Object, Double> e : f.entrySet()) {
            assertEquals(p, e.getValue(), 0.02, "value " + e.getKey());
        }
    }

    @Test
    void aSteppedFloatRangeHitsEveryGridPointEquallyOften() {
        Map<Object, Double> f = frequencies(new FloatDistribution(0, 1, false, 0.25));
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75, 1.0), List.copyOf(f.keySet()));
        assertEachAbout(0.2, f);
    }

    @Test
    void aSteppedIntRangeHitsEveryGridPointEquallyOften() {
        Map<Object, Double> f = frequencies(new IntDistribution(0, 10, false, 5));
        assertEquals(List.of(0, 5, 10), List.copyOf(f.keySet()));
        assertEachAbout(1.0 / 3, f);
    }

    @Test
    void aUniformFloatRangeIsCoveredEvenly() {
        double[] x = draws(FloatDistribution.uniform(2, 6));
        double sum = 0;
        int below3 = 0;
        for (double v : x) {
            assertTrue(v >= 2 && v <= 6, "draw " + v);
            sum += v;
            below3 += v < 3 ? 1 : 0;
        }
        assertEquals(4.0, sum / N, 0.05);                      // σ = 4/√12 ≈ 1.15, standard error 0.008
        assertEquals(0.25, (double) below3 / N, 0.02);
    }

    @Test
    void aLogFloatRangeIsUniformInTheLogarithm() {
        double[] x = draws(FloatDistribution.logUniform(1, 100));
        double sum = 0;
        int below10 = 0;
        for (double v : x) {
            assertTrue(v >= 1 && v <= 100, "draw " + v);
            sum += Math.log(v);
            below10 += v < 10 ? 1 : 0;
        }
        assertEquals(Math.log(10), sum / N, 0.05);             // ln x uniform on [0, ln 100]
        assertEquals(0.5, (double) below10 / N, 0.02);
    }

    @Test
    void aLogIntRangeIsLogUniformOnTheWidenedRangeAndRounded() {
        Map<Object, Double> f = frequencies(new IntDistribution(1, 8, true, 1));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), List.copyOf(f.keySet()));
        for (int k = 1; k <= 8; k++) {
            double p = Math.log((k + 0.5) / (k - 0.5)) / Math.log(8.5 / 0.5);   // P(k) = ln((k+½)/(k−½)) / ln(17)
            assertEquals(p, f.get(k), 0.015, "k = " + k);
        }
    }
}
