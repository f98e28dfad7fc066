package org.hyperlab.bench.pareto;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.hyperlab.bench.samplers.BootstrapInterval;
import org.hyperlab.sweep.sampler.RandomSampler;
import org.hyperlab.sweep.sampler.Sampler;
import org.hyperlab.sweep.sampler.TpeSampler;
import org.hyperlab.sweep.sampler.nsga2.Nsga2Sampler;

/**
 * The multi-objective benchmark: for each problem ({@code --problems zdt1-3,schaffer1}) NSGA-II (once per
 * population of the comma-separated {@code --population}), the default TPE (multi-objective TPE on these studies)
 * and random search, {@code --seeds} seeded studies each (seeds 0, 1, ...) of {@code --trials} trials, in memory,
 * one at a time. Prints a Markdown table: the mean hypervolume of the final Pareto front with a 95 % bootstrap
 * interval, and that mean as a fraction of the true front's hypervolume.
 * <pre>
 * java -cp hyperlab-cli/target/hyperlab.jar org.hyperlab.bench.pareto.ParetoBenchmark \
 *     [--seeds 30] [--trials 200] [--population 20,50] [--problems zdt1-3,schaffer1]
 * </pre>
 */
public final class ParetoBenchmark {
    private ParetoBenchmark() {
    }

    /** The samplers compared, by name: NSGA-II with each population, multi-objective TPE, random search. */
    static Map<String, Supplier<Sampler>> samplers(List<Integer> populations) {
        Map<String, Supplier<Sampler>> m = new LinkedHashMap<>();
        for (int population : populations) {
            m.put("nsga2 (population " + population + ")", () -> new Nsga2Sampler(population, 0.9, null));
        }
        m.put("tpe (multi-objective)", TpeSampler::new);
        m.put("random", RandomSampler::new);
        return m;
    }

    /** The hypervolume of each seed's final front. */
    public static double[] hypervolumes(BiObjectiveProblem problem, Supplier<Sampler> sampler, int seeds, int trials) {
        double[] hv = new double[seeds];
        for (int s = 0; s < seeds; s++) {
            hv[s] = ParetoRun.hypervolume(problem, sampler, s, trials);
        }
        return hv;
    }

    /** Runs the benchmark and prints the table. */
    public static void main(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>(Map.of("--seeds", "30", "--trials", "200", "--population", "50",
                "--problems", "zdt1-3,schaffer1"));
        for (int i = 0; i < args.length; i += 2) {
            if (!opts.containsKey(args[i]) || i + 1 >= args.length) {
                System.err.println("ParetoBenchmark: unknown option or missing value: " + args[i] + " (options: "
                        + opts.keySet() + ")");
                System.exit(2);
            }
            opts.put(args[i], args[i + 1]);
        }
        int seeds = Integer.parseInt(opts.get("--seeds"));
        int trials = Integer.parseInt(opts.get("--trials"));
        List<Integer> populations = java.util.Arrays.stream(opts.get("--population").split(",")).map(Integer::valueOf)
                .toList();
        System.out.println("| problem | sampler | hypervolume, mean [95 % interval] | of the true front's |");
        System.out.println("|---|---|---|---:|");
        for (String name : List.of(opts.get("--problems").split(","))) {
            BiObjectiveProblem problem = BiObjectiveProblem.named(name);
            for (Map.Entry<String, Supplier<Sampler>> e : samplers(populations).entrySet()) {
                long start = System.nanoTime();
                BootstrapInterval hv = BootstrapInterval.of(hypervolumes(problem, e.getValue(), seeds, trials));
                System.out.printf(Locale.ROOT, "| %s (true %.4f, %d trials, %d seeds) | %s | %.4f [%.4f, %.4f] | %.3f |%n",
                        problem.name(), problem.trueHypervolume(), trials, seeds, e.getKey(), hv.mean(), hv.lower(),
                        hv.upper(), hv.mean() / problem.trueHypervolume());
                System.err.printf(Locale.ROOT, "%s %s: %.1f s%n", problem.name(), e.getKey(),
                        (System.nanoTime() - start) / 1e9);
            }
        }
    }
}
