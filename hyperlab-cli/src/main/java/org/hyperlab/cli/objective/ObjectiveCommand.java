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
import org.hyperlab.cli.common.RunOutput;
import org.hyperlab.cli.common.UsageException;
import org.hyperlab.core.io.AtomicFiles;
import org.hyperlab.core.objective.CriticalPoint;
import org.hyperlab.core.objective.ObjectiveAnalysis;
import org.hyperlab.core.objective.ObjectiveTable;
import org.hyperlab.core.objective.PolynomialObjective;
import org.hyperlab.core.objective.Rational;
import org.hyperlab.report.chart.ChartRenderer;
import org.hyperlab.report.chart.LineChart;
import org.hyperlab.report.objective.ObjectiveFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hyperlab objective}: J tabulated and plotted against w, with its exact critical points marked. */
@Command(name = "objective", mixinStandardHelpOptions = true,
        description = {"Plot J(w) with its critical points (exact when rational).",
                "Writes objective.png, objective.svg, objective.csv, critical-points.csv and objective.json into a "
                        + "new output directory."},
        footer = {"", "Examples:",
                "  hyperlab objective                                   the seed's quartic, w from -2 to 5, x = 1",
                "  hyperlab objective --x 2 --from -1 --to 3 --step 0.05",
                "  hyperlab objective --objective \"w^4/4 - w^2\" --json"})
public final class ObjectiveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Mixin
    ObjectiveOptions objectiveOptions;

    @Option(names = "--from", paramLabel = "W", description = "first w of the table (default: ${DEFAULT-VALUE})")
    String from = "-2";

    @Option(names = "--to", paramLabel = "W", description = "last w of the table (default: ${DEFAULT-VALUE})")
    String to = "5";

    @Option(names = "--step", paramLabel = "H", description = "spacing of the table (default: ${DEFAULT-VALUE})")
    String step = "0.1";

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (new or empty; default: a fresh runs/objective-<time>)")
    Path out;

    @Option(names = "--json", description = "print the critical points and the table as one JSON document")
    boolean json;

    @Override
    public Integer call() {
        PolynomialObjective objective = objectiveOptions.resolve();
        ObjectiveAnalysis analysis = analyze(objective);
        ObjectiveTable table;
        try {
            table = ObjectiveTable.of(objective.j(), ObjectiveOptions.rational("--from", from),
                    ObjectiveOptions.rational("--to", to), ObjectiveOptions.rational("--step", step));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--from/--to/--step: " + e.getMessage(), e);
        }
        Map<String, Object> document = document(objective, analysis, table);
        Path dir = RunOutput.directory(out, "objective");
        LineChart chart = ObjectiveFigures.objective(objective, analysis, table);
        ChartRenderer.writePng(chart, dir.resolve("objective.png"));
        ChartRenderer.writeSvg(chart, dir.resolve("objective.svg"));
        AtomicFiles.writeString(dir.resolve("objective.csv"), table.toCsv());
        AtomicFiles.writeString(dir.resolve("critical-points.csv"), criticalPointsCsv(analysis.criticalPoints()));
        AtomicFiles.writeString(dir.resolve("objective.json"), Json.write(document));
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            Json.print(stdout, document);
        } else {
            printText(stdout, objective, analysis, table);
        }
        spec.commandLine().getErr().println("wrote " + dir);
        return ExitCodes.OK;
    }

    static ObjectiveAnalysis analyze(PolynomialObjective objective) {
        try {
            return objective.analyze();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--objective: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> document(PolynomialObjective o, ObjectiveAnalysis a, ObjectiveTable t) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("objective", o.expression());
        doc.put("x", o.x().toString());
        doc.put("J", o.j().toString());
        doc.put("derivative", o.derivativeText());
        doc.put("derivativeAtX", a.derivative().toString());
        doc.put("boundedBelow", a.boundedBelow());
        doc.put("criticalPoints", CriticalPointsJson.of(a.criticalPoints()));
        List<Map<String, Object>> rows = new ArrayList<>();
        double[] w = t.w();
        double[] j = t.j();
        for (int i = 0; i < w.length; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("w", w[i]);
            row.put("J", Json.finiteOrNull(j[i]));
            rows.add(row);
        }
        doc.put("table", rows);
        return doc;
    }

    private static String criticalPointsCsv(List<CriticalPoint> points) {
        StringBuilder sb = new StringBuilder("w,J,wValue,JValue,kind,secondDerivative\n");
        for (CriticalPoint p : points) {
            sb.append(p.wText()).append(',').append(p.jText()).append(',').append(p.wValue()).append(',')
                    .append(p.jValue()).append(',').append(p.kind().label()).append(',').append(p.secondDerivative())
                    .append('\n');
        }
        return sb.toString();
    }

    private static void printText(PrintWriter out, PolynomialObjective o, ObjectiveAnalysis a, ObjectiveTable t) {
        out.println("J(w)  = " + o.expression() + "   (x = " + o.x() + ")");
        out.println("      = " + o.j());
        out.println("J'(w) = " + o.derivativeText());
        out.println("      = " + a.derivative());
        out.println();
        out.println("critical points (J'(w) = 0):");
        for (CriticalPoint p : a.criticalPoints()) {
            out.printf("  w = %-10s J = %-10s J'' = %-8s %s%n", p.wText(), p.jText(), ObjectiveFigures.num(p.secondDerivative()),
                    p.kind().label() + (p.order() > 2 ? " (first non-zero derivative: order " + p.order() + ")" : ""));
        }
        if (a.criticalPoints().isEmpty()) {
            out.println("  none");
        }
        out.println(a.boundedBelow() ? "J is bounded below (even degree, positive leading coefficient)."
                : "J is not bounded below: it has no global minimum.");
        double[] w = t.w();
        out.println();
        out.println("table: " + t.size() + " rows, w from " + ObjectiveFigures.num(w[0]) + " to "
                + ObjectiveFigures.num(w[w.length - 1]) + " (objective.csv)");
        out.flush();
    }
}
