package org.hyperlab.core.objective;

import java.util.ArrayList;
import java.util.List;

/**
 * J tabulated on an evenly spaced grid w = from, from + step, …, up to and including {@code to} when it is on
 * the grid. The grid is computed in exact rationals, so 0.1 steps give 0.3 rather than 0.30000000000000004.
 *
 * @param w the grid points
 * @param j J at each point, in double precision
 */
public record ObjectiveTable(double[] w, double[] j) {
    /** Largest number of rows accepted. */
    public static final int MAX_ROWS = 1_000_000;

    public ObjectiveTable {
        w = w.clone();
        j = j.clone();
    }

    /** Tabulates {@code objective} from {@code from} to {@code to} (inclusive) with a positive {@code step}. */
    public static ObjectiveTable of(Objective1D objective, Rational from, Rational to, Rational step) {
        if (step.signum() <= 0) {
            throw new IllegalArgumentException("step must be positive, got " + step);
        }
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException("the range is empty: from " + from + " is above to " + to);
        }
        Rational count = to.subtract(from).divide(step);
        long n = count.numerator().divide(count.denominator()).longValueExact() + 1;
        if (n > MAX_ROWS) {
            throw new IllegalArgumentException("the table would have " + n + " rows (at most " + MAX_ROWS + "); use a larger step");
        }
        List<Double> ws = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            ws.add(from.add(step.multiply(Rational.of(i))).doubleValue());
        }
        double[] w = ws.stream().mapToDouble(Double::doubleValue).toArray();
        double[] j = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            j[i] = objective.value(w[i]);
        }
        return new ObjectiveTable(w, j);
    }

    public int size() { return w.length; }

    @Override public double[] w() { return w.clone(); }

    @Override public double[] j() { return j.clone(); }

    /** CSV with a header {@code w,J}, one row per grid point (shortest round-trip decimals). */
    public String toCsv() {
        StringBuilder sb = new StringBuilder("w,J\n");
        for (int i = 0; i < w.length; i++) {
            sb.append(w[i]).append(',').append(j[i]).append('\n');
        }
        return sb.toString();
    }
}
