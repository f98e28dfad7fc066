package org.hyperlab.sweep.sampler.cmaes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hyperlab.sweep.record.Seeds;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.sampler.EncodedSpace;
import org.hyperlab.sweep.sampler.JointLoop;
import org.hyperlab.sweep.sampler.RandomSampler;
import org.hyperlab.sweep.sampler.SamplingContext;
import org.hyperlab.sweep.space.CategoricalDistribution;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.SearchSpace;
import org.junit.jupiter.api.Test;

/**
 * How the stateless CMA-ES sampler rebuilds its run from the study: which trials form the generations, in which
 * order, with which values, when IPOP restarts, and how a proposal is assembled.
 */
class CmaEsReplayTest {
    /** a on [0, 1], b on [-2, 2]: unit coordinates a and (b + 2) / 4. */
    private static SearchSpace numeric() {
        Map<String, Distribution> p = new LinkedHashMap<>();
        p.put("a", FloatDistribution.uniform(0, 1));
        p.put("b", FloatDistribution.uniform(-2, 2));
        return new SearchSpace(p);
    }

    private static Map<String, Object> params(double a, double b) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("a", a);
        p.put("b", b);
        return p;
    }

    private static final double[][] GEN = {{0.2, -1}, {0.6, 0.4}, {0.5, 1.2}, {0.9, -0.2}, {0.3, 0.8}, {0.45, 0}};
    private static final double[] VALUES = {3, 1, 4, 1.5, 9, 2.6};

    private static List<TrialRecord> generation(int firstNumber, Direction direction) {
        List<TrialRecord> h = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            double v = direction == Direction.MINIMIZE ? VALUES[k] : -VALUES[k];
            h.add(JointLoop.record(firstNumber + k, TrialState.COMPLETE, params(GEN[k][0], GEN[k][1]), v));
        }
        return h;
    }

    private static CmaEs toldByHand() {
        CmaEs run = new CmaEs(new double[] {0.5, 0.5}, 1.0 / 6, 6);
        double[][] unit = new double[6][];
        for (int k = 0; k < 6; k++) {
            unit[k] = new double[] {GEN[k][0], (GEN[k][1] + 2) / 4};
        }
        run.tell(unit, VALUES);
        return run;
    }

    private static CmaEs replay(List<TrialRecord> history, Direction direction) {
        return CmaEsSampler.replay(new EncodedSpace(numeric()), new SamplingContext(history.size(), 1, direction,
                history));
    }

    private static void assertSameRun(CmaEs expected, CmaEs actual) {
        assertEquals(expected.lambda(), actual.lambda());
        assertArrayEquals(expected.mean(), actual.mean(), 1e-15);
        assertEquals(expected.sigma(), actual.sigma(), 1e-15);
        assertArrayEquals(expected.stepSizePath(), actual.stepSizePath(), 1e-15);
    }

    @Test
    void anIncompleteGenerationLeavesTheFirstRunAtTheCentre() {
        List<TrialRecord> five = generation(0, Direction.MINIMIZE).subList(0, 5);
        CmaEs run = replay(five, Direction.MINIMIZE);
        assertArrayEquals(new double[] {0.5, 0.5}, run.mean(), 0);
        assertEquals(1.0 / 6, run.sigma(), 0);
        assertEquals(6, run.lambda(), "4 + floor(3 ln 2)");
    }

    @Test
    void aCompleteGenerationIsToldInUnitCoordinates() {
        assertSameRun(toldByHand(), replay(generation(0, Direction.MINIMIZE), Direction.MINIMIZE));
    }

    @Test
    void maximizedValuesAreToldNegated() {
        assertSameRun(toldByHand(), replay(generation(0, Direction.MAXIMIZE), Direction.MAXIMIZE));
    }

    @Test
    void generationsFollowTrialNumbersAndSkipUnfinishedOrForeignTrials() {
        List<TrialRecord> h = new ArrayList<>(generation(10, Direction.MINIMIZE));
        java.util.Collections.reverse(h);
        h.add(2, JointLoop.record(3, TrialState.PRUNED, params(0.1, 0.1), 0.0));
        h.add(JointLoop.record(4, TrialState.FAILED, params(0.1, 0.1), null));
        h.add(JointLoop.record(5, TrialState.COMPLETE, Map.of("a", 0.3), -100.0));
        h.add(JointLoop.record(6, TrialState.COMPLETE, params(0.5, 7.0), -100.0));
        assertSameRun(toldByHand(), replay(h, Direction.MINIMIZE));
    }

    @Test
    void aConvergedRunRestartsWithTwiceThePopulationAtASeededPoint() {
        // 20 flat generations fire the restart test (10 + ceil(30 * 2 / 6) = 20 generations of equal best values)
        List<TrialRecord> h = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(8);
        for (int t = 0; t < 120; t++) {
            h.add(JointLoop.record(t, TrialState.COMPLETE, params(rng.nextDouble(), 4 * rng.nextDouble() - 2), 1.0));
        }
        CmaEs restarted = replay(h, Direction.MINIMIZE);
        assertEquals(12, restarted.lambda());
        assertEquals(1.0 / 6, restarted.sigma(), 0);
        SplittableRandom seeded = new SplittableRandom(Seeds.mix(Double.doubleToLongBits(1.0) + 1));
        assertArrayEquals(new double[] {seeded.nextDouble(), seeded.nextDouble()}, restarted.mean(), 0);
        CmaEs before = replay(h.subList(0, 114), Direction.MINIMIZE);
        assertEquals(6, before.lambda());
        assertNotEquals(0.5, before.mean()[0]);
    }

    @Test
    void aProposalIsTheRunsDrawMappedBackAndCategoricalsAreDrawnUniformly() {
        Map<String, Distribution> p = new LinkedHashMap<>();
        p.put("kind", new CategoricalDistribution(List.of("x", "y", "z")));
        p.put("a", FloatDistribution.uniform(0, 1));
        p.put("b", FloatDistribution.uniform(-2, 2));
        SearchSpace space = new SearchSpace(p);
        List<TrialRecord> h = new ArrayList<>();
        for (TrialRecord t : generation(0, Direction.MINIMIZE)) {
            Map<String, Object> withKind = new LinkedHashMap<>(t.params());
            withKind.put("kind", "y");
            h.add(JointLoop.record(t.number(), t.state(), withKind, t.value()));
        }
        long seed = Seeds.trialSeed(5, 6);
        SamplingContext ctx = new SamplingContext(6, seed, Direction.MINIMIZE, h);
        Map<String, Object> proposed = new CmaEsSampler().sampleJoint(ctx, space);
        assertEquals(List.of("kind", "a", "b"), List.copyOf(proposed.keySet()));
        double[] u = toldByHand().ask(new SplittableRandom(Seeds.forName(seed, "cmaes")));
        assertEquals(u[0], (Double) proposed.get("a"), 1e-12);
        assertEquals(-2 + 4 * u[1], (Double) proposed.get("b"), 1e-12);
        assertEquals(new RandomSampler().sample(ctx, "kind", space.get("kind")), proposed.get("kind"));
    }

    @Test
    void aSpaceWithoutNumericParametersIsSampledOneByOne() {
        Map<String, Distribution> p = new LinkedHashMap<>();
        p.put("kind", new CategoricalDistribution(List.of("x", "y", "z")));
        p.put("act", new CategoricalDistribution(List.of("relu", "tanh")));
        SearchSpace space = new SearchSpace(p);
        SamplingContext ctx = new SamplingContext(0, 77, Direction.MINIMIZE, List.of());
        Map<String, Object> proposed = new CmaEsSampler().sampleJoint(ctx, space);
        assertEquals(new RandomSampler().sample(ctx, "kind", space.get("kind")), proposed.get("kind"));
        assertEquals(new RandomSampler().sample(ctx, "act", space.get("act")), proposed.get("act"));
        assertTrue(proposed.size() == 2);
    }
}
