package org.hyperlab.sweep.sampler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hyperlab.sweep.space.CategoricalDistribution;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.IntDistribution;
import org.hyperlab.sweep.space.SearchSpace;

/**
 * Exhaustive search over the Cartesian product of every parameter's values: the choices, the integers
 * {@code low, low+step, ..., high}, and for floats the step grid (a continuous float range has no grid and is
 * rejected). The points are shuffled with the seed and enqueued once, so each point is evaluated exactly once
 * even with several workers or processes; the study stops when they are used up.
 */
public final class GridSampler implements Sampler {
    /** The largest grid accepted. */
    public static final int MAX_POINTS = 1_000_000;

    private final List<Map<String, Object>> points;

    /**
     * @param space the search space
     * @param seed  shuffles the visiting order
     * @throws IllegalArgumentException for a continuous float parameter or a grid above {@link #MAX_POINTS}
     */
    public GridSampler(SearchSpace space, long seed) {
        List<Map<String, Object>> grid = new ArrayList<>();
        grid.add(new LinkedHashMap<>());
        for (Map.Entry<String, Distribution> e : space.parameters().entrySet()) {
            List<Object> values = values(e.getKey(), e.getValue());
            if ((long) grid.size() * values.size() > MAX_POINTS) {
                throw new IllegalArgumentException("the grid has more than " + MAX_POINTS + " points");
            }
            List<Map<String, Object>> next = new ArrayList<>(grid.size() * values.size());
            for (Map<String, Object> point : grid) {
                for (Object v : values) {
                    Map<String, Object> p = new LinkedHashMap<>(point);
                    p.put(e.getKey(), v);
                    next.add(p);
                }
            }
            grid = next;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = grid.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            Map<String, Object> t = grid.get(i);
            grid.set(i, grid.get(j));
            grid.set(j, t);
        }
        this.points = List.copyOf(grid.stream().map(Map::copyOf).map(m -> orderLike(space, m)).toList());
    }

    private static Map<String, Object> orderLike(SearchSpace space, Map<String, Object> m) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String k : space.parameters().keySet()) {
            ordered.put(k, m.get(k));
        }
        return java.util.Collections.unmodifiableMap(ordered);
    }

    private static List<Object> values(String name, Distribution d) {
        List<Object> out = new ArrayList<>();
        if (d instanceof CategoricalDistribution c) {
            out.addAll(c.choices());
        } else if (d instanceof IntDistribution i) {
            for (long v = i.low(); v <= i.high(); v += i.step()) {
                out.add((int) v);
            }
        } else {
            FloatDistribution f = (FloatDistribution) d;
            if (f.step() == null) {
                if (f.low() != f.high()) {
                    throw new IllegalArgumentException("parameter '" + name
                            + "': the grid sampler needs a step (or a list of choices) for a float range");
                }
                out.add(f.low());
            } else {
                long n = Math.round((f.effectiveHigh() - f.low()) / f.step());
                for (long k = 0; k <= n; k++) {
                    out.add(f.round(f.low() + k * f.step()));
                }
            }
        }
        return out;
    }

    /** The shuffled grid. */
    @Override
    public List<Map<String, Object>> plannedTrials() {
        return points;
    }

    @Override
    public boolean isFinite() {
        return true;
    }

    /** Only reached for a parameter outside the grid's space: falls back to a uniform draw. */
    @Override
    public Object sample(SamplingContext context, String name, Distribution distribution) {
        return new RandomSampler().sample(context, name, distribution);
    }

    /** The grid's points do not depend on the values, so any number of objectives is served. */
    @Override
    public boolean handlesMultipleObjectives() {
        return true;
    }
}
