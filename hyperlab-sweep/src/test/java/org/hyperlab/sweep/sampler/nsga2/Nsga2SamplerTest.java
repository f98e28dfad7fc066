package org.hyperlab.sweep.sampler.nsga2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperlab.sweep.record.Seeds;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.sampler.JointLoop;
import org.hyperlab.sweep.sampler.RandomSampler;
import org.hyperlab.sweep.sampler.SamplingContext;
import org.hyperlab.sweep.space.CategoricalDistribution;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.IntDistribution;
import org.hyperlab.sweep.space.SearchSpace;
import org.junit.jupiter.api.Test;

/**
 * The sampler's breeding rules on a two-member population of known parents over a float, an int, a log and a
 * categorical parameter: the constructor's checks and messages, generation = trial number / population with
 * generation 0 (and a generation without complete parents) drawn at random, the binary tournament (the better
 * parent wins 3 of 4 draws with replacement), copies without crossover or mutation, SBX for numeric and uniform
 * crossover for categorical coordinates, and the mutation probability (1 / parameters by default).
 */
class Nsga2SamplerTest {
    private static final Map<String, Object> BETTER = params(2.0, 2, 1e-3, "a");
    private static final Map<String, Object> WORSE = params(8.0, 4, 1e-1, "c");

    private static Map<String, Object> params(double x, int k, double lr, String c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("x", x);
        p.put("k", k);
        p.put("lr", lr);
        p.put("c", c);
        return p;
    }

    private static SearchSpace space() {
        Map<String, Distribution> m = new LinkedHashMap<>();
        m.put("x", FloatDistribution.uniform(0, 10));
        m.put("k", IntDistribution.of(1, 5));
        m.put("lr", FloatDistribution.logUniform(1e-4, 1));
        m.put("c", new CategoricalDistribution(List.of("a", "b", "c")));
        return new SearchSpace(m);
    }

    /** Generation 0 of a population of 2: trial 0 the better parent (value 1), trial 1 the worse (value 2). */
    private static List<TrialRecord> parents(TrialState state) {
        return List.of(JointLoop.record(0, state, BETTER, state == TrialState.COMPLETE ? 1.0 : null),
                JointLoop.record(1, state, WORSE, state == TrialState.COMPLETE ? 2.0 : null));
    }

    private static SamplingContext context(int number, long seed, List<TrialRecord> history) {
        return new SamplingContext(number, Seeds.trialSeed(seed, number), Direction.MINIMIZE, history);
    }

    private static Map<String, Object> random(SamplingContext ctx, SearchSpace space) {
        Map<String, Object> out = new LinkedHashMap<>();
        space.parameters().forEach((name, d) -> out.put(name, new RandomSampler().sample(ctx, name, d)));
        return out;
    }

    private static boolean same(Map<String, Object> p, Map<String, Object> q) {
        return Math.abs(((Number) p.get("x")).doubleValue() - ((Number) q.get("x")).doubleValue()) < 1e-9
                && p.get("k").equals(q.get("k"))
                && Math.abs(Math.log(((Number) p.get("lr")).doubleValue() / ((Number) q.get("lr")).doubleValue())) < 1e-9
                && p.get("c").equals(q.get("c"));
    }

    @Test
    void constructorChecksItsArguments() {
        assertEquals("'population' must be at least 2, got 1",
                assertThrows(IllegalArgumentException.class, () -> new Nsga2Sampler(1, 0.9, null)).getMessage());
        assertEquals("'crossover' must be a probability in [0, 1], got -0.01",
                assertThrows(IllegalArgumentException.class, () -> new Nsga2Sampler(2, -0.01, null)).getMessage());
        assertEquals("'crossover' must be a probability in [0, 1], got 1.01",
                assertThrows(IllegalArgumentException.class, () -> new Nsga2Sampler(2, 1.01, null)).getMessage());
        assertEquals("'crossover' must be a probability in [0, 1], got NaN",
                assertThrows(IllegalArgumentException.class, () -> new Nsga2Sampler(2, Double.NaN, null)).getMessage());
        assertEquals("'mutation' must be a probability in [0, 1], got -0.01",
                assertThrows(IllegalArgumentException.class, () -> new Nsga2Sampler(2, 0.5, -0.01)).getMessage());
        assertEquals("'mutation' must be a probability in [0, 1], got 1.01",
                assertThrows(IllegalArgumentException.class, () -> new Nsga2Sampler(2, 0.5, 1.01)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Nsga2Sampler(2, 0.5, Double.NaN));
        // The bounds themselves are legal.
        assertEquals(2, new Nsga2Sampler(2, 0, 0.0).population());
        assertEquals(2, new Nsga2Sampler(2, 1, 1.0).population());
        assertEquals(50, new Nsga2Sampler().population());
        assertTrue(new Nsga2Sampler().handlesMultipleObjectives());
    }

    @Test
    void generationZeroIsDrawnAtRandom() {
        SearchSpace space = space();
        Nsga2Sampler sampler = new Nsga2Sampler(2, 0, 0.0);
        for (long seed = 0; seed < 20; seed++) {
            // Trial 1 is in generation 1 / 2 = 0 although trial 0 is complete.
            SamplingContext ctx = context(1, seed, List.of(parents(TrialState.COMPLETE).get(0)));
            assertEquals(random(ctx, space), sampler.sampleJoint(ctx, space));
            SamplingContext first = context(0, seed, List.of());
            assertEquals(random(first, space), sampler.sampleJoint(first, space));
            // A parameter asked for alone is a uniform draw in any generation.
            SamplingContext late = context(2, seed, parents(TrialState.COMPLETE));
            assertEquals(new RandomSampler().sample(late, "x", space.get("x")), sampler.sample(late, "x", space.get("x")));
        }
    }

    @Test
    void withoutCompleteParentsTheChildIsDrawnAtRandom() {
        SearchSpace space = space();
        Nsga2Sampler sampler = new Nsga2Sampler(2, 0, 0.0);
        for (long seed = 0; seed < 20; seed++) {
            SamplingContext ctx = context(2, seed, parents(TrialState.PRUNED));
            assertEquals(random(ctx, space), sampler.sampleJoint(ctx, space));
        }
    }

    @Test
    void withoutVariationTheChildCopiesTheTournamentWinner() {
        // Two draws with replacement from {better, worse}: the worse parent wins only when drawn twice, 1/4.
        SearchSpace space = space();
        Nsga2Sampler sampler = new Nsga2Sampler(2, 0, 0.0);
        int better = 0;
        int n = 2000;
        for (long seed = 0; seed < n; seed++) {
            Map<String, Object> child = sampler.sampleJoint(context(2, seed, parents(TrialState.COMPLETE)), space);
            assertTrue(same(child, BETTER) || same(child, WORSE), child::toString);
            better += same(child, BETTER) ? 1 : 0;
        }
        assertEquals(0.75, better / (double) n, 0.04);
    }

    @Test
    void trialsOfLaterGenerationsBreedFromTheSameParents() {
        // Trial 3 is generation 3 / 2 = 1 as trial 2: its parents are generation 0's.
        SearchSpace space = space();
        Nsga2Sampler sampler = new Nsga2Sampler(2, 0, 0.0);
        List<TrialRecord> history = new java.util.ArrayList<>(parents(TrialState.COMPLETE));
        history.add(JointLoop.record(2, TrialState.COMPLETE, params(5.0, 3, 1e-2, "b"), 0.0));
        for (long seed = 0; seed < 50; seed++) {
            Map<String, Object> child = sampler.sampleJoint(context(3, seed, history), space);
            assertTrue(same(child, BETTER) || same(child, WORSE), child::toString);
        }
    }

    @Test
    void crossoverMixesCategoriesUniformlyAndNumbersBySbx() {
        // With crossover always and no mutation, a categorical child is one of its parents' choices ("a" or "c",
        // never "b" between them), while SBX moves the numeric coordinates off the parents' values.
        SearchSpace space = space();
        Nsga2Sampler sampler = new Nsga2Sampler(2, 1, 0.0);
        int moved = 0;
        int fromWorse = 0;
        for (long seed = 0; seed < 1000; seed++) {
            Map<String, Object> child = sampler.sampleJoint(context(2, seed, parents(TrialState.COMPLETE)), space);
            assertTrue(List.of("a", "c").contains(child.get("c")), child::toString);
            double x = ((Number) child.get("x")).doubleValue();
            assertTrue(x >= 0 && x <= 10);
            moved += Math.abs(x - 2) > 1e-9 && Math.abs(x - 8) > 1e-9 ? 1 : 0;
            fromWorse += child.get("c").equals("c") ? 1 : 0;
        }
        // Tournament pairs: (better, better) 9/16, mixed 6/16, (worse, worse) 1/16. x moves when the pair is mixed
        // and SBX recombines (1/2): 3/16. The category is "c" with 1/16 + 6/16 · 1/2 = 4/16.
        assertEquals(3.0 / 16, moved / 1000.0, 0.05);
        assertEquals(4.0 / 16, fromWorse / 1000.0, 0.05);
    }

    @Test
    void mutationDefaultsToOneOverTheNumberOfParameters() {
        // No crossover: x differs from both parents exactly when mutated (polynomial mutation moves it almost
        // surely), with probability 1/4 for four parameters.
        SearchSpace space = space();
        Nsga2Sampler sampler = new Nsga2Sampler(2, 0, null);
        int mutated = 0;
        int n = 2000;
        for (long seed = 0; seed < n; seed++) {
            Map<String, Object> child = sampler.sampleJoint(context(2, seed, parents(TrialState.COMPLETE)), space);
            double x = ((Number) child.get("x")).doubleValue();
            mutated += Math.abs(x - 2) > 1e-9 && Math.abs(x - 8) > 1e-9 ? 1 : 0;
        }
        assertEquals(0.25, mutated / (double) n, 0.04);
    }

    @Test
    void certainMutationResetsCategoriesUniformlyAndKeepsNumbersInRange() {
        SearchSpace space = space();
        Nsga2Sampler sampler = new Nsga2Sampler(2, 0, 1.0);
        Map<Object, Integer> counts = new LinkedHashMap<>();
        int n = 3000;
        for (long seed = 0; seed < n; seed++) {
            Map<String, Object> child = sampler.sampleJoint(context(2, seed, parents(TrialState.COMPLETE)), space);
            counts.merge(child.get("c"), 1, Integer::sum);
            double x = ((Number) child.get("x")).doubleValue();
            assertTrue(x >= 0 && x <= 10 && Math.abs(x - 2) > 1e-12 && Math.abs(x - 8) > 1e-12, child::toString);
            int k = ((Number) child.get("k")).intValue();
            assertTrue(k >= 1 && k <= 5);
            double lr = ((Number) child.get("lr")).doubleValue();
            assertTrue(lr >= 1e-4 && lr <= 1);
        }
        for (String c : List.of("a", "b", "c")) {
            assertEquals(1.0 / 3, counts.getOrDefault(c, 0) / (double) n, 0.04, c);
        }
    }
}
