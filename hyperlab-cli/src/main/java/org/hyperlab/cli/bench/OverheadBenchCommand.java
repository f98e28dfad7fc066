package org.hyperlab.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hyperlab.bench.samplers.SamplerOverhead;
import org.hyperlab.bench.samplers.SamplerOverhead.PerTrial;
import org.hyperlab.bench.samplers.SamplerOverhead.Store;
import org.hyperlab.cli.common.ExitCodes;
import org.hyperlab.cli.common.Json;
import org.hyperlab.cli.common.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code hyperlab bench overhead}: the default sampler's cost per trial ({@link SamplerOverhead}) on a trivial
 * objective, in memory and in a fresh SQLite file (in a temporary directory removed afterwards): for each store one
 * untimed warm-up study of {@code min(trials, 200)} trials, then {@code --repeats} timed studies, each printed as
 * wall ms per trial (mean, and over the last 100 trials) and CPU ms per trial, with the load average before and after.
 */
@Command(name = "overhead", mixinStandardHelpOptions = true,
        description = {"Time the default sampler's cost per trial on a trivial objective, in memory and in SQLite.",
                "Multivariate TPE on Branin; wall time per trial (mean and over the last 100 trials: whether it grows "
                        + "with the trial count) and CPU time of the study's thread, with the load average."},
        footer = {"", "Examples:",
                "  hyperlab bench overhead                          500 trials, 3 repeats per store",
                "  hyperlab bench overhead --trials 1000 --json     longer studies, machine-readable"})
public final class OverheadBenchCommand implements Callable<Integer> {
    /** Most trials per study accepted. */
    static final int MAX_TRIALS = 100_000;
    /** Most repeats accepted. */
    static final int MAX_REPEATS = 1000;
    /** The warm-up study's length at most: enough for the JIT, short of the timed studies. */
    static final int WARMUP_TRIALS = 200;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--trials", paramLabel = "N", defaultValue = "500",
            description = "Trials per study, 2 to 100000 (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "3",
            description = "Timed studies per store, 1 to 1000 (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() {
        if (trials < 2 || trials > MAX_TRIALS) {
            throw new UsageException("--trials: expected 2.." + MAX_TRIALS + ", got " + trials);
        }
        if (repeats < 1 || repeats > MAX_REPEATS) {
            throw new UsageException("--repeats: expected 1.." + MAX_REPEATS + ", got " + repeats);
        }
        PrintWriter out = spec.commandLine().getOut();
        double loadBefore = SamplerOverhead.loadAverage();
        if (!json) {
            out.printf(Locale.ROOT, "load average before: %.2f (%d processors)%n", loadBefore,
                    Runtime.getRuntime().availableProcessors());
            out.flush();
        }
        Map<String, List<PerTrial>> results = new LinkedHashMap<>();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("hyperlab-overhead");
            for (Store store : Store.values()) {
                String kind = store.name().toLowerCase(Locale.ROOT);
                SamplerOverhead.time(store, dir, kind + "-warmup", Math.min(trials, WARMUP_TRIALS));
                List<PerTrial> timed = new ArrayList<>();
                for (int r = 0; r < repeats; r++) {
                    PerTrial t = SamplerOverhead.time(store, dir, kind + "-" + r, trials);
                    timed.add(t);
                    if (!json) {
                        out.printf(Locale.ROOT, "%-6s %d trials: %.2f ms per trial on average (CPU %.2f ms), "
                                + "%.2f ms over the last 100%n", kind, trials, t.meanMs(), t.cpuMs(), t.lastMs());
                        out.flush();
                    }
                }
                results.put(kind, timed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bench overhead: temporary directory: " + e.getMessage(), e);
        } finally {
            TempDirs.delete(dir);
        }
        double loadAfter = SamplerOverhead.loadAverage();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("sampler", "tpe");
            doc.put("trials", trials);
            doc.put("processors", Runtime.getRuntime().availableProcessors());
            doc.put("loadAverageBefore", loadBefore);
            doc.put("loadAverageAfter", loadAfter);
            results.forEach((kind, list) -> doc.put(kind, list.stream().map(t -> Map.of("meanMs", t.meanMs(),
                    "lastMs", t.lastMs(), "cpuMs", t.cpuMs())).toList()));
            Json.print(out, doc);
        } else {
            out.printf(Locale.ROOT, "load average after: %.2f%n", loadAfter);
            out.flush();
        }
        return ExitCodes.OK;
    }
}
