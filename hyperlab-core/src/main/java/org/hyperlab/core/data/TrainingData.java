package org.hyperlab.core.data;

import java.util.function.Consumer;

/**
 * The three data sets of a training run: {@code train} (fitted on), {@code validation} (monitored each epoch;
 * null when there is none) and {@code test} (kept for the final evaluation; null when no test source exists), plus
 * a one-line description of where they came from.
 */
public record TrainingData(Dataset train, Dataset validation, Dataset test, String description) {
    /**
     * Loads and splits as {@code sources} says. MNIST is fetched through {@code repository} when it is needed and
     * missing (said on {@code log}).
     *
     * @throws DataFormatException naming the file when a file is missing or malformed
     * @throws IllegalArgumentException when the split sizes do not fit the training set
     */
    public static TrainingData load(DataSources sources, MnistRepository repository, Consumer<String> log) {
        Dataset full;
        Dataset test;
        String origin;
        if (sources.trainCsv() != null) {
            full = csv(sources.trainCsv(), sources);
            test = sources.testCsv() != null ? csv(sources.testCsv(), sources) : null;
            origin = "CSV " + sources.trainCsv();
        } else {
            MnistData mnist = sources.dataDir() != null
                    ? MnistRepository.loadFrom(sources.dataDir(), sources.precision())
                    : repository.load(sources.precision(), log);
            full = mnist.train();
            test = mnist.test();
            origin = "MNIST IDX in " + (sources.dataDir() != null ? sources.dataDir() : repository.directory());
        }
        Dataset train;
        Dataset validation;
        if (sources.validationCsv() != null) {
            validation = csv(sources.validationCsv(), sources);
            int keep = sources.trainSize() == 0 ? full.size() : sources.trainSize();
            train = keep == full.size() ? full : DatasetSplit.of(full, 0, keep, sources.seed()).train();
        } else {
            int keep = sources.trainSize() == 0 ? full.size() - sources.validationSize() : sources.trainSize();
            DatasetSplit split = DatasetSplit.of(full, sources.validationSize(), keep, sources.seed());
            train = split.train();
            validation = split.validation().size() == 0 ? null : split.validation();
        }
        String description = origin + ": train " + train.size()
                + (validation == null ? ", no validation" : ", validation " + validation.size()
                        + (sources.validationCsv() != null ? " (" + sources.validationCsv() + ")" : " (seeded split)"))
                + (test == null ? ", no test set" : ", test " + test.size());
        return new TrainingData(train, validation, test, description);
    }

    private static Dataset csv(java.nio.file.Path file, DataSources sources) {
        return CsvReader.read(file, DataSources.MNIST_FEATURES, MnistFiles.CLASSES, sources.precision());
    }
}
