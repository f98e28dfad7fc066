package org.hyperlab.bench.samplers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.hyperlab.sweep.sampler.RandomSampler;
import org.hyperlab.sweep.sampler.Sampler;
import org.hyperlab.sweep.sampler.TpeBandwidth;
import org.hyperlab.sweep.sampler.TpeSampler;
import org.hyperlab.sweep.sampler.cmaes.CmaEsSampler;
import org.hyperlab.sweep.sampler.gp.GpSampler;

/**
 * The samplers the benchmark compares, by column name, with the trial budget each runs to: the default
 * (multivariate) TPE, multivariate TPE with Scott's bandwidth rule, univariate TPE, CMA-ES, the GP sampler (to 100 trials: its cost grows as n^3) and random
 * search. The Optuna column comes from {@code hyperlab-bench/samplers/optuna_column.py}.
 */
final class BenchSamplers {
    /** The GP sampler's budget. */
    static final int GP_TRIALS = 100;

    private BenchSamplers() {
    }

    /** Column name to a fresh sampler. */
    static Map<String, Supplier<Sampler>> all() {
        Map<String, Supplier<Sampler>> m = new LinkedHashMap<>();
        m.put("tpe", TpeSampler::new);
        m.put("tpe-scott", () -> new TpeSampler(10, 24, true, true, TpeBandwidth.SCOTT));
        m.put("tpe-univariate", () -> new TpeSampler(10, 24, false, false));
        m.put("cmaes", CmaEsSampler::new);
        m.put("gp", GpSampler::new);
        m.put("random", RandomSampler::new);
        return m;
    }

    /** The trials {@code sampler} runs when the benchmark asks for {@code trials}. */
    static int budget(String sampler, int trials) {
        return sampler.equals("gp") ? Math.min(trials, GP_TRIALS) : trials;
    }
}
