package org.hyperlab.bench.pareto;

import java.util.List;
import java.util.function.Supplier;
import org.hyperlab.sweep.MultiObjectiveFunction;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.pareto.Hypervolume;
import org.hyperlab.sweep.pareto.ParetoFront;
import org.hyperlab.sweep.pruner.NopPruner;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.sampler.Sampler;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.storage.InMemoryStudyStorage;

/**
 * One seeded study of a {@link BiObjectiveProblem}, run in memory through the product's own {@link Study}
 * sequentially, and the hypervolume of its Pareto front ({@link Hypervolume}, exact) for the problem's reference
 * point.
 */
public final class ParetoRun {
    private ParetoRun() {
    }

    /** The hypervolume of the front after {@code trials} trials. */
    public static double hypervolume(BiObjectiveProblem problem, Supplier<Sampler> sampler, long seed, int trials) {
        List<ObjectiveSpec> objectives = List.of(new ObjectiveSpec("f1", Direction.MINIMIZE),
                new ObjectiveSpec("f2", Direction.MINIMIZE));
        try (InMemoryStudyStorage storage = new InMemoryStudyStorage()) {
            Study study = Study.create(storage, problem.name() + "-" + seed, objectives, seed, sampler.get(),
                    new NopPruner());
            MultiObjectiveFunction f = trial -> problem.f().apply(trial.suggestAll(problem.space()));
            study.optimize(f, trials, 1);
            List<TrialRecord> front = ParetoFront.of(study.trials(), objectives);
            double[][] points = new double[front.size()][];
            for (int i = 0; i < points.length; i++) {
                points[i] = new double[] {front.get(i).values().get(0), front.get(i).values().get(1)};
            }
            return Hypervolume.of(points, problem.reference());
        }
    }
}
