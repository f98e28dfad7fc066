package org.hyperlab.report.assignment;

import static org.hyperlab.report.text.Numbers.compact;
import static org.hyperlab.report.text.Numbers.fixed;

import java.util.ArrayList;
import java.util.List;
import org.hyperlab.core.objective.CriticalPoint;
import org.hyperlab.core.objective.DescentPoint;
import org.hyperlab.core.objective.DescentPresets;
import org.hyperlab.core.objective.DescentRun;
import org.hyperlab.core.objective.DescentStatus;
import org.hyperlab.core.objective.ObjectiveAnalysis;
import org.hyperlab.core.objective.ObjectiveTable;
import org.hyperlab.core.objective.PolynomialObjective;
import org.hyperlab.core.objective.Rational;
import org.hyperlab.report.doc.Block;
import org.hyperlab.report.doc.BulletList;
import org.hyperlab.report.doc.Figure;
import org.hyperlab.report.doc.Paragraph;
import org.hyperlab.report.doc.Section;
import org.hyperlab.report.doc.Table;
import org.hyperlab.report.objective.ObjectiveFigures;

/**
 * Sections 2–5 of the report: the objective with its critical points, then the initialization, learning-rate and
 * Adam experiments, run with the core's descent engine ({@link DescentPresets}) and explained by its diagnosis.
 * Every sentence that states a result is assembled from the runs' numbers.
 */
final class ObjectiveSections {
    private final PolynomialObjective objective;
    private final ObjectiveAnalysis analysis;
    private final KeyNumbers numbers;

    ObjectiveSections(PolynomialObjective objective, KeyNumbers numbers) {
        this.objective = objective;
        this.analysis = objective.analyze();
        this.numbers = numbers;
    }

    /** Section 2: J from −2 to 5 (step 0.1) with the critical points marked and tabulated. */
    Section objectiveSection() {
        ObjectiveTable table = ObjectiveTable.of(objective.j(), Rational.of(-2), Rational.of(5), Rational.of(1, 10));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("J(w) = " + objective.expression() + " at x = " + objective.x() + ", evaluated at "
                + table.size() + " points from w = −2 to w = 5 in steps of 0.1. Its derivative is `dJ/dw = "
                + objective.derivativeText() + "`."));
        blocks.add(Figure.of("objective", "J(w) from −2 to 5 with its critical points marked (global minimum in red).",
                ObjectiveFigures.objective(objective, analysis, table)));
        Table.Builder t = Table.builder("critical-points", "Critical points (J′(w) = 0), exact", "w", "J(w)", "kind",
                "J″(w)", "gradient-descent stability limit 2/J″");
        for (CriticalPoint p : analysis.criticalPoints()) {
            double limit = p.stabilityLimit();
            t.row(p.wText(), p.jText(), p.kind().label(), compact(p.secondDerivative()),
                    Double.isNaN(limit) ? "—" : "η < " + compact(limit));
            numbers.put("objective.criticalPoint.w=" + p.wText() + ".J", p.jText());
            numbers.put("objective.criticalPoint.w=" + p.wText() + ".kind", p.kind().label());
        }
        blocks.add(t.build());
        blocks.add(new Paragraph(criticalPointSentence()));
        return new Section("objective", "2. The objective J(w)", blocks);
    }

    private String criticalPointSentence() {
        List<String> parts = new ArrayList<>();
        for (CriticalPoint p : analysis.criticalPoints()) {
            parts.add(p.describe());
        }
        StringBuilder s = new StringBuilder("J′(w) = 0 at " + parts.size() + " point" + (parts.size() == 1 ? "" : "s")
                + ": " + String.join("; ", parts) + ".");
        if (!analysis.globalMinima().isEmpty()) {
            CriticalPoint g = analysis.globalMinima().get(0);
            s.append(" J is bounded below (even degree, positive leading coefficient), so the lowest minimum, w = ")
                    .append(g.wText()).append(" with J = ").append(g.jText()).append(", is the global minimum.");
        }
        return s.toString();
    }

    /** Section 3: four starting points, η = 0.1, 100 epochs. */
    Section initialization(List<DescentRun> runs) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Plain gradient descent w ← w − η·J′(w) with η = " + compact(runs.get(0).lr()) + " for "
                + runs.get(0).epochs() + " epochs from " + runs.size() + " starting points."));
        blocks.add(Figure.of("initialization-grid", "J against epoch for each starting point; the final w and J are "
                + "written on each panel.", ObjectiveFigures.grid("Initialization: η = " + compact(runs.get(0).lr()),
                runs)));
        blocks.add(runTable("initialization", runs));
        blocks.add(new BulletList(explanations(runs, "w0")));
        blocks.add(new Section("initialization-runs", "Each run", runFigures("initialization", runs)));
        record("initialization", runs, true);
        return new Section("initialization", "3. Initialization", blocks);
    }

    /** Section 4: four learning rates from w0 = 0.2, with the stability limits. */
    Section learningRate(List<DescentRun> runs) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Plain gradient descent from w0 = " + compact(runs.get(0).w0()) + " for "
                + runs.get(0).epochs() + " epochs with " + runs.size() + " learning rates."));
        blocks.add(Figure.of("learning-rate-grid", "J against epoch for each learning rate; a diverged run is shown up "
                + "to its last finite value, on a logarithmic J axis so that its growth shows.", ObjectiveFigures.grid("Learning rate: w0 = " + compact(runs.get(0).w0()),
                runs)));
        blocks.add(runTable("learning-rate", runs));
        List<String> limits = new ArrayList<>();
        for (CriticalPoint m : analysis.minima()) {
            limits.add("at the " + m.kind().label() + " w* = " + m.wText() + ", J″ = " + compact(m.secondDerivative())
                    + ", so descent can settle there only for η < 2/J″ = " + compact(m.stabilityLimit()));
            numbers.put("learningRate.stabilityLimit.w=" + m.wText(), m.stabilityLimit());
        }
        blocks.add(new Paragraph("Stability limits (one step near w* multiplies the distance to w* by 1 − η·J″(w*)): "
                + String.join("; ", limits) + "."));
        blocks.add(new BulletList(explanations(runs, "lr")));
        blocks.add(new Section("learning-rate-runs", "Each run", runFigures("learning-rate", runs)));
        record("learningRate", runs, false);
        return new Section("learning-rate", "4. Learning rate", blocks);
    }

    /** Section 5: Adam with η = 5 from w0 = 0.2, compared with plain descent at the same η. */
    Section adam(DescentRun adam, DescentRun plainSameLr) {
        List<Block> blocks = new ArrayList<>();
        DescentPoint last = adam.last();
        blocks.add(new Paragraph("Adam (" + adam.settings() + ") from w0 = " + compact(adam.w0()) + " for " + adam.epochs()
                + " epochs."));
        blocks.add(Figure.of("adam", "Adam: J against epoch, with the final w and J.", ObjectiveFigures.run(adam)));
        blocks.add(new Paragraph("Adam " + adam.status().label() + ": after epoch " + last.epoch() + ", w = "
                + fixed(last.w(), 4) + " and J = " + fixed(last.j(), 4) + ". " + adam.diagnosis()));
        if (adam.history().size() > 1) {
            double w0 = adam.history().get(0).w();
            double w1 = adam.history().get(1).w();
            double gradient = objective.j().derivative(w0);
            blocks.add(new Paragraph("What Adam did differently: its first step moved w by " + compact(Math.abs(w1 - w0))
                    + ", about η = " + compact(adam.lr()) + ", although J′(w0) = " + compact(gradient)
                    + "; plain descent's first step would have been η·|J′(w0)| = " + compact(adam.lr() * Math.abs(gradient))
                    + ". Adam divides the (bias-corrected) mean gradient by the root of its mean square, so each step's "
                    + "size is set by η rather than by the gradient's magnitude."));
            numbers.put("adam.firstStep", Math.abs(w1 - w0));
        }
        if (plainSameLr != null) {
            blocks.add(new Paragraph("Plain gradient descent with the same η = " + compact(plainSameLr.lr()) + " from w0 = "
                    + compact(plainSameLr.w0()) + " " + outcome(plainSameLr) + "."));
        }
        numbers.put("adam.status", adam.status().label());
        numbers.put("adam.finalW", last.w());
        numbers.put("adam.finalJ", last.j());
        return new Section("adam", "5. Adam", blocks);
    }

    private static String outcome(DescentRun r) {
        if (r.status() == DescentStatus.DIVERGED) {
            return "diverged: J overflowed at epoch " + r.divergedAtEpoch() + " (last finite J = " + compact(r.last().j())
                    + " at epoch " + r.last().epoch() + ")";
        }
        return "ended " + r.status().label() + " at w = " + fixed(r.last().w(), 4) + ", J = " + fixed(r.last().j(), 4);
    }

    private Table runTable(String name, List<DescentRun> runs) {
        Table.Builder t = Table.builder(name + "-runs", "", "w0", "η", "status", "last epoch", "final w", "final J");
        for (DescentRun r : runs) {
            DescentPoint last = r.last();
            String status = r.status() == DescentStatus.DIVERGED
                    ? "diverged at epoch " + r.divergedAtEpoch() : r.status().label();
            t.row(compact(r.w0()), compact(r.lr()), status, Integer.toString(last.epoch()), fixed(last.w(), 4),
                    fixed(last.j(), 4));
        }
        return t.build();
    }

    private static List<String> explanations(List<DescentRun> runs, String by) {
        List<String> items = new ArrayList<>();
        for (DescentRun r : runs) {
            String key = by.equals("w0") ? "w0 = " + compact(r.w0()) : "η = " + compact(r.lr());
            items.add("**" + key + ":** " + r.diagnosis());
        }
        return items;
    }

    private static List<Block> runFigures(String prefix, List<DescentRun> runs) {
        List<Block> figures = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            DescentRun r = runs.get(i);
            figures.add(Figure.of(prefix + "-run-" + (i + 1), ObjectiveFigures.title(r) + ": "
                    + ObjectiveFigures.outcome(r).replace('\n', ' ') + ".", ObjectiveFigures.run(r)));
        }
        return figures;
    }

    private void record(String section, List<DescentRun> runs, boolean byW0) {
        for (DescentRun r : runs) {
            String key = section + "." + (byW0 ? "w0=" + r.w0() : "lr=" + r.lr());
            numbers.put(key + ".status", r.status().label());
            numbers.put(key + ".finalW", r.last().w());
            numbers.put(key + ".finalJ", r.last().j());
            if (r.divergedAtEpoch() != null) {
                numbers.put(key + ".divergedAtEpoch", r.divergedAtEpoch());
            }
        }
    }

    /** Runs the three presets. */
    static List<List<DescentRun>> runPresets(PolynomialObjective objective) {
        return List.of(DescentPresets.initialization(objective).run(), DescentPresets.learningRate(objective).run(),
                DescentPresets.adam(objective).run());
    }
}
