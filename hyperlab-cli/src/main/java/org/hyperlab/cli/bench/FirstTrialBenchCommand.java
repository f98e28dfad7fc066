package org.hyperlab.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hyperlab.bench.samplers.SamplerOverhead;
import org.hyperlab.cli.common.ExitCodes;
import org.hyperlab.cli.common.Json;
import org.hyperlab.cli.common.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code hyperlab bench first-trial}: how long a user waits for the first result of a sweep. Each repeat starts a
 * child {@code hyperlab sweep run FILE --trials 1 --storage memory:} (this JVM's options and class-data-sharing
 * archive, see {@link ChildJvm}; output in a temporary directory removed afterwards) and measures the wall time
 * from starting the process to its progress line for the first finished trial ({@value #PROGRESS_PREFIX}...), which
 * the sweep prints as the trial ends: JVM start, data load, JIT warm-up and the trial's own training together.
 */
@Command(name = "first-trial", mixinStandardHelpOptions = true,
        description = {"Time a sweep from process start to the end of its first trial, in a child process.",
                "The child runs 'sweep run FILE --trials 1 --storage memory:' with this JVM's options; the time runs "
                        + "until its progress line for the finished trial."},
        footer = {"", "Examples:",
                "  hyperlab bench first-trial                  the MNIST example sweep, 3 times",
                "  hyperlab bench first-trial --sweep-file my-sweep.yaml --repeats 5 --json"})
public final class FirstTrialBenchCommand implements Callable<Integer> {
    /** How {@code sweep run} starts the line it prints for each finished trial. */
    static final String PROGRESS_PREFIX = "sweep: trial ";
    /** Most repeats accepted. */
    static final int MAX_REPEATS = 100;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--sweep-file", paramLabel = "FILE", defaultValue = "examples/sweep-mnist-tpe.yaml",
            description = "The sweep to start (default: ${DEFAULT-VALUE}).")
    Path sweepFile;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "3",
            description = "Child processes, one after another, 1 to 100 (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() {
        if (repeats < 1 || repeats > MAX_REPEATS) {
            throw new UsageException("--repeats: expected 1.." + MAX_REPEATS + ", got " + repeats);
        }
        if (!Files.isRegularFile(sweepFile)) {
            throw new UsageException("--sweep-file: " + sweepFile + " is not a file");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        double loadBefore = SamplerOverhead.loadAverage();
        List<Double> seconds = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            double s = once(err);
            if (s < 0) {
                return ExitCodes.FAILURE;
            }
            seconds.add(s);
            if (!json) {
                out.printf(Locale.ROOT, "first trial of %s finished %.2f s after the process started%n", sweepFile, s);
                out.flush();
            }
        }
        double loadAfter = SamplerOverhead.loadAverage();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("sweepFile", sweepFile.toString());
            doc.put("secondsToFirstTrialEnd", seconds);
            doc.put("processors", Runtime.getRuntime().availableProcessors());
            doc.put("loadAverageBefore", loadBefore);
            doc.put("loadAverageAfter", loadAfter);
            Json.print(out, doc);
        } else {
            out.printf(Locale.ROOT, "load average before: %.2f, after: %.2f (%d processors)%n", loadBefore, loadAfter,
                    Runtime.getRuntime().availableProcessors());
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** Seconds from the child's start to its first progress line, or −1 (reason on {@code err}) when there was none. */
    private double once(PrintWriter err) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("hyperlab-first-trial");
            List<String> command = ChildJvm.command(true, List.of(), List.of("sweep", "run", sweepFile.toString(),
                    "--trials", "1", "--storage", "memory:", "--study", "first-trial-bench", "--out", dir.toString()));
            long t0 = System.nanoTime();
            Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            child.getOutputStream().close();
            double seconds = -1;
            String last = "";
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (seconds < 0 && line.startsWith(PROGRESS_PREFIX)) {
                        seconds = (System.nanoTime() - t0) * 1e-9;
                    }
                    if (!line.isBlank()) {
                        last = line;
                    }
                }
            }
            int exit = child.waitFor();
            if (exit != 0 || seconds < 0) {
                err.println("bench first-trial: the sweep child exited with " + exit + " before a trial finished: " + last);
                err.flush();
                return -1;
            }
            return seconds;
        } catch (IOException e) {
            throw new UncheckedIOException("bench first-trial: could not run the sweep child: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } finally {
            TempDirs.delete(dir);
        }
    }
}
