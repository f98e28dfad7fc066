package org.hyperlab.cli.objective;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hyperlab.cli.common.ConfigOption;
import org.hyperlab.cli.common.ExitCodes;
import org.hyperlab.cli.common.Json;
import org.hyperlab.cli.common.PhaseTimer;
import org.hyperlab.cli.common.RunOutput;
import org.hyperlab.cli.common.UsageException;
import org.hyperlab.core.io.AtomicFiles;
import org.hyperlab.core.objective.DescentCsv;
import org.hyperlab.core.objective.DescentExperiment;
import org.hyperlab.core.objective.DescentPoint;
import org.hyperlab.core.objective.DescentPresets;
import org.hyperlab.core.objective.DescentRun;
import org.hyperlab.core.objective.PolynomialObjective;
import org.hyperlab.report.chart.ChartGrid;
import org.hyperlab.report.chart.ChartRenderer;
import org.hyperlab.report.chart.LineChart;
import org.hyperlab.report.objective.ObjectiveFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hyperlab descend}: runs an optimizer on a 1-D objective from every combination of starting point and
 * learning rate, explains each outcome from the objective's analysis and writes one figure per run, a grid,
 * the histories (CSV) and a summary.
 */
@Command(name = "descend", mixinStandardHelpOptions = true,
        description = {"Run an optimizer on a 1-D objective from each w0 with each learning rate.",
                "Every combination is one run; reports status (converged, not-converged, diverged) and a diagnosis "
                        + "computed from the objective's critical points, and writes run-N-*.png/svg, grid.png/svg, "
                        + "history.csv, summary.csv and descend.json into a new output directory."},
        footer = {"", "Examples:",
                "  hyperlab descend --w0 -1,0.2,0.9,4 --lr 0.1 --epochs 100   (= --preset initialization)",
                "  hyperlab descend --preset learning-rate    eta = 0.001, 0.01, 1, 5 from w0 = 0.2",
                "  hyperlab descend --preset adam --json      Adam, w0 = 0.2, eta = 5",
                "  hyperlab descend --optimizer momentum --momentum 0.5 --w0 4 --lr 0.05,0.2"})
public final class DescendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Mixin
    ObjectiveOptions objectiveOptions;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "the assignment's runs: initialization, learning-rate or adam (other flags override it)")
    String preset;

    @Option(names = "--w0", split = ",", paramLabel = "W", description = "starting points (default: -1,0.2,0.9,4); at most 25 runs (starting points x rates) in all")
    List<Double> w0s;

    @Option(names = {"--lr", "--learning-rate"}, split = ",", paramLabel = "ETA", description = "learning rates (default: 0.1)")
    List<Double> lrs;

    @Option(names = "--epochs", paramLabel = "N", description = "epochs per run, 0..10000, at most 200000 kept in all runs together (default: 100)")
    Integer epochs;

    @Option(names = "--optimizer", paramLabel = "NAME",
            description = "sgd, momentum, nesterov, adagrad, rmsprop or adam (default: sgd)")
    String optimizer;

    @Option(names = "--momentum", paramLabel = "MU", description = "momentum (momentum, nesterov: 0.9; rmsprop: 0)")
    Double momentum;

    @Option(names = "--beta1", paramLabel = "RHO1", description = "Adam's first-moment decay (0.9)")
    Double beta1;

    @Option(names = "--beta2", paramLabel = "RHO2", description = "Adam's second-moment decay (0.999)")
    Double beta2;

    @Option(names = "--epsilon", paramLabel = "DELTA", description = "denominator constant of adagrad, rmsprop and adam")
    Double epsilon;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (new or empty; default: a fresh runs/<preset or descend>-<time>)")
    Path out;

    @Option(names = "--json", description = "print {\"runs\": [...]} as one JSON document")
    boolean json;

    @Override
    public Integer call() {
        PhaseTimer.mark("parsed arguments");
        DescentExperiment experiment = experiment(objectiveOptions.resolve());
        ObjectiveCommand.analyze(experiment.objective());
        List<DescentRun> runs;
        try {
            runs = experiment.run();
        } catch (IllegalArgumentException e) {
            // an optimizer hyperparameter out of range, or a w0 where J is not finite
            throw new UsageException(e.getMessage(), e);
        }
        PhaseTimer.mark("descent runs");
        Path dir = RunOutput.directory(out, experiment.name());
        Map<String, Object> document = Map.of("runs", runsJson(runs));
        Written written = writeFiles(dir, experiment, runs, document);
        PhaseTimer.mark("figures, CSV and JSON files");
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            stdout.println(written.json()); // the same text as Json.print(stdout, document), serialized once
            stdout.flush();
        } else {
            printText(stdout, experiment, runs, written.figures());
        }
        PhaseTimer.mark("printed");
        spec.commandLine().getErr().println("wrote " + dir);
        return ExitCodes.OK;
    }

    /** The preset (if any) with every explicitly given flag applied over it. */
    DescentExperiment experiment(PolynomialObjective objective) {
        try {
            DescentExperiment base = preset == null ? DescentPresets.standard(objective)
                    : DescentPresets.byName(preset, objective);
            return base.with(w0s, lrs, epochs, optimizer, momentum, beta1, beta2, epsilon);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /** What {@link #writeFiles} wrote: the PNG names in run order, and the text of {@code descend.json}. */
    private record Written(List<String> figures, String json) {
    }

    /**
     * Writes the figures (each one's PNG and SVG from the same chart objects), the CSV files and {@code descend.json}
     * (the slowest first: the grid, then the JSON, then the runs), two at a time.
     */
    private static Written writeFiles(Path dir, DescentExperiment experiment, List<DescentRun> runs,
            Map<String, Object> document) {
        List<String> figures = new ArrayList<>();
        String[] json = new String[1]; // set by its task; read after runAll has joined every thread
        List<Runnable> tasks = new ArrayList<>();
        ChartGrid grid = ObjectiveFigures.grid(experiment.name() + ": J(w) = " + experiment.objective().expression()
                + ", x = " + experiment.objective().x(), runs);
        int width = Math.min(2400, 600 * grid.columns());
        int height = Math.min(2400, 60 + 400 * grid.rows());
        tasks.add(() -> ChartRenderer.writePngAndSvg(grid, dir.resolve("grid.png"), dir.resolve("grid.svg"),
                width, height));
        tasks.add(() -> {
            json[0] = Json.write(document);
            AtomicFiles.writeString(dir.resolve("descend.json"), json[0]);
        });
        for (int i = 0; i < runs.size(); i++) {
            DescentRun r = runs.get(i);
            String stem = "run-" + (i + 1) + "-w0=" + ObjectiveFigures.num(r.w0()) + "-lr=" + ObjectiveFigures.num(r.lr());
            LineChart chart = ObjectiveFigures.run(r);
            tasks.add(() -> ChartRenderer.writePngAndSvg(chart, dir.resolve(stem + ".png"), dir.resolve(stem + ".svg")));
            figures.add(stem + ".png");
        }
        figures.add("grid.png");
        tasks.add(() -> AtomicFiles.writeString(dir.resolve("history.csv"), DescentCsv.histories(runs)));
        tasks.add(() -> AtomicFiles.writeString(dir.resolve("summary.csv"), DescentCsv.summary(runs)));
        ParallelTasks.runAll(tasks);
        return new Written(figures, json[0]);
    }

    /** The issue's JSON shape: optimizer, w0, lr, epochs, status, divergedAtEpoch, final, history, diagnosis. */
    static List<Map<String, Object>> runsJson(List<DescentRun> runs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (DescentRun r : runs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("optimizer", r.optimizer());
            m.put("w0", r.w0());
            m.put("lr", r.lr());
            m.put("epochs", r.epochs());
            m.put("status", r.status().label());
            m.put("divergedAtEpoch", r.divergedAtEpoch());
            m.put("final", point(r.last()));
            List<Map<String, Object>> history = new ArrayList<>();
            for (DescentPoint p : r.history()) {
                history.add(point(p));
            }
            m.put("history", history);
            m.put("diagnosis", r.diagnosis());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> point(DescentPoint p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("epoch", p.epoch());
        m.put("w", p.w());
        m.put("J", p.j());
        return m;
    }

    private static void printText(PrintWriter out, DescentExperiment e, List<DescentRun> runs, List<String> figures) {
        out.println("J(w) = " + e.objective().expression() + "   (x = " + e.objective().x() + "), " + e.epochs()
                + " epochs, " + runs.get(0).settings().replaceAll("lr=[^,)]*", "lr=η"));
        out.printf("%-4s %-9s %-8s %-8s %-14s %-6s %-14s %-14s%n", "run", "optimizer", "w0", "lr", "status", "epoch", "w", "J");
        for (int i = 0; i < runs.size(); i++) {
            DescentRun r = runs.get(i);
            out.printf("%-4d %-9s %-8s %-8s %-14s %-6d %-14s %-14s%n", i + 1, r.optimizer(), ObjectiveFigures.num(r.w0()),
                    ObjectiveFigures.num(r.lr()), r.status().label()
                            + (r.divergedAtEpoch() == null ? "" : "@" + r.divergedAtEpoch()),
                    r.last().epoch(), ObjectiveFigures.num(r.last().w()), ObjectiveFigures.num(r.last().j()));
        }
        out.println();
        for (int i = 0; i < runs.size(); i++) {
            out.println((i + 1) + ". " + runs.get(i).diagnosis());
        }
        out.println();
        out.println("figures: " + String.join(", ", figures));
        out.flush();
    }
}
