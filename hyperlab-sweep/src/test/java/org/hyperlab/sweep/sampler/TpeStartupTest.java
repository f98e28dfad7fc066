package org.hyperlab.sweep.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hyperlab.sweep.record.Seeds;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.SearchSpace;
import org.junit.jupiter.api.Test;

/**
 * When TPE stops drawing uniformly: after {@code nStartupTrials} finished trials (complete, pruned or diverged;
 * failed and running ones do not count), in the univariate and the multivariate mode alike.
 */
class TpeStartupTest {
    private static final SearchSpace SPACE;

    static {
        Map<String, Distribution> p = new LinkedHashMap<>();
        p.put("x", FloatDistribution.uniform(0, 1));
        p.put("y", FloatDistribution.uniform(0, 1));
        SPACE = new SearchSpace(p);
    }

    private static List<TrialRecord> history(TrialState last) {
        List<TrialRecord> h = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(1);
        for (int t = 0; t < 4; t++) {
            Map<String, Object> p = Map.of("x", rng.nextDouble(), "y", rng.nextDouble());
            TrialState state = t == 3 ? last : TrialState.COMPLETE;
            Double value = state == TrialState.COMPLETE || state == TrialState.PRUNED ? (double) t : null;
            h.add(JointLoop.record(t, state, p, value));
        }
        return h;
    }

    private static Map<String, Object> uniform(SamplingContext ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        SPACE.parameters().forEach((name, d) ->
                out.put(name, RandomSampler.sample(new SplittableRandom(Seeds.forName(ctx.trialSeed(), name)), d)));
        return out;
    }

    @Test
    void failedTrialsDoNotCountTowardsTheStartup() {
        for (boolean multivariate : new boolean[] {true, false}) {
            TpeSampler tpe = new TpeSampler(4, 24, multivariate, true);
            SamplingContext ctx = new SamplingContext(4, 77, Direction.MINIMIZE, history(TrialState.FAILED));
            assertEquals(uniform(ctx), tpe.sampleJoint(ctx, SPACE), "multivariate " + multivariate);
        }
    }

    @Test
    void prunedAndDivergedTrialsCountTowardsTheStartup() {
        for (TrialState state : new TrialState[] {TrialState.PRUNED, TrialState.DIVERGED, TrialState.COMPLETE}) {
            for (boolean multivariate : new boolean[] {true, false}) {
                TpeSampler tpe = new TpeSampler(4, 24, multivariate, true);
                SamplingContext ctx = new SamplingContext(4, 77, Direction.MINIMIZE, history(state));
                assertNotEquals(uniform(ctx), tpe.sampleJoint(ctx, SPACE), state + ", multivariate " + multivariate);
            }
        }
    }

    @Test
    void withNoStartupTheFirstTrialIsStillUniform() {
        for (boolean multivariate : new boolean[] {true, false}) {
            TpeSampler tpe = new TpeSampler(0, 24, multivariate, true);
            SamplingContext ctx = new SamplingContext(0, 5, Direction.MINIMIZE, List.of());
            assertEquals(uniform(ctx), tpe.sampleJoint(ctx, SPACE));
        }
    }
}
