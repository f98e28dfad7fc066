package org.hyperlab.sweep.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.space.CategoricalDistribution;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.IntDistribution;
import org.hyperlab.sweep.space.SearchSpace;
import org.junit.jupiter.api.Test;

class SamplerTest {

    private static SearchSpace space(Object... nameAndDist) {
        Map<String, Distribution> m = new LinkedHashMap<>();
        for (int i = 0; i < nameAndDist.length; i += 2) {
            m.put((String) nameAndDist[i], (Distribution) nameAndDist[i + 1]);
        }
        return new SearchSpace(m);
    }

    @Property(tries = 50)
    void gridPlansEachPointExactlyOnce(@ForAll @IntRange(min = 1, max = 5) int a,
                                       @ForAll @IntRange(min = 1, max = 4) int b, @ForAll long seed) {
        SearchSpace s = space("a", IntDistribution.of(1, a), "b", new FloatDistribution(0, (b - 1) * 0.5, false, 0.5),
                "c", new CategoricalDistribution(List.of("x", "y")));
        List<Map<String, Object>> points = new GridSampler(s, seed).plannedTrials();
        assertEquals(a * b * 2, points.size());
        assertEquals(points.size(), new HashSet<>(points).size());
        for (Map<String, Object> p : points) {
            for (Map.Entry<String, Object> e : p.entrySet()) {
                assertTrue(s.get(e.getKey()).contains(e.getValue()), e.toString());
            }
        }
    }

    @Test
    void gridRejectsContinuousFloat() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GridSampler(space("lr", FloatDistribution.logUniform(1e-4, 1)), 0));
        assertTrue(e.getMessage().contains("parameter 'lr'"), e.getMessage());
    }

    @Test
    void randomStaysInsideAndCoversLogRangeUniformlyInLogSpace() {
        SearchSpace s = space("lr", FloatDistribution.logUniform(1e-4, 1), "n", new IntDistribution(1, 1000, true, 1),
                "k", new IntDistribution(0, 10, false, 5));
        List<TrialRecord> h = SamplerLoop.run(new RandomSampler(), s, 7, 4000, p -> 0);
        int belowE2 = 0;
        Set<Object> ks = new HashSet<>();
        for (TrialRecord t : h) {
            double lr = (Double) t.params().get("lr");
            int n = (Integer) t.params().get("n");
            assertTrue(lr >= 1e-4 && lr <= 1 && n >= 1 && n <= 1000);
            belowE2 += lr < 1e-2 ? 1 : 0;
            ks.add(t.params().get("k"));
        }
        // log-uniform on [1e-4, 1]: P(lr < 1e-2) = 2/4 = 0.5; 4000 draws have standard deviation 0.008
        assertEquals(0.5, belowE2 / 4000.0, 0.04);
        assertEquals(Set.of(0, 5, 10), ks);
    }

    @Test
    void sameSeedSameValues() {
        SearchSpace s = space("x", FloatDistribution.uniform(-5, 10), "y", FloatDistribution.uniform(0, 15));
        assertEquals(SamplerLoop.run(new TpeSampler(), s, 3, 30, SamplerTest::branin),
                SamplerLoop.run(new TpeSampler(), s, 3, 30, SamplerTest::branin));
    }

    /** Branin-Hoo; global minimum 0.397887 at (-pi, 12.275), (pi, 2.275), (9.42478, 2.475). */
    static double branin(Map<String, Object> p) {
        double x = (Double) p.get("x");
        double y = (Double) p.get("y");
        double b = 5.1 / (4 * Math.PI * Math.PI);
        double c = 5 / Math.PI;
        double t = 1 / (8 * Math.PI);
        return Math.pow(y - b * x * x + c * x - 6, 2) + 10 * (1 - t) * Math.cos(x) + 10;
    }

    @Test
    void tpeBeatsRandomOnBraninOverTenSeeds() {
        SearchSpace s = space("x", FloatDistribution.uniform(-5, 10), "y", FloatDistribution.uniform(0, 15));
        double tpe = 0;
        double random = 0;
        for (long seed = 0; seed < 10; seed++) {
            tpe += SamplerLoop.best(SamplerLoop.run(new TpeSampler(), s, seed, 60, SamplerTest::branin)) - 0.397887;
            random += SamplerLoop.best(SamplerLoop.run(new RandomSampler(), s, seed, 60, SamplerTest::branin))
                    - 0.397887;
        }
        System.out.printf("Branin, 60 trials, mean regret over 10 seeds: TPE %.4f, random %.4f%n", tpe / 10,
                random / 10);
        assertTrue(tpe < 0.5 * random, "TPE regret " + tpe / 10 + " vs random " + random / 10);
    }

    @Test
    void tpeTreatsDivergedAsWorstNotMissing() {
        // Values of x above 0.5 diverge; the true optimum of (x-0.5)^2 on the rest is at the boundary 0.5.
        // If diverged trials were ignored TPE would keep proposing x > 0.5; ranked worst, they repel it.
        SearchSpace s = space("x", FloatDistribution.uniform(0, 1));
        List<TrialRecord> h = SamplerLoop.run(new TpeSampler(), s, 11, 80,
                p -> (Double) p.get("x") > 0.5 ? Double.NaN : Math.pow((Double) p.get("x") - 0.5, 2) + 1);
        long divergedLate = h.subList(40, 80).stream().filter(t -> t.value() == null).count();
        long divergedEarly = h.subList(0, 10).stream().filter(t -> t.value() == null).count();
        assertTrue(divergedLate < 0.5 * 40, "late diverged " + divergedLate + ", early " + divergedEarly);
    }

    @Test
    void tpeWeightsAndGammaFollowOptuna() {
        assertEquals(1, TpeSampler.gamma(1));
        assertEquals(2, TpeSampler.gamma(11));
        assertEquals(25, TpeSampler.gamma(1000));
        double[] w = TpeSampler.defaultWeights(27);
        assertEquals(1.0 / 27, w[0], 1e-12);
        assertEquals(1.0, w[1], 1e-12);
        assertEquals(1.0, w[26], 1e-12);
    }

    @Test
    void tpeFocusesCategoricalOnTheGoodChoice() {
        SearchSpace s = space("opt", new CategoricalDistribution(List.of("a", "b", "c", "d")));
        List<TrialRecord> h = SamplerLoop.run(new TpeSampler(), s, 5, 60, p -> p.get("opt").equals("c") ? 0 : 1);
        long late = h.subList(30, 60).stream().filter(t -> t.params().get("opt").equals("c")).count();
        assertTrue(late > 20, "late 'c' count " + late);
    }
}
