package org.hyperlab.sweep.sampler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.CategoricalDistribution;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.IntDistribution;
import org.hyperlab.sweep.space.SearchSpace;
import org.junit.jupiter.api.Test;

/** The joint samplers' coordinates: bounds widened by half a step, ln for log ranges, choice indices, rounding back. */
class EncodedSpaceTest {
    /** f: float [0, 1]; s: float [0, 0.9] step 0.3; lr: log float [1e-3, 1]; n: int [2, 10] step 4; l: log int [1, 8]; c: 3 choices. */
    private static EncodedSpace space() {
        Map<String, Distribution> p = new LinkedHashMap<>();
        p.put("f", FloatDistribution.uniform(0, 1));
        p.put("s", new FloatDistribution(0, 0.9, false, 0.3));
        p.put("lr", FloatDistribution.logUniform(1e-3, 1));
        p.put("n", new IntDistribution(2, 10, false, 4));
        p.put("l", new IntDistribution(1, 8, true, 1));
        p.put("c", new CategoricalDistribution(List.of("x", "y", "z")));
        return new EncodedSpace(new SearchSpace(p));
    }

    @Test
    void boundsAreWidenedByHalfAStepAndTakenInLnForLogRanges() {
        EncodedSpace e = space();
        assertEquals(6, e.size());
        assertEquals(List.of("f", "s", "lr", "n", "l", "c"), e.names());
        double[] low = {0, -0.15, Math.log(1e-3), 0, Math.log(0.5), 0};
        double[] high = {1, 1.05, 0, 12, Math.log(8.5), 2};
        for (int i = 0; i < 6; i++) {
            assertEquals(low[i], e.low(i), 1e-12, "low " + i);
            assertEquals(high[i], e.high(i), 1e-12, "high " + i);
            assertEquals(i == 5, e.isCategorical(i));
        }
        assertEquals(3, e.choices(5));
        assertEquals(0, e.choices(0));
    }

    @Test
    void encodeAndDecodeRoundTripLegalValues() {
        EncodedSpace e = space();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("f", 0.25);
        params.put("s", 0.6);
        params.put("lr", 0.01);
        params.put("n", 6);
        params.put("l", 4);
        params.put("c", "z");
        double[] x = e.encode(params);
        assertArrayEquals(new double[] {0.25, 0.6, Math.log(0.01), 6, Math.log(4), 2}, x, 1e-12);
        Map<String, Object> back = e.decode(x);
        assertEquals(List.copyOf(params.keySet()), List.copyOf(back.keySet()));
        assertEquals(0.25, (Double) back.get("f"), 1e-12);
        assertEquals(0.6, (Double) back.get("s"), 1e-12);
        assertEquals(0.01, (Double) back.get("lr"), 1e-12);
        assertEquals(6, back.get("n"));
        assertEquals(4, back.get("l"));
        assertEquals("z", back.get("c"));
    }

    @Test
    void decodeRoundsToTheGridAndClipsToTheRange() {
        EncodedSpace e = space();
        assertEquals(0.3, (Double) e.decode(1, 0.44), 1e-12);
        assertEquals(0.9, (Double) e.decode(1, 1.04), 1e-12);
        assertEquals(0.0, (Double) e.decode(1, -0.5), 1e-12);
        assertEquals(1.0, (Double) e.decode(0, 7), 0);
        assertEquals(0.0, (Double) e.decode(0, -7), 0);
        assertEquals(1.0, (Double) e.decode(2, 3), 1e-12);
        assertEquals(10, e.decode(3, 11.9));
        assertEquals(2, e.decode(3, 3.9));
        assertEquals(6, e.decode(3, 4.1));
        assertEquals(3, e.decode(4, Math.log(2.6)));
        assertEquals("x", e.decode(5, -3));
        assertEquals("y", e.decode(5, 1.4));
        assertEquals("z", e.decode(5, 9));
        // snap: the coordinate of the legal value nearest
        assertEquals(0.3, e.snap(1, 0.44), 1e-12);
        assertEquals(Math.log(3), e.snap(4, Math.log(2.6)), 1e-12);
        assertEquals(1, e.snap(5, 0.6), 0);
    }

    @Test
    void valuesOutsideTheirDistributionOrMissingDoNotEncode() {
        EncodedSpace e = space();
        assertTrue(Double.isNaN(e.encode(0, 1.5)));
        assertTrue(Double.isNaN(e.encode(1, 0.5)), "off the step grid");
        assertTrue(Double.isNaN(e.encode(5, "w")));
        assertTrue(Double.isNaN(e.encode(3, null)));
        Map<String, Object> missing = new LinkedHashMap<>(Map.of("f", 0.5, "s", 0.3, "lr", 0.1, "n", 2, "l", 1));
        assertNull(e.encode(missing));
        Map<String, Object> complete = new LinkedHashMap<>(missing);
        complete.put("c", "x");
        TrialRecord good = JointLoop.record(0, TrialState.COMPLETE, complete, 1.0);
        TrialRecord bad = JointLoop.record(1, TrialState.COMPLETE, missing, 1.0);
        TrialRecord good2 = JointLoop.record(2, TrialState.COMPLETE, complete, 2.0);
        assertEquals(List.of(good, good2), e.encodable(List.of(good, bad, good2)));
    }

    @Test
    void theUnitCubeMapsLowToZeroAndHighToOne() {
        EncodedSpace e = space();
        assertEquals(0, e.toUnit(1, -0.15), 1e-12);
        assertEquals(1, e.toUnit(1, 1.05), 1e-12);
        assertEquals(0.5, e.toUnit(3, 6), 1e-12);
        assertEquals(3, e.fromUnit(3, 0.25), 1e-12);
        assertEquals(Math.log(1e-3) / 2, e.fromUnit(2, 0.5), 1e-12);
        Map<String, Distribution> p = new LinkedHashMap<>();
        p.put("fixed", FloatDistribution.uniform(2, 2));
        EncodedSpace single = new EncodedSpace(new SearchSpace(p));
        assertEquals(0.5, single.toUnit(0, 2), 0);
        assertEquals(2, single.fromUnit(0, 0.9), 0);
        assertFalse(single.isCategorical(0));
    }
}
