package org.hyperlab.sweep;

import java.util.List;
import java.util.Map;
import org.hyperlab.sweep.pruner.NopPruner;
import org.hyperlab.sweep.sampler.GridSampler;
import org.hyperlab.sweep.sampler.RandomSampler;
import org.hyperlab.sweep.sampler.Sampler;
import org.hyperlab.sweep.space.CategoricalDistribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.IntDistribution;
import org.hyperlab.sweep.space.SearchSpace;
import org.hyperlab.sweep.storage.JdbcStudyStorage;
import org.hyperlab.sweep.storage.StudyStorage;

/**
 * A separate JVM working on a stored study, for the multi-process tests. Arguments: URL STUDY MODE TRIALS, with
 * MODE {@code random}, {@code grid}, {@code both} (the studies named random and grid, in turn), or {@code hang} (blocks forever in trial 3 after printing {@code HANG},
 * waiting to be killed).
 */
public final class SweepWorkerMain {
    static final SearchSpace RANDOM_SPACE = new SearchSpace(Map.of("x", FloatDistribution.uniform(-2, 2)));
    static final SearchSpace GRID_SPACE = new SearchSpace(Map.of("n", IntDistribution.of(1, 6),
            "opt", new CategoricalDistribution(List.of("sgd", "adam", "rmsprop"))));

    private SweepWorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args[2].equals("both")) {
            run(args[0], "random", "random", Integer.parseInt(args[3]));
            run(args[0], "grid", "grid", 1000);
        } else {
            run(args[0], args[1], args[2], Integer.parseInt(args[3]));
        }
        System.out.println("DONE");
    }

    private static void run(String url, String name, String mode, int trials) throws Exception {
        SearchSpace space = mode.equals("grid") ? GRID_SPACE : RANDOM_SPACE;
        Sampler sampler = mode.equals("grid") ? new GridSampler(space, 0) : new RandomSampler();
        try (StudyStorage storage = JdbcStudyStorage.open(url)) {
            Study study = Study.load(storage, name, sampler, new NopPruner());
            study.optimize(t -> {
                Map<String, Object> p = t.suggestAll(space);
                if (mode.equals("hang") && t.number() == 3) {
                    System.out.println("HANG");
                    System.out.flush();
                    while (System.in.read() >= 0) {
                        // blocks until killed
                    }
                }
                double v = p.containsKey("x") ? (Double) p.get("x") : (Integer) p.get("n");
                t.report(0, v);
                return v;
            }, trials, mode.equals("grid") ? 2 : 1);
        }
    }
}
