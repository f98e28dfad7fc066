package org.hyperlab.sweep.space;

/**
 * Integers {@code low, low+step, ...} not above {@code high}, sampled uniformly or (with {@code log}, step 1
 * only) log-uniformly. A log range needs {@code low >= 1}.
 *
 * @param low  the lowest value (inclusive)
 * @param high the highest value (inclusive)
 * @param log  whether the samplers work on {@code ln(value)}
 * @param step the spacing, at least 1
 */
public record IntDistribution(int low, int high, boolean log, int step) implements Distribution {

    /** Validates the bounds; the message does not name the parameter (the parser adds it). */
    public IntDistribution {
        if (low > high) {
            throw new IllegalArgumentException("low must not exceed high, got low=" + low + " > high=" + high);
        }
        if (log && low <= 0) {
            throw new IllegalArgumentException("a log range needs low > 0, got low=" + low);
        }
        if (step < 1) {
            throw new IllegalArgumentException("step must be at least 1, got " + step);
        }
        if (log && step != 1) {
            throw new IllegalArgumentException("step and log cannot be combined");
        }
    }

    /** A uniform range with step 1. */
    public static IntDistribution of(int low, int high) {
        return new IntDistribution(low, high, false, 1);
    }

    /** The highest reachable value. */
    public int effectiveHigh() {
        return low + ((high - low) / step) * step;
    }

    /** Rounds an internal value to the nearest legal integer on the step grid, clipped to the range. */
    public int round(double internal) {
        long k = Math.round((internal - low) / step);
        long v = low + k * step;
        return (int) Math.min(Math.max(v, low), effectiveHigh());
    }

    @Override
    public double toInternal(Object external) {
        return ((Number) external).doubleValue();
    }

    @Override
    public Object toExternal(double internal) {
        return round(internal);
    }

    @Override
    public boolean contains(Object external) {
        if (!(external instanceof Integer || external instanceof Long)) {
            return false;
        }
        long v = ((Number) external).longValue();
        return v >= low && v <= high && (v - low) % step == 0;
    }

    @Override
    public String describe() {
        return "int[" + low + ", " + high + "]" + (log ? " log" : "") + (step != 1 ? " step " + step : "");
    }
}
