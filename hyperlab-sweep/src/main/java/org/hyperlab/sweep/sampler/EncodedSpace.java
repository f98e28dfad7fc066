package org.hyperlab.sweep.sampler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.space.CategoricalDistribution;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.IntDistribution;
import org.hyperlab.sweep.space.SearchSpace;

/**
 * A search space as the joint models see it: a vector with one coordinate per parameter. A numeric parameter's
 * coordinate is its value ({@code ln} of it for a log range) on {@code [low, high]} widened by half a step for
 * discrete ranges (ints, float steps), so every grid value owns an interval of equal width; a categorical
 * parameter's coordinate is the choice's index. {@link #decode} rounds back to a legal value. The unit form maps
 * each numeric coordinate to {@code [0, 1]}.
 */
public final class EncodedSpace {
    private final List<String> names;
    private final List<Distribution> distributions;
    private final double[] low;
    private final double[] high;
    private final boolean[] log;
    private final int[] choices;

    /** Encodes {@code space}, keeping its order. */
    public EncodedSpace(SearchSpace space) {
        names = List.copyOf(space.parameters().keySet());
        distributions = List.copyOf(space.parameters().values());
        int d = names.size();
        low = new double[d];
        high = new double[d];
        log = new boolean[d];
        choices = new int[d];
        for (int i = 0; i < d; i++) {
            Distribution dist = distributions.get(i);
            if (dist instanceof CategoricalDistribution c) {
                choices[i] = c.choices().size();
                high[i] = choices[i] - 1;
                continue;
            }
            double halfStep;
            if (dist instanceof FloatDistribution f) {
                log[i] = f.log();
                halfStep = f.step() == null ? 0 : f.step() / 2;
                low[i] = f.low() - halfStep;
                high[i] = f.effectiveHigh() + halfStep;
            } else {
                IntDistribution n = (IntDistribution) dist;
                log[i] = n.log();
                halfStep = n.step() / 2.0;
                low[i] = n.low() - halfStep;
                high[i] = n.effectiveHigh() + halfStep;
            }
            if (log[i]) {
                low[i] = Math.log(low[i]);
                high[i] = Math.log(high[i]);
            }
        }
    }

    /** The number of coordinates. */
    public int size() {
        return names.size();
    }

    /** The parameter names, in order. */
    public List<String> names() {
        return names;
    }

    /** Whether coordinate {@code i} is a categorical parameter. */
    public boolean isCategorical(int i) {
        return choices[i] > 0;
    }

    /** The number of choices of categorical coordinate {@code i} (0 for numeric ones). */
    public int choices(int i) {
        return choices[i];
    }

    /** The lowest coordinate value (for a categorical one: 0). */
    public double low(int i) {
        return low[i];
    }

    /** The highest coordinate value (for a categorical one: choices − 1). */
    public double high(int i) {
        return high[i];
    }

    /** The coordinate of an external value, or NaN when the value is not in the parameter's distribution. */
    public double encode(int i, Object external) {
        Distribution dist = distributions.get(i);
        if (external == null || !dist.contains(external)) {
            return Double.NaN;
        }
        if (dist instanceof CategoricalDistribution c) {
            return c.indexOf(external);
        }
        double v = ((Number) external).doubleValue();
        return log[i] ? Math.log(v) : v;
    }

    /** The coordinates of a parameter map, or {@code null} when a parameter is missing or out of its range. */
    public double[] encode(Map<String, Object> params) {
        double[] x = new double[size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = encode(i, params.get(names.get(i)));
            if (Double.isNaN(x[i])) {
                return null;
            }
        }
        return x;
    }

    /** The legal external value nearest to coordinate value {@code v}. */
    public Object decode(int i, double v) {
        Distribution dist = distributions.get(i);
        if (dist instanceof CategoricalDistribution c) {
            return c.choices().get((int) Math.min(Math.max(Math.round(v), 0), choices[i] - 1));
        }
        double x = Math.min(Math.max(v, low[i]), high[i]);
        x = log[i] ? Math.exp(x) : x;
        if (dist instanceof FloatDistribution f) {
            return f.round(x);
        }
        return ((IntDistribution) dist).round(x);
    }

    /** The coordinate of the legal value nearest to {@code v} (rounds numeric coordinates to their grid). */
    public double snap(int i, double v) {
        return encode(i, decode(i, v));
    }

    /** The parameter map of a coordinate vector, in order. */
    public Map<String, Object> decode(double[] x) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            out.put(names.get(i), decode(i, x[i]));
        }
        return out;
    }

    /** A numeric coordinate mapped to [0, 1] (0.5 for a single-value range). */
    public double toUnit(int i, double v) {
        double w = high[i] - low[i];
        return w > 0 ? (v - low[i]) / w : 0.5;
    }

    /** The inverse of {@link #toUnit}. */
    public double fromUnit(int i, double u) {
        return low[i] + u * (high[i] - low[i]);
    }

    /** The trials whose parameters all encode (see {@link #encode(Map)}), in the given order. */
    public List<TrialRecord> encodable(List<TrialRecord> trials) {
        List<TrialRecord> out = new ArrayList<>();
        for (TrialRecord t : trials) {
            if (encode(t.params()) != null) {
                out.add(t);
            }
        }
        return out;
    }
}
