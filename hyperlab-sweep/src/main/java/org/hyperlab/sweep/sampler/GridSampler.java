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
 * rejected). With conditional parameters only the active combinations are points: a parameter is multiplied in
 * only where its condition holds, so {@code optimizer: [sgd, momentum]} with {@code momentum: [0.5, 0.9]} active
 * for {@code momentum} gives three points, not four. The points are shuffled with the seed and enqueued once, so each point is evaluated exactly once
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
        List<Map<String, Object>> open = List.of(new LinkedHashMap<>());
        while (!open.isEmpty()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> point : open) {
                Map<String, Distribution> level = space.activeAfter(point);
                if (level.isEmpty()) {
                    grid.add(point);
                    continue;
                }
                List<Map<String, Object>> expanded = List.of(point);
                for (Map.Entry<String, Distribution> e : level.entrySet()) {
                    expanded = product(expanded, e.getKey(), values(e.getKey(), e.getValue()), grid.size() + next.size());
                }
                next.addAll(expanded);
            }
            open = next;
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

    /** Every point extended by every value of {@code name}; {@code others} points exist besides. */
    private static List<Map<String, Object>> product(List<Map<String, Object>> points, String name, List<Object> values,
                                                     int others) {
        if ((long) points.size() * values.size() + others > MAX_POINTS) {
            throw new IllegalArgumentException("the grid has more than " + MAX_POINTS + " points");
        }
        List<Map<String, Object>> out = new ArrayList<>(points.size() * values.size());
        for (Map<String, Object> point : points) {
            for (Object v : values) {
                Map<String, Object> p = new LinkedHashMap<>(point);
                p.put(name, v);
                out.add(p);
            }
        }
        return out;
    }

    private static Map<String, Object> orderLike(SearchSpace space, Map<String, Object> m) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String k : space.parameters().keySet()) {
            if (m.containsKey(k)) {
                ordered.put(k, m.get(k));
            }
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
