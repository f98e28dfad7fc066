package org.hyperlab.sweep.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperlab.sweep.record.Seeds;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.CategoricalDistribution;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.IntDistribution;
import org.hyperlab.sweep.space.SearchSpace;
import org.junit.jupiter.api.Test;

class MultivariateTpeTest {

    @Test
    void reachesBraninMinimumOnSeededRuns() {
        for (long seed = 1; seed <= 3; seed++) {
            List<TrialRecord> h = JointLoop.run(new TpeSampler(), JointLoop.braninSpace(), seed, 200, JointLoop::branin);
            double regret = JointLoop.best(h) - JointLoop.BRANIN_MIN;
            assertTrue(regret < 0.05, "seed " + seed + ": regret " + regret);
        }
    }

    @Test
    void jointProposalsStayLegalOnMixedSpaces() {
        Map<String, Distribution> m = new LinkedHashMap<>();
        m.put("opt", new CategoricalDistribution(List.of("sgd", "adam", "rmsprop")));
        m.put("lr", FloatDistribution.logUniform(1e-5, 1));
        m.put("layers", IntDistribution.of(1, 6));
        m.put("beta", new FloatDistribution(0.8, 0.95, false, 0.05));
        SearchSpace space = new SearchSpace(m);
        List<TrialRecord> h = JointLoop.run(new TpeSampler(), space, 5, 60, p -> {
            double l = Math.log10(((Number) p.get("lr")).doubleValue()) + 3;
            return l * l + (p.get("opt").equals("adam") ? 0 : 1) + Math.abs(((Number) p.get("layers")).intValue() - 2);
        });
        for (TrialRecord t : h) {
            for (var e : space.parameters().entrySet()) {
                assertTrue(e.getValue().contains(t.params().get(e.getKey())), t.params().toString());
            }
        }
        long adamLate = h.subList(30, 60).stream().filter(t -> t.params().get("opt").equals("adam")).count();
        assertTrue(adamLate > 15, "the model should favour the best choice, adam in " + adamLate + " of 30");
    }

    @Test
    void univariateModeSamplesEachParameterLikeSample() {
        SearchSpace space = JointLoop.braninSpace();
        TpeSampler univariate = new TpeSampler(10, 24, false, false);
        List<TrialRecord> history = JointLoop.run(new RandomSampler(), space, 3, 15, JointLoop::branin);
        SamplingContext ctx = new SamplingContext(15, Seeds.trialSeed(3, 15), Direction.MINIMIZE, history);
        Map<String, Object> joint = univariate.sampleJoint(ctx, space);
        for (var e : space.parameters().entrySet()) {
            assertEquals(univariate.sample(ctx, e.getKey(), e.getValue()), joint.get(e.getKey()));
        }
    }

    /**
     * Four proposals made while the earlier ones still run: the liar counts running trials as bad, so the
     * proposals spread out; without it they pile up where the model is best.
     */
    @Test
    void constantLiarSpreadsConcurrentProposals() {
        SearchSpace space = JointLoop.box(2, 0, 1);
        double withLiar = 0;
        double without = 0;
        for (long seed = 0; seed < 20; seed++) {
            List<TrialRecord> history = JointLoop.run(new RandomSampler(), space, seed, 30,
                    p -> Math.pow(JointLoop.x(p, 0) - 0.3, 2) + Math.pow(JointLoop.x(p, 1) - 0.7, 2));
            withLiar += spread(new TpeSampler(10, 24, true, true), space, history, seed);
            without += spread(new TpeSampler(10, 24, true, false), space, history, seed);
        }
        assertTrue(withLiar > 1.5 * without, "mean pairwise distance with the liar " + withLiar / 20
                + ", without " + without / 20);
    }

    /** The mean pairwise distance of five proposals, each made with the earlier ones pending. */
    private static double spread(TpeSampler sampler, SearchSpace space, List<TrialRecord> history, long seed) {
        List<TrialRecord> pending = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            int number = history.size() + k;
            SamplingContext ctx = new SamplingContext(number, Seeds.trialSeed(seed, number), Direction.MINIMIZE,
                    history, pending);
            Map<String, Object> p = sampler.sampleJoint(ctx, space);
            points.add(new double[] {JointLoop.x(p, 0), JointLoop.x(p, 1)});
            pending.add(JointLoop.record(number, TrialState.RUNNING, p, null));
        }
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                sum += Math.hypot(points.get(i)[0] - points.get(j)[0], points.get(i)[1] - points.get(j)[1]);
                pairs++;
            }
        }
        return sum / pairs;
    }
}
