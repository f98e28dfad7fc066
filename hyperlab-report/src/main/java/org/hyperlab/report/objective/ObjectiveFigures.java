package org.hyperlab.report.objective;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoublePredicate;
import org.hyperlab.core.objective.CriticalPoint;
import org.hyperlab.core.objective.CriticalPointKind;
import org.hyperlab.core.objective.DescentPoint;
import org.hyperlab.core.objective.DescentRun;
import org.hyperlab.core.objective.DescentStatus;
import org.hyperlab.core.objective.ObjectiveAnalysis;
import org.hyperlab.core.objective.ObjectiveTable;
import org.hyperlab.core.objective.PolynomialObjective;
import org.hyperlab.report.chart.ChartGrid;
import org.hyperlab.report.chart.LineChart;
import org.hyperlab.report.chart.Note;
import org.hyperlab.report.chart.PointLabel;
import org.hyperlab.report.chart.Series;

/**
 * Chart specs (pure data) for the 1-D sections: J against w with the critical points marked, one epoch-vs-J
 * chart per descent run with its final w and J (or its divergence) written on it, and a grid of runs.
 */
public final class ObjectiveFigures {
    /** Growth factor of J (a later value over an earlier one) above which a run is drawn on a log axis. */
    public static final double LOG_SPAN = 1e6;

    private ObjectiveFigures() {
    }

    /** J(w) over the table's range; critical points inside it are marked "local min (0, 0)" etc., global minima highlighted. */
    public static LineChart objective(PolynomialObjective objective, ObjectiveAnalysis analysis, ObjectiveTable table) {
        double[] w = table.w();
        LineChart.Builder b = LineChart.builder("J(w) = " + objective.expression() + ",  x = " + objective.x(), "w", "J(w)")
                .line("J(w)", w, table.j()).legend(false);
        double lo = w[0];
        double hi = w[w.length - 1];
        for (CriticalPoint p : analysis.criticalPoints()) {
            if (p.wValue() < lo || p.wValue() > hi) {
                continue;
            }
            String text = shortKind(p.kind()) + " (" + p.wText() + ", " + p.jText() + ")";
            b.marker(p.kind() == CriticalPointKind.GLOBAL_MINIMUM
                    ? PointLabel.best(p.wValue(), p.jValue(), text) : PointLabel.of(p.wValue(), p.jValue(), text));
        }
        return b.build();
    }

    /**
     * Epoch against J for one run (history up to the last finite point), with the outcome written in a corner.
     * The y axis is linear, unless the run diverged or its J stays positive and grows by a factor above
     * {@link #LOG_SPAN}: then it is base-10 logarithmic, so that the growth shows instead of a flat line ending in
     * one spike. On a diverged run's log axis the curve is |J| (labelled so) when some J ≤ 0; the note then says at
     * which epochs J was negative and that a J of exactly 0 is not drawn.
     */
    public static LineChart run(DescentRun run) {
        List<DescentPoint> h = run.history();
        double[] epochs = h.stream().mapToDouble(DescentPoint::epoch).toArray();
        double[] js = h.stream().mapToDouble(DescentPoint::j).toArray();
        DescentPoint last = run.last();
        boolean diverged = run.status() == DescentStatus.DIVERGED;
        boolean log = diverged || growsManyDecades(js);
        boolean absolute = log && Arrays.stream(js).anyMatch(j -> j <= 0);
        double[] ys = absolute ? Arrays.stream(js).map(Math::abs).toArray() : js;
        String yLabel = absolute ? "|J(w)| (log scale)" : log ? "J(w) (log scale)" : "J(w)";
        String note = outcome(run) + (absolute ? signNote(epochs, js) : "") + "\n" + run.settings();
        LineChart.Builder b = LineChart.builder(title(run), "epoch", yLabel)
                .series(new Series(absolute ? "|J|" : "J", epochs, ys,
                        h.size() <= 30 ? Series.Style.LINE_AND_POINTS : Series.Style.LINE))
                .legend(false)
                .marker(last.epoch(), absolute ? Math.abs(last.j()) : last.j(), diverged ? "last finite" : "final")
                // a diverging curve ends in the top-right corner: keep the note out of its way
                .note(new Note(note, diverged ? Note.Corner.TOP_LEFT : Note.Corner.TOP_RIGHT));
        if (log) {
            b.logY();
        }
        return b.build();
    }

    /** True when J stays positive and grows by more than {@link #LOG_SPAN} (a later value over an earlier one). */
    private static boolean growsManyDecades(double[] js) {
        double min = Double.POSITIVE_INFINITY;
        double growth = 0;
        for (double j : js) {
            if (!(j > 0) || !Double.isFinite(j)) {
                return false;
            }
            min = Math.min(min, j);
            growth = Math.max(growth, j / min);
        }
        return growth > LOG_SPAN;
    }

    /** e.g. "\nJ < 0 at epochs 0–2 (log axis shows |J|)" and "\nJ = 0 at epoch 4 (not drawn)", or "" when J > 0 throughout. */
    private static String signNote(double[] epochs, double[] js) {
        StringBuilder s = new StringBuilder();
        String negative = epochRanges(epochs, js, j -> j < 0);
        if (!negative.isEmpty()) {
            s.append("\nJ < 0 at ").append(negative).append(" (log axis shows |J|)");
        }
        String zero = epochRanges(epochs, js, j -> j == 0);
        if (!zero.isEmpty()) {
            s.append("\nJ = 0 at ").append(zero).append(" (not drawn)");
        }
        return s.toString();
    }

    /** The epochs whose J passes {@code test}, as "epoch 3" or "epochs 0–2, 5"; "" when none. */
    static String epochRanges(double[] epochs, double[] js, DoublePredicate test) {
        List<String> parts = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < js.length; i++) {
            if (!test.test(js[i])) {
                continue;
            }
            int end = i;
            while (end + 1 < js.length && test.test(js[end + 1])) {
                end++;
            }
            parts.add(end == i ? num(epochs[i]) : num(epochs[i]) + "–" + num(epochs[end]));
            count += end - i + 1;
            i = end;
        }
        return parts.isEmpty() ? "" : (count == 1 ? "epoch " : "epochs ") + String.join(", ", parts);
    }

    /** All runs in one figure (2×2 for four runs). */
    public static ChartGrid grid(String title, List<DescentRun> runs) {
        List<LineChart> panels = new ArrayList<>();
        for (DescentRun r : runs) {
            panels.add(run(r));
        }
        return ChartGrid.of(title, panels);
    }

    /** e.g. {@code sgd, w0 = 0.2, η = 5}. */
    public static String title(DescentRun run) {
        return run.optimizer() + ",  w0 = " + num(run.w0()) + ",  η = " + num(run.lr());
    }

    /** The outcome in words: final w and J, or where it diverged and the last finite values (the chart's note adds the optimizer's settings). */
    public static String outcome(DescentRun run) {
        DescentPoint last = run.last();
        String values = "w = " + num(last.w()) + ",  J = " + num(last.j());
        if (run.status() == DescentStatus.DIVERGED) {
            return "diverged at epoch " + run.divergedAtEpoch() + " (overflow)\nshown up to epoch " + last.epoch()
                    + "\nlast finite: " + values;
        }
        return run.status().label() + " after " + run.epochs() + " epochs\nfinal " + values;
    }

    private static String shortKind(CriticalPointKind kind) {
        return switch (kind) {
            case GLOBAL_MINIMUM -> "global min";
            case LOCAL_MINIMUM -> "local min";
            case LOCAL_MAXIMUM -> "local max";
            case GLOBAL_MAXIMUM -> "global max";
            case SADDLE -> "saddle";
        };
    }

    /** Up to 6 significant digits, trailing zeros dropped; scientific notation for huge or tiny values. */
    public static String num(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Double.toString(v);
        }
        double a = Math.abs(v);
        if (a >= 1e6 || a < 1e-4) {
            return String.format(Locale.ROOT, "%.4e", v).replaceFirst("\\.?0+e", "e").replace("e+", "e")
                    .replaceFirst("e(-?)0+(\\d)", "e$1$2");
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        return s.contains(".") ? s.replaceFirst("0+$", "").replaceFirst("\\.$", "") : s;
    }
}
