package org.hyperlab.core.run;

import java.util.function.Consumer;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * The data of a training run: either files to load and split ({@link Files}) or datasets the caller already holds
 * ({@link Given}). {@link #resolve} yields the three sets; the split seed is the run's seed and the precision the
 * model's, so one spec value decides each.
 */
public sealed interface RunData {
    /** The train/validation/test sets, loading (and caching, see {@link TrainingData#load}) files when needed. */
    TrainingData resolve(long seed, Precision precision, Consumer<String> log);

    /** True when the run has validation rows (early stopping on a validation quantity needs them). */
    boolean hasValidation();

    /**
     * Files, split with the run's seed: {@code validationSize} rows held out unless {@code source} names a
     * validation file; {@code trainSize} (null: all remaining rows) keeps a seeded subset of the training rows.
     */
    record Files(DataSource source, int validationSize, Integer trainSize) implements RunData {
        public Files {
            if (source == null) {
                source = DataSource.mnist();
            }
        }

        @Override
        public TrainingData resolve(long seed, Precision precision, Consumer<String> log) {
            return TrainingData.load(source, validationSize, trainSize, seed, precision, log);
        }

        @Override
        public boolean hasValidation() {
            return source.validationCsv() != null || validationSize > 0;
        }
    }

    /** Datasets already loaded and split by the caller, used as they are. */
    record Given(TrainingData data) implements RunData {
        public Given {
            if (data == null) {
                throw new IllegalArgumentException("given run data: the datasets are required");
            }
        }

        @Override
        public TrainingData resolve(long seed, Precision precision, Consumer<String> log) {
            return data;
        }

        @Override
        public boolean hasValidation() {
            return data.validation() != null;
        }
    }
}
