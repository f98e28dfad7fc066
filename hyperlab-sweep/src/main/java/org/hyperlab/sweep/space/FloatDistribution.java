package org.hyperlab.sweep.space;

/**
 * Real numbers in {@code [low, high]}, sampled uniformly or log-uniformly; with a step the values are
 * {@code low + k*step} (k = 0, 1, ...) not above {@code high}. A log range needs {@code low > 0} and no step.
 *
 * @param low  the lowest value (inclusive)
 * @param high the highest value (inclusive)
 * @param log  whether the samplers work on {@code ln(value)}
 * @param step the spacing of the values, or {@code null} for a continuous range
 */
public record FloatDistribution(double low, double high, boolean log, Double step) implements Distribution {

    /** Validates the bounds; the message does not name the parameter (the parser adds it). */
    public FloatDistribution {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("low and high must be finite numbers, got low=" + low + ", high=" + high);
        }
        if (low > high) {
            throw new IllegalArgumentException("low must not exceed high, got low=" + low + " > high=" + high);
        }
        if (log && low <= 0) {
            throw new IllegalArgumentException("a log range needs low > 0, got low=" + low);
        }
        if (step != null && (!(step > 0) || !Double.isFinite(step))) {
            throw new IllegalArgumentException("step must be a positive number, got " + step);
        }
        if (step != null && log) {
            throw new IllegalArgumentException("step and log cannot be combined");
        }
    }

    /** A continuous uniform range. */
    public static FloatDistribution uniform(double low, double high) {
        return new FloatDistribution(low, high, false, null);
    }

    /** A continuous log-uniform range. */
    public static FloatDistribution logUniform(double low, double high) {
        return new FloatDistribution(low, high, true, null);
    }

    /** The highest reachable value: {@code high}, or the last step not above it (never above {@code high}). */
    public double effectiveHigh() {
        if (step == null) {
            return high;
        }
        // low + k * step may land an ulp above high (0.8 + 3 * 0.05 = 0.9500000000000001)
        return Math.min(high, low + Math.floor((high - low) / step + 1e-9) * step);
    }

    /** Rounds an internal value to the nearest legal one (the step grid, clipped to the range). */
    public double round(double internal) {
        double v = internal;
        if (step != null) {
            v = low + Math.round((v - low) / step) * step;
        }
        return Math.min(Math.max(v, low), effectiveHigh());
    }

    @Override
    public double toInternal(Object external) {
        return ((Number) external).doubleValue();
    }

    @Override
    public Object toExternal(double internal) {
        return internal;
    }

    @Override
    public boolean contains(Object external) {
        if (!(external instanceof Number n)) {
            return false;
        }
        double v = n.doubleValue();
        if (v < low || v > high) {
            return false;
        }
        if (step == null) {
            return true;
        }
        double k = (v - low) / step;
        return Math.abs(k - Math.rint(k)) < 1e-8;
    }

    @Override
    public String describe() {
        return "float[" + low + ", " + high + "]" + (log ? " log" : "") + (step != null ? " step " + step : "");
    }
}
