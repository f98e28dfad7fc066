package org.hyperlab.cli.assignment;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperlab.cli.common.Json;
import org.hyperlab.cli.common.RunOutput;
import org.hyperlab.cli.common.UsageException;
import org.hyperlab.cli.common.VersionProvider;
import org.hyperlab.core.io.AtomicFiles;
import org.hyperlab.core.tensor.runtime.Parallel;
import org.hyperlab.report.assignment.AssignmentSettings;
import org.hyperlab.report.assignment.AssignmentStudy;
import org.hyperlab.report.assignment.Environment;
import org.hyperlab.report.doc.Figure;
import org.hyperlab.report.doc.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code hyperlab assignment}: runs the whole "Exploring Hyperparameters" study ({@link AssignmentStudy}) and
 * writes a fresh report directory: {@code index.html}, {@code report.md}, every figure as PNG and SVG, the data
 * behind each figure and table as CSV, and {@code summary.json} with the headline numbers. Progress goes to stderr;
 * stdout gets the directory (or, with {@code --json}, one JSON document).
 */
@Command(
        name = "assignment",
        mixinStandardHelpOptions = true,
        description = {"Run the whole assignment and write one reproducible report (HTML and Markdown).",
                "All six sections: theory, the objective, initialization, learning rate, Adam, and MNIST with its "
                        + "hyperparameter decisions."},
        footer = {"", "Examples:",
                "  hyperlab assignment                         the full report under runs/assignment-<time>",
                "  hyperlab assignment --quick --out /tmp/a    a small, fast version (a subset of MNIST)",
                "  hyperlab assignment --seed 7 --json         another seed; print the headline numbers as JSON"})
public final class AssignmentCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Report directory (new or empty; default: a fresh runs/assignment-<time>).")
    Path out;

    @Option(names = "--quick", description = "A small subset of MNIST and fewer epochs and configurations (seconds, not minutes).")
    boolean quick;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Use the MNIST IDX files in DIR instead of the installed copy (fetched when missing).")
    Path dataDir;

    @Option(names = "--threads", paramLabel = "N", description = "Kernel threads, 1 to 256 (default: all cores).")
    Integer threads;

    @Option(names = "--json", description = "Print one JSON document (directory, timing, headline numbers) on stdout.")
    boolean json;

    @Override
    public void run() {
        if (threads != null) {
            try {
                Parallel.setThreads(threads);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--" + e.getMessage());
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        Path dir = RunOutput.directory(out, "assignment");
        AssignmentSettings settings = quick ? AssignmentSettings.quick(seed, dataDir) : AssignmentSettings.full(seed, dataDir);
        Environment env = new Environment(command(), VersionProvider.version(), Parallel.threads());
        err.println("assignment: writing the report to " + dir);
        err.flush();
        AssignmentStudy.Outcome outcome = AssignmentStudy.run(settings, env, message -> {
            err.printf("assignment %6.1fs  %s%n", (System.nanoTime() - start) / 1e9, message);
            err.flush();
        });
        Path index = ReportWriter.write(outcome.report(), dir);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("reportDir", dir.toString());
        doc.put("index", index.toString());
        doc.put("markdown", dir.resolve("report.md").toString());
        doc.put("seed", seed);
        doc.put("quick", quick);
        doc.put("seconds", outcome.seconds());
        List<String> figures = new ArrayList<>();
        for (Figure f : outcome.report().figures()) {
            figures.add(f.pngPath());
        }
        doc.put("figures", figures);
        Map<String, Object> numbers = new LinkedHashMap<>();
        outcome.numbers().asMap().forEach((k, v) -> numbers.put(k, v instanceof Double d ? Json.finiteOrNull(d) : v));
        doc.put("numbers", numbers);
        AtomicFiles.writeString(dir.resolve("summary.json"), Json.write(doc) + "\n");
        err.printf("assignment: done in %.1f s: %s%n", (System.nanoTime() - start) / 1e9, index);
        err.flush();
        if (json) {
            Json.print(spec.commandLine().getOut(), doc);
        } else {
            spec.commandLine().getOut().println(index);
        }
    }

    private String command() {
        StringBuilder sb = new StringBuilder("./hyperlab assignment");
        if (quick) {
            sb.append(" --quick");
        }
        sb.append(" --seed ").append(seed);
        if (threads != null) {
            sb.append(" --threads ").append(threads);
        }
        if (dataDir != null) {
            sb.append(" --data-dir ").append(dataDir);
        }
        return sb.toString();
    }
}
