package org.hyperlab.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.hyperlab.core.data.CsvReader;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.data.DatasetSplit;
import org.hyperlab.core.data.MnistData;
import org.hyperlab.core.data.MnistFiles;
import org.hyperlab.core.data.MnistRepository;
import org.hyperlab.core.tensor.Precision;

/**
 * The three data sets of a training run: what the model trains on, what validation (early stopping, model choice)
 * watches, and the test set, untouched until the final evaluation. {@code validation} and {@code test} may be
 * null (no validation: {@code --validation-size 0}; no test: CSV training data without {@code --test-csv}).
 */
record TrainingData(Dataset train, Dataset validation, Dataset test, Map<String, Object> description) {
    /** Pixels per MNIST image, the feature count of a CSV row after its label. */
    static final int FEATURES = 784;

    /**
     * Loads the data the options name and splits validation off the training data (seeded) unless a validation
     * file is given. {@code trainSize} (null: all remaining rows) keeps a seeded subset of the training rows.
     */
    static TrainingData load(DataOptions options, int validationSize, Integer trainSize, long seed, Precision precision,
                             Consumer<String> log) {
        if (options.dataDir != null && options.trainCsv != null) {
            throw new UsageException("--data-dir and --train-csv both name training data; give one");
        }
        Map<String, Object> description = new LinkedHashMap<>();
        Dataset full;
        Dataset test;
        if (options.trainCsv != null) {
            full = csv(options.trainCsv, precision);
            test = options.testCsv == null ? null : csv(options.testCsv, precision);
            description.put("train-csv", options.trainCsv.toString());
        } else {
            MnistData mnist = options.dataDir != null ? MnistRepository.loadFrom(options.dataDir, precision)
                    : MnistRepository.standard().load(precision, log);
            full = mnist.train();
            test = options.testCsv == null ? mnist.test() : csv(options.testCsv, precision);
            description.put("data-dir", (options.dataDir != null ? options.dataDir : MnistFiles.defaultDirectory()).toString());
        }
        if (options.testCsv != null) {
            description.put("test-csv", options.testCsv.toString());
        }
        Dataset train;
        Dataset validation;
        if (options.validationCsv != null) {
            validation = csv(options.validationCsv, precision);
            train = trainSize == null ? full : split(full, 0, trainSize, seed).train();
            description.put("validation-csv", options.validationCsv.toString());
        } else {
            int rest = trainSize == null ? full.size() - validationSize : trainSize;
            DatasetSplit split = split(full, validationSize, rest, seed);
            train = split.train();
            validation = validationSize == 0 ? null : split.validation();
            description.put("validation-size", validationSize);
        }
        description.put("train-size", train.size());
        return new TrainingData(train, validation, test, description);
    }

    private static DatasetSplit split(Dataset full, int validationSize, int trainSize, long seed) {
        try {
            return DatasetSplit.of(full, validationSize, trainSize, seed);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + " (see --validation-size and --train-size)", e);
        }
    }

    static Dataset csv(Path file, Precision precision) {
        return CsvReader.read(file, FEATURES, MnistFiles.CLASSES, precision);
    }
}
