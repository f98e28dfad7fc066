package org.hyperlab.bench.pareto;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hyperlab.bench.samplers.BootstrapInterval;
import org.hyperlab.sweep.sampler.RandomSampler;
import org.hyperlab.sweep.sampler.Sampler;
import org.hyperlab.sweep.sampler.TpeSampler;
import org.hyperlab.sweep.sampler.nsga2.Nsga2Sampler;

/**
 * The multi-objective benchmark ({@code hyperlab bench pareto}): for each problem (e.g. {@code zdt1-3},
 * {@code schaffer1}) NSGA-II (once per population given), the default TPE (multi-objective TPE on these studies)
 * and random search, seeded studies (seeds 0, 1, ...) in memory, one at a time. The table gives the mean
 * hypervolume of the final Pareto front with a 95 % bootstrap interval, and that mean as a fraction of the true
 * front's hypervolume.
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

    /**
     * Runs the benchmark: for each problem, each sampler's {@code seeds} studies of {@code trials} trials.
     *
     * @param progress told one line per problem and sampler with its running time
     * @return the Markdown table
     * @throws IllegalArgumentException for an unknown problem name (before any study runs)
     */
    public static String table(List<String> problems, List<Integer> populations, int seeds, int trials,
                               Consumer<String> progress) {
        List<BiObjectiveProblem> named = problems.stream().map(BiObjectiveProblem::named).toList();
        StringBuilder out = new StringBuilder("| problem | sampler | hypervolume, mean [95 % interval] | of the true front's |\n"
                + "|---|---|---|---:|\n");
        for (BiObjectiveProblem problem : named) {
            for (Map.Entry<String, Supplier<Sampler>> e : samplers(populations).entrySet()) {
                long start = System.nanoTime();
                BootstrapInterval hv = BootstrapInterval.of(hypervolumes(problem, e.getValue(), seeds, trials));
                out.append(String.format(Locale.ROOT, "| %s (true %.4f, %d trials, %d seeds) | %s | %.4f [%.4f, %.4f] | %.3f |%n",
                        problem.name(), problem.trueHypervolume(), trials, seeds, e.getKey(), hv.mean(), hv.lower(),
                        hv.upper(), hv.mean() / problem.trueHypervolume()));
                progress.accept(String.format(Locale.ROOT, "%s %s: %.1f s", problem.name(), e.getKey(),
                        (System.nanoTime() - start) / 1e9));
            }
        }
        return out.toString();
    }
}
