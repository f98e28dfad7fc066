package org.hyperlab.core.run;

import org.hyperlab.core.model.ModelSpec;
import org.hyperlab.core.tensor.runtime.Parallel;
import org.hyperlab.core.train.EarlyStopping;
import org.hyperlab.core.train.TrainingConfig;

/**
 * Everything that decides a training run, validated on construction: the data and its split ({@link RunData}),
 * the architecture and initializers ({@link ModelSpec}, whose precision is also the data's), the optimizer
 * ({@link OptimizerSpec}), the loop ({@link TrainingConfig}: epochs, batch size, schedule, early stopping,
 * tolerance, and the seed, which also seeds the split and the initial weights), and the kernel thread count
 * ({@code threads}, null for the process default; results do not depend on it).
 *
 * <p>Execute it with {@link TrainingRun}.
 */
public record TrainingRunSpec(RunData data, ModelSpec model, OptimizerSpec optimizer, TrainingConfig training,
                              Integer threads) {
    /**
     * Most kernel threads: each is a platform thread with its own stack and scratch buffers, and past the cores
     * they only wait; 256 is far above any machine this runs on, while {@code --threads 100000} is refused.
     */
    public static final int MAX_THREADS = Parallel.MAX_THREADS;

    public TrainingRunSpec {
        if (data == null || model == null || optimizer == null || training == null) {
            throw new IllegalArgumentException("a training run needs data, a model, an optimizer and a training config");
        }
        if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
            throw new IllegalArgumentException("threads: expected 1.." + MAX_THREADS + ", got " + threads);
        }
        EarlyStopping stopping = training.earlyStopping();
        if (stopping != null && stopping.monitor().needsValidation() && !data.hasValidation()) {
            throw new IllegalArgumentException("--patience monitors " + stopping.monitor().label()
                    + " but there is no validation data (--validation-size 0); use --monitor train-loss or keep a "
                    + "validation set");
        }
    }

    /** The seed of the split, the initial weights and the shuffles. */
    public long seed() {
        return training.seed();
    }

    /** The same run with another seed (the sweep's per-trial seed, for example). */
    public TrainingRunSpec withSeed(long seed) {
        TrainingConfig t = training;
        return new TrainingRunSpec(data, model, optimizer, new TrainingConfig(t.epochs(), t.batchSize(), seed,
                t.schedule(), t.earlyStopping(), t.tolerance(), t.divergenceFactor()), threads);
    }
}
