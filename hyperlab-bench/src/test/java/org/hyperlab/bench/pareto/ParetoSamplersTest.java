package org.hyperlab.bench.pareto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.Supplier;
import org.hyperlab.sweep.sampler.RandomSampler;
import org.hyperlab.sweep.sampler.Sampler;
import org.hyperlab.sweep.sampler.TpeSampler;
import org.hyperlab.sweep.sampler.nsga2.Nsga2Sampler;
import org.junit.jupiter.api.Test;

/**
 * NSGA-II and multi-objective TPE on seeded studies of known bi-objective problems (seeds 0-4): the mean
 * hypervolume of the final front reaches a stated fraction of the true front's (closed form in
 * {@link BiObjectiveProblem}) within the budget, and exceeds random search's on the same seeds.
 */
class ParetoSamplersTest {
    private static final int SEEDS = 5;

    private static double mean(BiObjectiveProblem problem, Supplier<Sampler> sampler, int trials) {
        return Arrays.stream(ParetoBenchmark.hypervolumes(problem, sampler, SEEDS, trials)).average().orElseThrow();
    }

    private static void reaches(String sampler, BiObjectiveProblem problem, double hv, double fraction, double random) {
        assertTrue(hv >= fraction * problem.trueHypervolume(), sampler + " on " + problem.name() + ": mean hypervolume "
                + hv + " below " + fraction + " of the true front's " + problem.trueHypervolume());
        assertTrue(hv > random, sampler + " on " + problem.name() + ": " + hv + " not above random search's " + random);
    }

    @Test
    void theTrueHypervolumesFollowFromTheFronts() {
        // ZDT1's front f2 = 1 - sqrt(f1) sampled densely (a staircase from below) approaches the closed form
        BiObjectiveProblem zdt1 = BiObjectiveProblem.zdt1(3);
        int n = 20000;
        double[][] front = new double[n + 1][];
        for (int i = 0; i <= n; i++) {
            double f1 = (double) i / n;
            front[i] = new double[] {f1, 1 - Math.sqrt(f1)};
        }
        assertEquals(zdt1.trueHypervolume(), org.hyperlab.sweep.pareto.Hypervolume.of(front, zdt1.reference()), 1e-3);
        double[] point = zdt1.f().apply(java.util.Map.of("x0", 0.25, "x1", 0.0, "x2", 0.0));
        assertEquals(0.25, point[0], 1e-12);
        assertEquals(0.5, point[1], 1e-12, "on the front g = 1, so f2 = 1 - sqrt(0.25)");
    }

    @Test
    void multiObjectiveTpeOnZdt1() {
        BiObjectiveProblem zdt1 = BiObjectiveProblem.zdt1(3);
        reaches("tpe", zdt1, mean(zdt1, TpeSampler::new, 200), 0.85, mean(zdt1, RandomSampler::new, 200));
    }

    @Test
    void nsga2OnZdt1() {
        BiObjectiveProblem zdt1 = BiObjectiveProblem.zdt1(3);
        reaches("nsga2", zdt1, mean(zdt1, () -> new Nsga2Sampler(20, 0.9, null), 500), 0.88,
                mean(zdt1, RandomSampler::new, 500));
    }

    @Test
    void bothOnSchaffer() {
        BiObjectiveProblem schaffer = BiObjectiveProblem.schaffer1();
        double random = mean(schaffer, RandomSampler::new, 200);
        reaches("tpe", schaffer, mean(schaffer, TpeSampler::new, 200), 0.98, random);
        reaches("nsga2", schaffer, mean(schaffer, () -> new Nsga2Sampler(20, 0.9, null), 200), 0.98, random);
    }
}
