package org.hyperlab.sweep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.analysis.ParameterImportance.Importance;
import org.junit.jupiter.api.Test;

class ParameterImportanceTest {
    private static TrialRecord t(int n, Map<String, Object> p, TrialState s, Double v) {
        return new TrialRecord(n, n, s, p, v, new TreeMap<>(), Map.of(), null, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void balancedGridGivesOneAndZeroByHand() {
        // y = 3a on the full grid a, b in {0, 1}: the a-groups have means 0 and 3 around mean 1.5, so
        // between = 4 * 1.5^2 = 9 = total; the b-groups both have mean 1.5, so between = 0.
        List<TrialRecord> trials = List.of(
                t(0, Map.of("a", 0, "b", "x"), TrialState.COMPLETE, 0.0),
                t(1, Map.of("a", 0, "b", "y"), TrialState.COMPLETE, 0.0),
                t(2, Map.of("a", 1, "b", "x"), TrialState.COMPLETE, 3.0),
                t(3, Map.of("a", 1, "b", "y"), TrialState.COMPLETE, 3.0),
                t(4, Map.of("a", 1, "b", "y"), TrialState.DIVERGED, null));
        List<Importance> imp = ParameterImportance.compute(trials, 4);
        assertEquals(new Importance("a", 1.0, 1.0), imp.get(0));
        assertEquals(new Importance("b", 0.0, 0.0), imp.get(1));
    }

    @Test
    void aDominantContinuousParameterRanksFirst() {
        SplittableRandom rng = new SplittableRandom(1);
        List<TrialRecord> trials = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            double lr = Math.exp(-9 + 7 * rng.nextDouble());
            double m = rng.nextDouble();
            trials.add(t(i, Map.of("lr", lr, "momentum", m), TrialState.COMPLETE, 10 * Math.log(lr) + 0.5 * m));
        }
        List<Importance> imp = ParameterImportance.compute(trials, 10);
        assertEquals("lr", imp.get(0).name());
        assertEquals(1.0, imp.get(0).share() + imp.get(1).share(), 1e-12);
        // binned into 10 quantile groups, a function of lr alone keeps more than 95% of its variance
        assertEquals(true, imp.get(0).eta2() > 0.95, imp.toString());
        assertEquals(true, imp.get(1).eta2() < 0.1, imp.toString());
    }
}
