package org.hyperlab.sweep.sampler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.IntDistribution;
import org.junit.jupiter.api.Test;

/**
 * TPE reaches both ends of a discrete range: its estimators live on the bounds widened by half a step, so when the
 * best trials sit at an end, the candidates drawn around them round to that end and it scores best there. With
 * the two best of twenty trials at one end (γ(20) = 2) and the rest at the other, nearly every proposal over
 * twenty trial seeds is that end; a range narrowed instead of widened could not propose it at all.
 */
class TpeBoundsTest {
    private static final int SEEDS = 20;

    /** Twenty complete trials: two at {@code good} (value 0), eighteen at {@code bad} (value 1). */
    private static List<TrialRecord> history(Object good, Object bad) {
        List<TrialRecord> h = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            boolean best = n % 10 == 3;
            h.add(new TrialRecord(n, n, TrialState.COMPLETE, Map.of("p", best ? good : bad), best ? 0.0 : 1.0,
                    new TreeMap<>(), Map.of(), null, Instant.EPOCH, Instant.EPOCH));
        }
        return h;
    }

    private static int proposals(Distribution d, Object good, Object bad) {
        List<TrialRecord> h = history(good, bad);
        int hits = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            Object proposal = new TpeSampler(1, 24).sample(new SamplingContext(20, 1000 + seed, Direction.MINIMIZE, h), "p", d);
            hits += proposal.equals(good) ? 1 : 0;
        }
        return hits;
    }

    @Test
    void integerRangeEnds() {
        IntDistribution d = new IntDistribution(0, 4, false, 1);
        int low = proposals(d, 0, 4);
        int high = proposals(d, 4, 0);
        assertTrue(low >= 15, "proposals of 0: " + low);
        assertTrue(high >= 15, "proposals of 4: " + high);
    }

    @Test
    void steppedFloatRangeEnds() {
        FloatDistribution d = new FloatDistribution(0, 1, false, 0.25);
        int low = proposals(d, 0.0, 1.0);
        int high = proposals(d, 1.0, 0.0);
        assertTrue(low >= 15, "proposals of 0: " + low);
        assertTrue(high >= 15, "proposals of 1: " + high);
    }
}
