package org.hyperlab.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The data step for sweep figures (Optuna's standard plots): optimization history with a best-so-far line,
 * one slice plot per parameter, learning curves of all trials with pruned ones marked, and the Pareto front of two
 * objectives (Optuna's {@code plot_paretoFront}). Non-finite
 * objective values (diverged trials) are left out of the points and never become the best.
 */
public final class SweepCharts {
    private SweepCharts() {
    }

    /**
     * Objective value of each trial against its number, and the best value so far as a staircase.
     *
     * @param values   objective per trial, trial number = index
     * @param minimize true when lower is better
     */
    public static LineChart optimizationHistory(String title, String objective, double[] values, boolean minimize) {
        int n = values.length;
        double[] trials = new double[n];
        double[] best = new double[n];
        double running = Double.NaN;
        int bestTrial = -1;
        for (int i = 0; i < n; i++) {
            trials[i] = i;
            if (Double.isFinite(values[i]) && (Double.isNaN(running) || better(values[i], running, minimize))) {
                running = values[i];
                bestTrial = i;
            }
            best[i] = running;
        }
        LineChart.Builder b = LineChart.builder(title, "trial", objective)
                .series(Series.points("objective value", trials, values))
                .series(new Series("best so far", trials, best, Series.Style.STEP))
                .legend(true);
        if (bestTrial >= 0) {
            b.best(bestTrial, values[bestTrial], "best: trial " + bestTrial + ", " + format(values[bestTrial]));
        }
        return b.build();
    }

    /**
     * Two objectives of every complete trial against each other (a scatter), the trials on the Pareto front drawn as
     * their own series joined in the order of the first objective.
     *
     * @param onFront per trial, whether it is on the front (computed by the caller from every objective)
     */
    public static LineChart paretoFront(String title, String first, String second, double[] x, double[] y,
                                        boolean[] onFront) {
        List<double[]> front = new ArrayList<>();
        List<double[]> rest = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            (onFront[i] ? front : rest).add(new double[] {x[i], y[i]});
        }
        front.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        LineChart.Builder b = LineChart.builder(title, first, second).legend(true);
        if (!rest.isEmpty()) {
            b.series(Series.points("dominated trials (" + rest.size() + ")", column(rest, 0), column(rest, 1)));
        }
        return b.series(new Series("Pareto front (" + front.size() + ")", column(front, 0), column(front, 1),
                Series.Style.LINE_AND_POINTS)).build();
    }

    private static double[] column(List<double[]> points, int c) {
        return points.stream().mapToDouble(p -> p[c]).toArray();
    }

    /** Index of the best finite value, or -1 when none is finite. */
    public static int best(double[] values, boolean minimize) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i]) && (best < 0 || better(values[i], values[best], minimize))) {
                best = i;
            }
        }
        return best;
    }

    /** Objective against one parameter's value (a scatter), the best trial highlighted. */
    public static LineChart slice(String parameter, double[] parameterValues, String objective, double[] values,
                                  boolean logX, boolean minimize) {
        LineChart.Builder b = LineChart.builder(objective + " against " + parameter, parameter, objective)
                .series(Series.points("trials", parameterValues, values))
                .legend(false);
        if (logX) {
            b.logX();
        }
        int best = best(values, minimize);
        if (best >= 0) {
            b.best(parameterValues[best], values[best], "best " + parameter + " = " + format(parameterValues[best]));
        }
        return b.build();
    }

    /** One slice plot per parameter, in a grid. */
    public static ChartGrid slices(String title, List<String> parameters, List<double[]> parameterValues,
                                   List<Boolean> logX, String objective, double[] values, boolean minimize) {
        List<Chart> panels = new ArrayList<>();
        for (int p = 0; p < parameters.size(); p++) {
            panels.add(slice(parameters.get(p), parameterValues.get(p), objective, values, logX.get(p), minimize));
        }
        return ChartGrid.of(title, panels);
    }

    /**
     * The intermediate metric of every trial against epoch; pruned trials are dashed and end with a marker.
     *
     * @param names  one name per trial (legend entries; legend shown for up to eight trials)
     * @param curves per-trial metric, epoch 1 at index 0
     * @param pruned per-trial flag
     */
    public static LineChart learningCurves(String title, String metric, List<String> names, List<double[]> curves,
                                           List<Boolean> pruned) {
        LineChart.Builder b = LineChart.builder(title, "epoch", metric);
        boolean anyPruned = false;
        for (int t = 0; t < curves.size(); t++) {
            double[] y = curves.get(t);
            double[] x = new double[y.length];
            for (int e = 0; e < y.length; e++) {
                x[e] = e + 1;
            }
            boolean p = pruned.get(t);
            b.series(new Series(names.get(t) + (p ? " (pruned)" : ""), x, y,
                    p ? Series.Style.DASHED : Series.Style.LINE));
            if (p && y.length > 0 && Double.isFinite(y[y.length - 1])) {
                b.marker(y.length, y[y.length - 1], "");
                anyPruned = true;
            }
        }
        if (anyPruned) {
            b.note(new Note("dashed, ending in ○: pruned", Note.Corner.TOP_RIGHT));
        }
        return b.legend(curves.size() <= 8).build();
    }

    private static boolean better(double a, double b, boolean minimize) {
        return minimize ? a < b : a > b;
    }

    static String format(double v) {
        return org.hyperlab.report.text.Numbers.compact(v);
    }
}
