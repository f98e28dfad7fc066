package org.hyperlab.sweep.sampler.gp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
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
import org.hyperlab.sweep.space.IntDistribution;
import org.hyperlab.sweep.space.SearchSpace;
import org.junit.jupiter.api.Test;

/** How the GP sampler turns a study into a proposal: start-up, targets, model coordinates and the acquisition search. */
class GpProposalTest {
    private static SearchSpace space() {
        Map<String, Distribution> p = new LinkedHashMap<>();
        p.put("x", FloatDistribution.uniform(-1, 3));
        p.put("k", new CategoricalDistribution(List.of("p", "q")));
        p.put("n", IntDistribution.of(1, 9));
        return new SearchSpace(p);
    }

    /** Twelve trials of f = (x - 1)^2 + [k = q] + (n - 4)^2 / 10, values passed through {@code value}. */
    private static List<TrialRecord> history(DoubleUnaryOperator value) {
        SplittableRandom rng = new SplittableRandom(21);
        List<TrialRecord> h = new ArrayList<>();
        for (int t = 0; t < 12; t++) {
            Map<String, Object> p = new LinkedHashMap<>();
            double x = -1 + 4 * rng.nextDouble();
            String k = rng.nextBoolean() ? "p" : "q";
            int n = 1 + rng.nextInt(9);
            p.put("x", x);
            p.put("k", k);
            p.put("n", n);
            double f = (x - 1) * (x - 1) + (k.equals("q") ? 1 : 0) + (n - 4) * (n - 4) / 10.0;
            h.add(JointLoop.record(t, TrialState.COMPLETE, p, value.applyAsDouble(f)));
        }
        return h;
    }

    private static Map<String, Object> propose(DoubleUnaryOperator value, Direction direction) {
        return new GpSampler().sampleJoint(new SamplingContext(12, 99, direction, history(value)), space());
    }

    @Test
    void proposalsDependOnTheValuesOnlyThroughTheirStandardizedRanks() {
        Map<String, Object> plain = propose(v -> v, Direction.MINIMIZE);
        Map<String, Object> affine = propose(v -> 7 * v - 30, Direction.MINIMIZE);
        Map<String, Object> maximized = propose(v -> -2 * v, Direction.MAXIMIZE);
        for (Map<String, Object> other : List.of(affine, maximized)) {
            assertEquals((Double) plain.get("x"), (Double) other.get("x"), 1e-6);
            assertEquals(plain.get("k"), other.get("k"));
            assertEquals(plain.get("n"), other.get("n"));
        }
        Map<String, Object> flipped = propose(v -> -v, Direction.MINIMIZE);
        assertTrue(Math.abs((Double) plain.get("x") - (Double) flipped.get("x")) > 1e-3,
                "minimizing -f should lead elsewhere: " + plain + " " + flipped);
    }

    @Test
    void theModelProposesNearTheKnownOptimum() {
        Map<String, Object> p = propose(v -> v, Direction.MINIMIZE);
        assertEquals(1, (Double) p.get("x"), 0.75);
        assertEquals("p", p.get("k"));
    }

    @Test
    void equalValuesStillGiveALegalProposal() {
        Map<String, Object> p = propose(v -> 5, Direction.MINIMIZE);
        double x = (Double) p.get("x");
        assertTrue(x >= -1 && x <= 3 && !Double.isNaN(x));
        int n = (Integer) p.get("n");
        assertTrue(n >= 1 && n <= 9);
    }

    @Test
    void startupTrialsAreRandomAndTheirCountIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> new GpSampler(1));
        List<TrialRecord> h = history(v -> v).subList(0, 9);
        List<TrialRecord> withFailures = new ArrayList<>(h);
        withFailures.add(JointLoop.record(20, TrialState.FAILED, h.get(0).params(), null));
        withFailures.add(JointLoop.record(21, TrialState.PRUNED, h.get(1).params(), 0.5));
        SamplingContext ctx = new SamplingContext(22, 5, Direction.MINIMIZE, withFailures);
        Map<String, Object> expected = new LinkedHashMap<>();
        space().parameters().forEach((name, d) -> expected.put(name, new RandomSampler().sample(ctx, name, d)));
        assertEquals(expected, new GpSampler().sampleJoint(ctx, space()));
        // two startup trials are enough for the model when asked for
        SamplingContext two = new SamplingContext(2, 5, Direction.MINIMIZE, h.subList(0, 2));
        Map<String, Object> random = new LinkedHashMap<>();
        space().parameters().forEach((name, d) -> random.put(name, new RandomSampler().sample(two, name, d)));
        assertTrue(!random.equals(new GpSampler(2).sampleJoint(two, space())));
    }

    @Test
    void modelCoordinatesPutNumericParametersOnTheUnitCubeAndKeepChoiceIndices() {
        EncodedSpace enc = new EncodedSpace(space());
        // x on [-1, 3], k index, n on [0.5, 9.5] (widened by half a step)
        double[] coordinates = {2, 1, 5};
        double[] model = GpSampler.toModel(enc, coordinates);
        assertArrayEquals(new double[] {0.75, 1, 0.5}, model, 1e-15);
        assertArrayEquals(coordinates, GpSampler.fromModel(enc, model), 1e-15);
    }

    @Test
    void withoutLocalStepsTheSearchKeepsTheBestOfTheCandidatesAndTheBestObservedPoints() {
        EncodedSpace enc = new EncodedSpace(space());
        List<TrialRecord> h = history(v -> v);
        double[][] x = new double[h.size()][];
        double[] y = new double[h.size()];
        for (int k = 0; k < y.length; k++) {
            x[k] = GpSampler.toModel(enc, enc.encode(h.get(k).params()));
            y[k] = h.get(k).value();
        }
        GaussianProcess gp = GaussianProcess.fit(new Matern52Kernel(new boolean[] {false, true, false}), x, y,
                GaussianProcess.defaultTheta(3), 20);
        double best = java.util.Arrays.stream(y).min().getAsDouble();
        double[] found = new AcquisitionSearch(enc, gp, best, new SplittableRandom(3)).maximize(x, y, 1, 0);
        // the one candidate: three uniform draws (the categorical one an index), snapped to the grid of n
        SplittableRandom rng = new SplittableRandom(3);
        double[] candidate = {rng.nextDouble(), rng.nextInt(2), rng.nextDouble()};
        candidate[2] = (Math.round(0.5 + 9 * candidate[2]) - 0.5) / 9;
        List<double[]> options = new ArrayList<>();
        options.add(candidate);
        Integer[] order = new Integer[y.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(y[a], y[b]));
        for (int s = 0; s < 3; s++) {
            options.add(x[order[s]]);
        }
        double[] expected = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (double[] o : options) {
            double[] ms = gp.predict(o);
            double sc = LogExpectedImprovement.of(ms[0], ms[1], best);
            if (sc > bestScore) {
                bestScore = sc;
                expected = o;
            }
        }
        assertArrayEquals(expected, found, 1e-12);
        // local steps only ever improve on that
        double[] improved = new AcquisitionSearch(enc, gp, best, new SplittableRandom(3)).maximize(x, y, 1, 40);
        double[] ms = gp.predict(improved);
        assertTrue(LogExpectedImprovement.of(ms[0], ms[1], best) >= bestScore);
    }
}
