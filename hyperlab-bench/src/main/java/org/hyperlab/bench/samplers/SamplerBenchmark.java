package org.hyperlab.bench.samplers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.hyperlab.sweep.sampler.Sampler;
import org.hyperlab.sweep.storage.InMemoryStudyStorage;

/**
 * The sampler benchmark: every {@link TestFunction} with every sampler of {@link BenchSamplers}, {@code --seeds}
 * seeded studies each (seeds 0, 1, ...), {@code --trials} trials (the GP sampler to 100), in memory, one study at a
 * time. Appends the best-so-far curves to {@code OUT/curves-hyperlab.csv}, then summarizes every
 * {@code OUT/curves-*.csv} (the Optuna column's file included, when {@code hyperlab-bench/samplers/optuna_column.py} wrote
 * one there) into {@code OUT/samplers-table.md} and {@code OUT/regret.png}/{@code .svg} ({@link RegretReport}).
 *
 * <pre>
 * java -cp hyperlab-cli/target/hyperlab.jar org.hyperlab.bench.samplers.SamplerBenchmark \
 *     [--seeds 30] [--trials 200] [--out runs/sampler-bench] [--functions branin,...] [--samplers tpe,...]
 * </pre>
 * {@code --samplers none} only summarizes.
 */
public final class SamplerBenchmark {
    private SamplerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = new LinkedHashMap<>(Map.of("--seeds", "30", "--trials", "200", "--out",
                "runs/sampler-bench", "--functions", "all", "--samplers", "all"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!opts.containsKey(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; options: " + opts.keySet());
            }
            opts.put(args[i], args[i + 1]);
        }
        int seeds = Integer.parseInt(opts.get("--seeds"));
        int trials = Integer.parseInt(opts.get("--trials"));
        Path out = Path.of(opts.get("--out"));
        Files.createDirectories(out);
        List<TestFunction> functions = new ArrayList<>();
        Map<String, Double> minima = new LinkedHashMap<>();
        for (TestFunction f : TestFunction.all()) {
            minima.put(f.name(), f.minimum());
            if (selected(opts.get("--functions"), f.name())) {
                functions.add(f);
            }
        }
        Map<String, Supplier<Sampler>> samplers = new LinkedHashMap<>();
        BenchSamplers.all().forEach((name, s) -> {
            if (selected(opts.get("--samplers"), name)) {
                samplers.put(name, s);
            }
        });
        Path csv = out.resolve("curves-hyperlab.csv");
        for (TestFunction fn : functions) {
            for (var s : samplers.entrySet()) {
                long t0 = System.nanoTime();
                int budget = BenchSamplers.budget(s.getKey(), trials);
                for (long seed = 0; seed < seeds; seed++) {
                    double[] best = SamplerRun.bestSoFar(new InMemoryStudyStorage(), fn, s.getValue(), seed, budget);
                    RegretCurves.append(csv, fn.name(), s.getKey(), seed, best);
                }
                System.err.printf(Locale.ROOT, "%-16s %-15s %d seeds x %d trials: %.1f s%n", fn.name(), s.getKey(),
                        seeds, budget, (System.nanoTime() - t0) * 1e-9);
            }
        }
        RegretReport report = new RegretReport(RegretCurves.readAll(out), minima);
        Files.writeString(out.resolve("samplers-table.md"), report.table());
        report.plot(out.resolve("regret.png"), out.resolve("regret.svg"));
        System.out.println(report.table());
    }

    private static boolean selected(String list, String name) {
        return list.equals("all") || Arrays.asList(list.split(",")).contains(name);
    }
}
