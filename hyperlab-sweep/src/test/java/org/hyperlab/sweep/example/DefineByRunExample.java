package org.hyperlab.sweep.example;

import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.Trial;
import org.hyperlab.sweep.TrialPrunedException;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.pruner.MedianPruner;
import org.hyperlab.sweep.sampler.TpeSampler;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.storage.StudyStorage;
import org.hyperlab.sweep.storage.StudyStorages;

/** Define-by-run with hyperlab-sweep: the objective asks for its parameters as it goes, reports, and may be pruned. */
public final class DefineByRunExample {
    public static void main(String[] args) {
        try (StudyStorage storage = StudyStorages.open(args.length > 0 ? args[0] : "memory:")) {
            Study study = Study.create(storage, "quadratic", new ObjectiveSpec("loss", Direction.MINIMIZE), 42,
                    new TpeSampler(10, 24), new MedianPruner(5, 3, 1));
            study.optimize(DefineByRunExample::objective, 40, 1);
            TrialRecord best = study.bestTrial().orElseThrow();
            System.out.printf("best trial %d: loss %.6f with %s%n", best.number(), best.value(), best.params());
        }
    }

    /** Gradient descent on (x - 2)^2 from a suggested start with a suggested step; the loss is reported per step. */
    static double objective(Trial trial) {
        double x = trial.suggestFloat("x0", -10, 10, false);
        double lr = trial.suggestFloat("lr", 1e-3, 1.0, true);
        String schedule = (String) trial.suggestCategorical("schedule", java.util.List.of("constant", "decay"));
        double loss = Double.NaN;
        for (int step = 1; step <= 20; step++) {
            double rate = schedule.equals("decay") ? lr / step : lr;
            x -= rate * 2 * (x - 2);
            loss = (x - 2) * (x - 2);
            trial.report(step, loss);
            if (trial.shouldPrune()) {
                throw new TrialPrunedException("pruned at step " + step);
            }
        }
        return loss;
    }
}
