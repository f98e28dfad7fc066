package org.hyperlab.bench.samplers;

import java.util.function.Supplier;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.pruner.NopPruner;
import org.hyperlab.sweep.sampler.Sampler;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.storage.StudyStorage;

/**
 * One seeded study of a {@link TestFunction} with one sampler, run through the product's own {@link Study} (the
 * objective asks for the whole space at once, as the sweep objectives do), sequentially.
 */
public final class SamplerRun {
    private SamplerRun() {
    }

    /**
     * Runs {@code trials} trials and returns the best value after each (index t: after t + 1 trials).
     *
     * @param storage a fresh store (e.g. {@code memory:} or a new SQLite file)
     */
    public static double[] bestSoFar(StudyStorage storage, TestFunction fn, Supplier<Sampler> sampler, long seed,
                                     int trials) {
        Study study = Study.create(storage, fn.name() + "-" + seed, new ObjectiveSpec("value", Direction.MINIMIZE),
                seed, sampler.get(), new NopPruner());
        study.optimize(trial -> fn.f().applyAsDouble(trial.suggestAll(fn.space())), trials, 1);
        double[] best = new double[trials];
        double b = Double.POSITIVE_INFINITY;
        int i = 0;
        for (TrialRecord t : study.trials()) {
            if (t.state() == TrialState.COMPLETE) {
                b = Math.min(b, t.value());
            }
            if (i < trials) {
                best[i++] = b;
            }
        }
        return best;
    }
}
