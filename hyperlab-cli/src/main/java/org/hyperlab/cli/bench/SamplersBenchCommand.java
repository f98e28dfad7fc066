package org.hyperlab.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.hyperlab.bench.samplers.SamplerBenchmark;
import org.hyperlab.cli.common.ExitCodes;
import org.hyperlab.cli.common.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code hyperlab bench samplers}: the sampler benchmark ({@link SamplerBenchmark}): seeded studies of the test
 * functions with each sampler, regret curves appended to {@code OUT/curves-hyperlab.csv}, then the table
 * ({@code OUT/samplers-table.md}, also on stdout) and the figure ({@code OUT/regret.png}) from every
 * {@code OUT/curves-*.csv}.
 */
@Command(name = "samplers", mixinStandardHelpOptions = true,
        description = {"Compare the samplers on test functions with known minima (regret tables and a figure).",
                "Seeded studies in memory, one at a time; curves are appended to OUT/curves-hyperlab.csv and the "
                        + "table and figure are made from every OUT/curves-*.csv (the Optuna column's too)."},
        footer = {"", "Examples:",
                "  hyperlab bench samplers                        every function and sampler",
                "  hyperlab bench samplers --functions branin --samplers tpe,cmaes --trials 100",
                "  hyperlab bench samplers --summary-only         the table again (after the Optuna column)"})
public final class SamplersBenchCommand implements Callable<Integer> {
    /** Most seeds or trials accepted: far past what the benchmark needs, still finite. */
    static final int MAX_COUNT = 100_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--functions", paramLabel = "NAMES", split = ",", completionCandidates = FunctionNames.class,
            description = "Functions to run, comma-separated (default: all: ${COMPLETION-CANDIDATES}).")
    List<String> functions;

    @Option(names = "--samplers", paramLabel = "NAMES", split = ",", completionCandidates = SamplerNames.class,
            description = "Samplers to run, comma-separated (default: all: ${COMPLETION-CANDIDATES}).")
    List<String> samplers;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "30",
            description = "Seeded studies per function and sampler (seeds 0..N-1), 1 to 100000 (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--trials", paramLabel = "N", defaultValue = "200",
            description = "Trials per study (the GP sampler stops at 100), 1 to 100000 (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "runs/sampler-bench",
            description = "Directory of the curves, table and figure (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--summary-only", description = "Run no study: only make the table and figure from OUT's curves.")
    boolean summaryOnly;

    @Override
    public Integer call() {
        if (seeds < 1 || seeds > MAX_COUNT) {
            throw new UsageException("--seeds: expected 1.." + MAX_COUNT + ", got " + seeds);
        }
        if (trials < 1 || trials > MAX_COUNT) {
            throw new UsageException("--trials: expected 1.." + MAX_COUNT + ", got " + trials);
        }
        List<String> fns = functions == null ? SamplerBenchmark.functionNames() : functions;
        List<String> columns = summaryOnly ? List.of() : samplers == null ? SamplerBenchmark.samplerNames() : samplers;
        requireKnown("--functions", fns, SamplerBenchmark.functionNames());
        requireKnown("--samplers", columns, SamplerBenchmark.samplerNames());
        SamplerBenchmark bench = new SamplerBenchmark(fns, columns, seeds, trials, out);
        PrintWriter err = spec.commandLine().getErr();
        try {
            String table = bench.run(line -> {
                err.println("bench: " + line);
                err.flush();
            });
            spec.commandLine().getOut().print(table);
            spec.commandLine().getOut().flush();
        } catch (IOException e) {
            throw new UncheckedIOException("bench samplers: " + out + ": " + e.getMessage(), e);
        }
        return ExitCodes.OK;
    }

    private static void requireKnown(String flag, List<String> given, List<String> known) {
        for (String name : given) {
            if (!known.contains(name)) {
                throw new UsageException(flag + ": unknown name '" + name + "'; expected some of " + String.join(", ", known));
            }
        }
    }

    /** The benchmark's function names, for the usage help. */
    static final class FunctionNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return SamplerBenchmark.functionNames().iterator();
        }
    }

    /** The benchmark's sampler names, for the usage help. */
    static final class SamplerNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return SamplerBenchmark.samplerNames().iterator();
        }
    }
}
