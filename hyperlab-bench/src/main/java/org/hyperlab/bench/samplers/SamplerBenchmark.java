package org.hyperlab.bench.samplers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hyperlab.sweep.sampler.Sampler;
import org.hyperlab.sweep.storage.InMemoryStudyStorage;

/**
 * The sampler benchmark ({@code hyperlab bench samplers}): the chosen {@link TestFunction}s with the chosen samplers
 * of {@link BenchSamplers}, {@code seeds} seeded studies each (seeds 0, 1, ...), {@code trials} trials (the GP
 * sampler to {@value BenchSamplers#GP_TRIALS}), in memory, one study at a time. Appends the best-so-far curves to
 * {@code OUT/curves-hyperlab.csv}, then summarizes every {@code OUT/curves-*.csv} (the Optuna column's file included,
 * when {@code hyperlab-bench/samplers/optuna_column.py} wrote one there) into {@code OUT/samplers-table.md} and
 * {@code OUT/regret.png}/{@code .svg} ({@link RegretReport}). No sampler only summarizes.
 *
 * @param functions the function names to run, in table order (see {@link #functionNames()})
 * @param samplers  the sampler (column) names to run (see {@link #samplerNames()}); empty: only summarize
 * @param seeds     studies per function and sampler, at least 1
 * @param trials    trials per study, at least 1
 * @param out       the directory of the curves, the table and the figure (created when missing)
 */
public record SamplerBenchmark(List<String> functions, List<String> samplers, int seeds, int trials, Path out) {
    /**
     * Checks the names and counts.
     *
     * @throws IllegalArgumentException naming the first unknown function or sampler, or a count below 1
     */
    public SamplerBenchmark {
        functions = List.copyOf(functions);
        samplers = List.copyOf(samplers);
        requireKnown("function", functions, functionNames());
        requireKnown("sampler", samplers, samplerNames());
        if (seeds < 1 || trials < 1) {
            throw new IllegalArgumentException("seeds and trials must be at least 1, got " + seeds + " and " + trials);
        }
    }

    /** Every function's name, in table order. */
    public static List<String> functionNames() {
        return TestFunction.all().stream().map(TestFunction::name).toList();
    }

    /** Every sampler column's name, in table order (the Optuna column comes from its script). */
    public static List<String> samplerNames() {
        return List.copyOf(BenchSamplers.all().keySet());
    }

    private static void requireKnown(String kind, List<String> given, List<String> known) {
        for (String name : given) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown " + kind + " '" + name + "'; expected one of "
                        + String.join(", ", known));
            }
        }
    }

    /**
     * Runs the studies (a line per function and sampler with its running time goes to {@code log}), writes the
     * table and the figure, and returns the table (markdown).
     */
    public String run(Consumer<String> log) throws IOException {
        Files.createDirectories(out);
        Set<String> chosenFunctions = Set.copyOf(functions);
        Set<String> chosenSamplers = Set.copyOf(samplers);
        List<TestFunction> toRun = new ArrayList<>();
        Map<String, Double> minima = new LinkedHashMap<>();
        for (TestFunction f : TestFunction.all()) {
            minima.put(f.name(), f.minimum());
            if (chosenFunctions.contains(f.name())) {
                toRun.add(f);
            }
        }
        Map<String, Supplier<Sampler>> columns = new LinkedHashMap<>();
        BenchSamplers.all().forEach((name, s) -> {
            if (chosenSamplers.contains(name)) {
                columns.put(name, s);
            }
        });
        Path csv = out.resolve("curves-hyperlab.csv");
        for (TestFunction fn : toRun) {
            for (var s : columns.entrySet()) {
                long t0 = System.nanoTime();
                int budget = BenchSamplers.budget(s.getKey(), trials);
                for (long seed = 0; seed < seeds; seed++) {
                    double[] best = SamplerRun.bestSoFar(new InMemoryStudyStorage(), fn, s.getValue(), seed, budget);
                    RegretCurves.append(csv, fn.name(), s.getKey(), seed, best);
                }
                log.accept(String.format(Locale.ROOT, "%-16s %-15s %d seeds x %d trials: %.1f s", fn.name(),
                        s.getKey(), seeds, budget, (System.nanoTime() - t0) * 1e-9));
            }
        }
        RegretReport report = new RegretReport(RegretCurves.readAll(out), minima);
        Files.writeString(out.resolve("samplers-table.md"), report.table());
        report.plot(out.resolve("regret.png"), out.resolve("regret.svg"));
        return report.table();
    }
}
