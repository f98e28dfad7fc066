package org.hyperlab.sweep.space;

import java.util.Locale;

/** Whether the objective's metric is to be minimized (e.g. validation loss) or maximized (accuracy). */
public enum Direction {
    MINIMIZE,
    MAXIMIZE;

    /** Whether {@code a} is strictly better than {@code b} in this direction. */
    public boolean isBetter(double a, double b) {
        return this == MINIMIZE ? a < b : a > b;
    }

    /** The value a minimizer sees: {@code v} when minimizing, {@code -v} when maximizing. */
    public double toMinimized(double v) {
        return this == MINIMIZE ? v : -v;
    }

    /** Parses {@code minimize}/{@code maximize} (any case). */
    public static Direction parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("direction must be minimize or maximize, got '" + s + "'");
        }
    }
}
