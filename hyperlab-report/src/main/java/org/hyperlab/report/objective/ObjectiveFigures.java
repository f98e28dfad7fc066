package org.hyperlab.report.objective;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** Epoch against J for one run (history up to the last finite point), with the outcome written in a corner. */
    public static LineChart run(DescentRun run) {
        List<DescentPoint> h = run.history();
        double[] epochs = h.stream().mapToDouble(DescentPoint::epoch).toArray();
        double[] js = h.stream().mapToDouble(DescentPoint::j).toArray();
        DescentPoint last = run.last();
        boolean diverged = run.status() == DescentStatus.DIVERGED;
        LineChart.Builder b = LineChart.builder(title(run), "epoch", "J(w)")
                .series(new Series("J", epochs, js, h.size() <= 30 ? Series.Style.LINE_AND_POINTS : Series.Style.LINE))
                .legend(false)
                .marker(last.epoch(), last.j(), diverged ? "last finite" : "final")
                // a diverging curve ends in the top-right corner: keep the note out of its way
                .note(new Note(outcome(run) + "\n" + run.settings(), diverged ? Note.Corner.TOP_LEFT : Note.Corner.TOP_RIGHT));
        return b.build();
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
