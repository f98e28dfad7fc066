package org.hyperlab.core.data;

import java.nio.file.Path;
import org.hyperlab.core.tensor.Precision;

/**
 * Where training data comes from and how it is split, as the {@code train} and {@code evaluate} commands take it:
 * IDX files (the installed MNIST, fetched when missing, or {@code dataDir}), or CSV files; a seeded validation split
 * of the training set unless a validation file is given; optionally a seeded subset of {@code trainSize} training
 * rows (0 = all).
 *
 * @param dataDir IDX files the user already has (raw or .gz); null for the installed MNIST
 * @param trainCsv training CSV (label + 784 pixels per line); null to use IDX
 * @param validationCsv validation CSV; null to split the training set
 * @param testCsv test CSV; null for no test set when training from CSV (IDX sources always bring theirs)
 * @param validationSize rows split off the training set for validation (ignored with {@code validationCsv})
 * @param trainSize training rows to keep after the split; 0 keeps all
 * @param seed seed of the split and of the subset
 * @param precision precision of the feature matrices
 */
public record DataSources(Path dataDir, Path trainCsv, Path validationCsv, Path testCsv, int validationSize,
                          int trainSize, long seed, Precision precision) {
    /** MNIST pixels per image. */
    public static final int MNIST_FEATURES = 784;

    public DataSources {
        if (validationSize < 0 || trainSize < 0) {
            throw new IllegalArgumentException("validation size and train size must be >= 0, got " + validationSize
                    + " and " + trainSize);
        }
        if (trainCsv == null && (validationCsv != null || testCsv != null)) {
            throw new IllegalArgumentException("a validation or test CSV needs a training CSV (--train-csv)");
        }
        if (trainCsv != null && dataDir != null) {
            throw new IllegalArgumentException("give either a training CSV (--train-csv) or IDX files (--data-dir), not both");
        }
        if (precision == null) {
            throw new IllegalArgumentException("precision is required");
        }
    }

    /** The installed MNIST, split 50,000 / 10,000 with {@code seed}, float32. */
    public static DataSources mnist(long seed) {
        return new DataSources(null, null, null, null, DatasetSplit.DEFAULT_VALIDATION_SIZE, 0, seed, Precision.FLOAT32);
    }
}
