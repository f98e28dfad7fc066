package org.hyperlab.sweep.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.IntDistribution;
import org.hyperlab.sweep.space.SearchSpace;
import org.junit.jupiter.api.Test;

/** The values a grid visits for one parameter, away from zero, and the grids it refuses. */
class GridSamplerValuesTest {
    private static SearchSpace space(Object... nameThenDistribution) {
        Map<String, Distribution> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenDistribution.length; i += 2) {
            m.put((String) nameThenDistribution[i], (Distribution) nameThenDistribution[i + 1]);
        }
        return new SearchSpace(m);
    }

    private static TreeSet<Object> visited(Distribution d) {
        TreeSet<Object> values = new TreeSet<>();
        for (Map<String, Object> p : new GridSampler(space("p", d), 1).plannedTrials()) {
            values.add(p.get("p"));
        }
        return values;
    }

    @Test
    void aFloatStepGridStartsAtLow() {
        assertEquals(List.of(1.0, 1.5, 2.0), List.copyOf(visited(new FloatDistribution(1, 2, false, 0.5))));
        assertEquals(3, new GridSampler(space("p", new FloatDistribution(1, 2, false, 0.5)), 1).plannedTrials().size());
        // 2.2 is off the grid: the last point is 2.0
        assertEquals(List.of(1.0, 1.5, 2.0), List.copyOf(visited(new FloatDistribution(1, 2.2, false, 0.5))));
    }

    @Test
    void anIntGridStepsFromLow() {
        assertEquals(List.of(3, 6, 9), List.copyOf(visited(new IntDistribution(3, 10, false, 3))));
    }

    @Test
    void aSinglePointFloatRangeNeedsNoStep() {
        assertEquals(List.of(0.5), List.copyOf(visited(FloatDistribution.uniform(0.5, 0.5))));
        assertEquals("parameter 'p': the grid sampler needs a step (or a list of choices) for a float range",
                assertThrows(IllegalArgumentException.class, () -> visited(FloatDistribution.uniform(0, 1))).getMessage());
    }

    @Test
    void aParameterOutsideTheGridIsDrawnUniformly() {
        GridSampler grid = new GridSampler(space("p", IntDistribution.of(1, 2)), 1);
        SamplingContext context = new SamplingContext(0, 42, Direction.MINIMIZE, List.of());
        Object q = grid.sample(context, "q", IntDistribution.of(5, 7));
        assertTrue(IntDistribution.of(5, 7).contains(q), "drawn " + q);
        assertEquals(new RandomSampler().sample(context, "q", IntDistribution.of(5, 7)), q);
    }

    @Test
    void aGridAboveAMillionPointsIsRefused() {
        SearchSpace s = space("a", IntDistribution.of(1, 1000), "b", IntDistribution.of(1, 1001));
        assertEquals("the grid has more than 1000000 points",
                assertThrows(IllegalArgumentException.class, () -> new GridSampler(s, 1)).getMessage());
    }
}
