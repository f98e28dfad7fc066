package org.hyperlab.sweep.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.pruner.NopPruner;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.sampler.cmaes.CmaEsSampler;
import org.hyperlab.sweep.sampler.gp.GpSampler;
import org.hyperlab.sweep.space.CategoricalDistribution;
import org.hyperlab.sweep.space.Condition;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.IntDistribution;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.space.SearchSpace;
import org.hyperlab.sweep.storage.InMemoryStudyStorage;
import org.junit.jupiter.api.Test;

/**
 * Every sampler on a conditional space, through {@link Study} and {@link org.hyperlab.sweep.Trial#suggestAll} as the
 * sweep objectives use them: inactive parameters are never stored, and TPE finds an optimum that lies in one branch.
 */
class ConditionalSamplingTest {
    private static final ObjectiveSpec LOSS = new ObjectiveSpec("loss", Direction.MINIMIZE);

    /**
     * branch a: u in [0, 1]; branch b: nothing more; branch c: v in [0, 1] and w in 0..10; x in [0, 1] always.
     * f = (x - 0.3)^2 + {a: 1 + (u - 0.5)^2, b: 0.5, c: (v - 0.7)^2 + 0.01 (w - 4)^2}: minimum 0 at c, x = 0.3,
     * v = 0.7, w = 4; every point of a or b is at least 0.5.
     */
    static SearchSpace toySpace() {
        Map<String, Distribution> params = new LinkedHashMap<>();
        params.put("branch", new CategoricalDistribution(List.of("a", "b", "c")));
        params.put("x", FloatDistribution.uniform(0, 1));
        params.put("u", FloatDistribution.uniform(0, 1));
        params.put("v", FloatDistribution.uniform(0, 1));
        params.put("w", IntDistribution.of(0, 10));
        return new SearchSpace(params, Map.of("u", new Condition(Map.of("branch", List.of("a"))),
                "v", new Condition(Map.of("branch", List.of("c"))), "w", new Condition(Map.of("branch", List.of("c")))));
    }

    static double toy(Map<String, Object> p) {
        double x = num(p, "x") - 0.3;
        return x * x + switch ((String) p.get("branch")) {
            case "a" -> 1 + Math.pow(num(p, "u") - 0.5, 2);
            case "b" -> 0.5;
            default -> Math.pow(num(p, "v") - 0.7, 2) + 0.01 * Math.pow(num(p, "w") - 4, 2);
        };
    }

    private static double num(Map<String, Object> p, String name) {
        return ((Number) p.get(name)).doubleValue();
    }

    private static List<TrialRecord> run(Sampler sampler, SearchSpace space, long seed, int trials) {
        Study study = Study.create(new InMemoryStudyStorage(), "toy", LOSS, seed, sampler, new NopPruner());
        study.optimize(t -> toy(t.suggestAll(space)), trials, 1);
        return study.trials();
    }

    /** The active parameters of a stored trial, as the space says they should be. */
    private static Set<String> expectedKeys(Map<String, Object> params) {
        Set<String> keys = new LinkedHashSet<>(List.of("branch", "x"));
        switch ((String) params.get("branch")) {
            case "a" -> keys.add("u");
            case "c" -> keys.addAll(List.of("v", "w"));
            default -> { }
        }
        return keys;
    }

    @Test
    void everySamplerStoresOnlyTheActiveParameters() {
        Map<String, Supplier<Sampler>> samplers = new LinkedHashMap<>();
        samplers.put("tpe", TpeSampler::new);
        samplers.put("tpe-univariate", () -> new TpeSampler(10, 24, false, true));
        samplers.put("random", RandomSampler::new);
        samplers.put("cmaes", CmaEsSampler::new);
        samplers.put("gp", () -> new GpSampler(5));
        samplers.forEach((name, sampler) -> {
            List<TrialRecord> trials = run(sampler.get(), toySpace(), 4, 30);
            assertEquals(30, trials.size(), name);
            Set<Object> branches = new LinkedHashSet<>();
            for (TrialRecord t : trials) {
                assertEquals(expectedKeys(t.params()), t.params().keySet(), name + " trial " + t.number());
                toySpace().parameters().forEach((p, d) -> assertTrue(!t.params().containsKey(p)
                        || d.contains(t.params().get(p)), name + ": " + p + " = " + t.params().get(p)));
                branches.add(t.params().get("branch"));
            }
            assertEquals(3, branches.size(), name + " visited " + branches);
        });
    }

    @Test
    void tpeFindsTheOptimumInsideItsBranchAndBeatsRandomOnTheSameSeeds() {
        int trials = 80;
        int tpeWins = 0;
        double tpeSum = 0;
        double randomSum = 0;
        for (long seed = 0; seed < 10; seed++) {
            List<TrialRecord> tpe = run(new TpeSampler(), toySpace(), seed, trials);
            double tpeBest = JointLoop.best(tpe);
            double randomBest = JointLoop.best(run(new RandomSampler(), toySpace(), seed, trials));
            TrialRecord best = tpe.stream().filter(t -> t.value() == tpeBest).findFirst().orElseThrow();
            // the optimum's branch, with the conditional parameters near their optimal values
            assertEquals("c", best.params().get("branch"), "seed " + seed);
            assertTrue(Math.abs(num(best.params(), "v") - 0.7) < 0.15, "seed " + seed + ": " + best.params());
            assertTrue(tpeBest < 0.02, "seed " + seed + ": best " + tpeBest);
            tpeWins += tpeBest < randomBest ? 1 : 0;
            tpeSum += tpeBest;
            randomSum += randomBest;
        }
        assertTrue(tpeSum < randomSum / 4, "mean best: tpe " + tpeSum / 10 + ", random " + randomSum / 10);
        assertTrue(tpeWins >= 9, "tpe better than random on " + tpeWins + " of 10 seeds");
    }

    @Test
    void gridEnumeratesOnlyTheActiveCombinations() {
        Map<String, Distribution> params = new LinkedHashMap<>();
        params.put("momentum", new CategoricalDistribution(List.of(0.5, 0.9)));
        params.put("optimizer", new CategoricalDistribution(List.of("sgd", "momentum", "adam")));
        params.put("beta1", new CategoricalDistribution(List.of(0.8, 0.9)));
        params.put("amsgrad", new CategoricalDistribution(List.of(true, false)));
        SearchSpace space = new SearchSpace(params, Map.of(
                "momentum", new Condition(Map.of("optimizer", List.of("momentum"))),
                "beta1", new Condition(Map.of("optimizer", List.of("adam"))),
                "amsgrad", new Condition(Map.of("beta1", List.of(0.9)))));
        // sgd: 1; momentum: 2; adam: beta1 0.8 (1) + beta1 0.9 x amsgrad (2) = 3; 6 points
        List<Map<String, Object>> points = new GridSampler(space, 1).plannedTrials();
        assertEquals(6, points.size());
        assertEquals(6, new LinkedHashSet<>(points).size());
        assertTrue(points.contains(Map.of("optimizer", "sgd")));
        assertTrue(points.contains(Map.of("momentum", 0.9, "optimizer", "momentum")));
        assertTrue(points.contains(Map.of("optimizer", "adam", "beta1", 0.8)));
        assertTrue(points.contains(Map.of("optimizer", "adam", "beta1", 0.9, "amsgrad", false)));
        Study study = Study.create(new InMemoryStudyStorage(), "grid", LOSS, 1, new GridSampler(space, 1), new NopPruner());
        study.optimize(t -> t.suggestAll(space).size(), 100, 1);
        assertEquals(new LinkedHashSet<>(points), new LinkedHashSet<>(study.trials().stream().map(TrialRecord::params)
                .toList()));
    }
}
