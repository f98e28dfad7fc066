package org.hyperlab.cli.train;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a command's MNIST-like data comes from (a mixin shared by {@code train} and {@code evaluate}): the installed
 * MNIST by default (fetched when missing), IDX files in {@code --data-dir}, or CSV files (label first, then 784
 * pixel values, with or without a header row).
 */
public final class DataOptions {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Use the MNIST IDX files (raw or .gz) in DIR instead of the installed copy.")
    Path dataDir;

    @Option(names = "--train-csv", paramLabel = "FILE",
            description = "Training data as CSV (label, then 784 pixel values; header row optional).")
    Path trainCsv;

    @Option(names = "--validation-csv", paramLabel = "FILE",
            description = "Validation data as CSV (instead of a split of the training data).")
    Path validationCsv;

    @Option(names = "--test-csv", paramLabel = "FILE", description = "Test data as CSV.")
    Path testCsv;
}
