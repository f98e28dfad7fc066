package org.hyperlab.bench.samplers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hyperlab.report.chart.ChartGrid;
import org.hyperlab.report.chart.ChartRenderer;
import org.hyperlab.report.chart.LineChart;

/**
 * The benchmark's outputs from {@link RegretCurves}: a Markdown table of mean regret (best value − known minimum)
 * with 95 % bootstrap intervals ({@link BootstrapInterval}) after each checkpoint trial count, per function and
 * sampler, with the default TPE's verdict against the Optuna column and random search (a win when its interval
 * lies entirely below, a tie when the intervals overlap); and a figure of mean regret against trials (log scale).
 */
final class RegretReport {
    static final int[] CHECKPOINTS = {25, 50, 100, 200};
    static final String DEFAULT = "tpe";
    static final String OPTUNA = "optuna-tpe";
    static final String RANDOM = "random";
    private final RegretCurves curves;
    private final Map<String, Double> minima;

    RegretReport(RegretCurves curves, Map<String, Double> minima) {
        this.curves = curves;
        this.minima = minima;
    }

    /** The interval of the regret after {@code trials} trials, or null when a run is shorter. */
    BootstrapInterval regret(String function, String sampler, int trials) {
        Map<Long, double[]> runs = curves.byFunction().get(function).get(sampler);
        if (runs == null || runs.isEmpty()) {
            return null;
        }
        double[] r = new double[runs.size()];
        int i = 0;
        for (double[] best : runs.values()) {
            if (best.length < trials) {
                return null;
            }
            r[i++] = Math.max(best[trials - 1] - minima.get(function), 0);
        }
        return BootstrapInterval.of(r);
    }

    /** The Markdown table. */
    String table() {
        StringBuilder sb = new StringBuilder();
        for (var e : curves.byFunction().entrySet()) {
            String fn = e.getKey();
            List<String> samplers = order(e.getValue().keySet());
            int seeds = e.getValue().values().iterator().next().size();
            sb.append("\n**").append(fn).append("** (minimum ").append(fmt(minima.get(fn))).append(", ")
                    .append(seeds).append(" seeds; mean regret [95 % interval])\n\n| trials |");
            samplers.forEach(s -> sb.append(' ').append(s).append(" |"));
            sb.append(" default TPE vs Optuna | vs random |\n|---:|");
            samplers.forEach(s -> sb.append("---|"));
            sb.append("---|---|\n");
            for (int t : CHECKPOINTS) {
                sb.append("| ").append(t).append(" |");
                for (String s : samplers) {
                    BootstrapInterval b = regret(fn, s, t);
                    sb.append(' ').append(b == null ? "—" : fmt(b.mean()) + " [" + fmt(b.lower()) + ", "
                            + fmt(b.upper()) + "]").append(" |");
                }
                sb.append(' ').append(verdict(fn, OPTUNA, t)).append(" | ").append(verdict(fn, RANDOM, t))
                        .append(" |\n");
            }
        }
        return sb.toString();
    }

    /** "win", "tie" or "loss" of the default TPE against {@code other}, or "—". */
    String verdict(String function, String other, int trials) {
        BootstrapInterval mine = regret(function, DEFAULT, trials);
        BootstrapInterval theirs = regret(function, other, trials);
        if (mine == null || theirs == null) {
            return "—";
        }
        if (mine.overlaps(theirs)) {
            return "tie";
        }
        return mine.upper() < theirs.lower() ? "win" : "loss";
    }

    /** Writes the figure (PNG and SVG). */
    void plot(Path png, Path svg) {
        List<LineChart> panels = new ArrayList<>();
        for (var e : curves.byFunction().entrySet()) {
            String fn = e.getKey();
            LineChart.Builder b = LineChart.builder(fn, "trials", "mean regret").logY();
            for (String s : order(e.getValue().keySet())) {
                Map<Long, double[]> runs = e.getValue().get(s);
                int len = runs.values().stream().mapToInt(a -> a.length).min().orElse(0);
                double[] x = new double[len];
                double[] y = new double[len];
                for (int t = 0; t < len; t++) {
                    x[t] = t + 1;
                    double sum = 0;
                    for (double[] best : runs.values()) {
                        sum += best[t] - minima.get(fn);
                    }
                    y[t] = Math.max(sum / runs.size(), 1e-6);
                }
                b.line(s, x, y);
            }
            panels.add(b.build());
        }
        ChartGrid grid = ChartGrid.of("Sampler benchmark: mean regret against trials", panels);
        ChartRenderer.writePngAndSvg(grid, png, svg, 1500, 950);
    }

    private static List<String> order(java.util.Set<String> samplers) {
        List<String> preferred = List.of(DEFAULT, OPTUNA, "tpe-scott", "tpe-univariate", "cmaes", "gp", RANDOM);
        List<String> out = new ArrayList<>();
        preferred.stream().filter(samplers::contains).forEach(out::add);
        samplers.stream().filter(s -> !out.contains(s)).sorted().forEach(out::add);
        return out;
    }

    static String fmt(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        return a >= 1e-3 && a < 1e4 ? String.format(Locale.ROOT, "%.3g", v) : String.format(Locale.ROOT, "%.2e", v);
    }
}
