package org.hyperlab.sweep.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hyperlab.sweep.record.Seeds;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.CategoricalDistribution;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.junit.jupiter.api.Test;

/**
 * The univariate TPE's densities, checked through what it proposes: with one candidate a proposal is a draw from
 * l(x), so the proposals' frequencies and mean are l's; with many candidates the proposal is the choice with the
 * largest l/g. Every probability is worked out here from the class comment's rules.
 */
class TpeUnivariateTest {
    private static final CategoricalDistribution ABC = new CategoricalDistribution(List.of("a", "b", "c"));

    /** Trials with parameter {@code name} set to the given values, the i-th valued {@code i}. */
    private static List<TrialRecord> ranked(String name, Object... valuesBestFirst) {
        List<TrialRecord> h = new ArrayList<>();
        for (int i = 0; i < valuesBestFirst.length; i++) {
            h.add(JointLoop.record(i, TrialState.COMPLETE, Map.of(name, valuesBestFirst[i]), (double) i));
        }
        return h;
    }

    private static double[] frequencies(TpeSampler tpe, List<TrialRecord> h, Distribution d, int draws) {
        double[] f = new double[3];
        for (int s = 0; s < draws; s++) {
            SamplingContext ctx = new SamplingContext(h.size(), Seeds.trialSeed(42, s), Direction.MINIMIZE, h);
            f[ABC.indexOf(tpe.sample(ctx, "opt", d))] += 1.0 / draws;
        }
        return f;
    }

    @Test
    void oneCategoricalObservationBelowGivesItsChoiceTheExtraWeight() {
        // 10 observations: gamma = 1, below = {b}. l = 1/2 (kernel of b) + 1/2 (prior), the kernel of b giving b
        // (1 + 1/2) / (1 + 3/2) = 0.6 and the others 0.2: l(b) = 0.3 + 1/6, l(a) = l(c) = 0.1 + 1/6
        List<TrialRecord> h = ranked("opt", "b", "a", "a", "c", "c", "a", "c", "a", "c", "a");
        double[] f = frequencies(new TpeSampler(2, 1, false, false), h, ABC, 6000);
        assertEquals(0.1 + 1 / 6.0, f[0], 0.02);
        assertEquals(0.3 + 1 / 6.0, f[1], 0.02);
        assertEquals(0.1 + 1 / 6.0, f[2], 0.02);
    }

    @Test
    void twoObservationsBelowShareTheMass() {
        // 20 observations: gamma = 2, below = {a, b}, weights 1, 1 and the prior 1 over 3; each kernel gives its
        // choice (1 + 1/3) / 2 and the others (1/3) / 2: l(a) = l(b) = 2/9 + 1/18 + 1/9 = 7/18, l(c) = 4/18
        List<Object> values = new ArrayList<>(List.of("a", "b"));
        for (int i = 0; i < 18; i++) {
            values.add("c");
        }
        List<TrialRecord> h = ranked("opt", values.toArray());
        double[] f = frequencies(new TpeSampler(2, 1, false, false), h, ABC, 6000);
        assertEquals(7 / 18.0, f[0], 0.02);
        assertEquals(7 / 18.0, f[1], 0.02);
        assertEquals(4 / 18.0, f[2], 0.02);
    }

    @Test
    void manyCandidatesPickTheChoiceWithTheLargestRatioOfLToG() {
        // below = {c}: l(c) = 0.4667, l(a) = l(b) = 0.2667. above = 2 b, 7 c (weights 1, prior 1/10, total 10):
        // g(a) = 0.9/13 + 1/30 = 0.103, g(b) = 2.9/13 + 1/30 = 0.256, g(c) = 7.9/13 + 1/30 = 0.641.
        // l/g: a 2.6, b 1.04, c 0.73, so a wins though c is l's most likely draw
        List<TrialRecord> h = ranked("opt", "c", "b", "c", "c", "b", "c", "c", "c", "c", "c");
        TpeSampler tpe = new TpeSampler(2, 50, false, false);
        for (int s = 0; s < 20; s++) {
            SamplingContext ctx = new SamplingContext(10, Seeds.trialSeed(7, s), Direction.MINIMIZE, h);
            assertEquals("a", tpe.sample(ctx, "opt", ABC));
        }
    }

    @Test
    void aNumericDrawFromLHasTheMeanOfItsKernels() {
        // below = {0.1} on [0, 1] with the prior at 0.5: sorted 0.1, 0.5 between 0 and 1, so 0.1 (outermost) has
        // sigma 0.4 (its inner neighbour), inside the clip [1/3, 1]; l = (TN(0.1, 0.4) + TN(0.5, 1)) / 2
        List<TrialRecord> h = ranked("x", 0.1, 0.9, 0.8, 0.7, 0.6, 0.95, 0.85, 0.75, 0.65, 0.55);
        FloatDistribution d = FloatDistribution.uniform(0, 1);
        double expected = (NormalReference.truncatedMean(0.1, 0.4, 0, 1) + NormalReference.truncatedMean(0.5, 1, 0, 1)) / 2;
        assertEquals(expected, meanOfProposals(h, d, false), 0.015);
    }

    @Test
    void aLogParameterIsModelledInTheLogarithm() {
        // x on [1, e^2], ln x on [0, 2]: below = {ln x = 0.2}, the prior at 1; sigma 0.8 (clip [2/3, 2])
        List<TrialRecord> h = ranked("x", Math.exp(0.2), Math.exp(1.9), Math.exp(1.8), Math.exp(1.7),
                Math.exp(1.6), Math.exp(1.5), Math.exp(1.4), Math.exp(1.3), Math.exp(1.2), Math.exp(1.1));
        FloatDistribution d = FloatDistribution.logUniform(1, Math.exp(2));
        double expected = (NormalReference.truncatedMean(0.2, 0.8, 0, 2) + NormalReference.truncatedMean(1, 2, 0, 2)) / 2;
        assertEquals(expected, meanOfProposals(h, d, true), 0.03);
    }

    private static double meanOfProposals(List<TrialRecord> h, FloatDistribution d, boolean log) {
        TpeSampler tpe = new TpeSampler(2, 1, false, false);
        double sum = 0;
        int draws = 6000;
        for (int s = 0; s < draws; s++) {
            SamplingContext ctx = new SamplingContext(h.size(), Seeds.trialSeed(3, s), Direction.MINIMIZE, h);
            double x = (Double) tpe.sample(ctx, "x", d);
            assertTrue(d.contains(x));
            sum += log ? Math.log(x) : x;
        }
        return sum / draws;
    }
}
