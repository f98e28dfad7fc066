package org.hyperlab.core.run;

import java.nio.file.Path;

/**
 * Where a run's MNIST-like data comes from: the installed MNIST by default (fetched when missing), the IDX files
 * in {@code dataDir}, or CSV files (label, then {@value TrainingData#FEATURES} pixel values, header row optional).
 * Validation and test files are optional; without a validation file, validation rows are split off the training
 * data. All fields may be null; {@code dataDir} and {@code trainCsv} both naming training data is an error.
 */
public record DataSource(Path dataDir, Path trainCsv, Path validationCsv, Path testCsv) {
    public DataSource {
        if (dataDir != null && trainCsv != null) {
            throw new IllegalArgumentException("--data-dir and --train-csv both name training data; give one");
        }
    }

    /** The installed MNIST (fetched on first use). */
    public static DataSource mnist() {
        return new DataSource(null, null, null, null);
    }
}
