package org.hyperlab.core.run;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hyperlab.core.data.CsvReader;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.data.DatasetSplit;
import org.hyperlab.core.data.LabeledImages;
import org.hyperlab.core.data.MnistFiles;
import org.hyperlab.core.data.MnistImages;
import org.hyperlab.core.data.MnistRepository;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * The three data sets of a training run: what the model trains on, what validation (early stopping, model choice)
 * watches, and the test set, untouched until the final evaluation. {@code validation} and {@code test} may be
 * null (no validation: {@code --validation-size 0}; no test: CSV training data without {@code --test-csv}).
 */
public record TrainingData(Dataset train, Dataset validation, Dataset test, Map<String, Object> description) {
    /** Pixels per MNIST image, the feature count of a CSV row after its label. */
    public static final int FEATURES = 784;

    /**
     * Loads the data the source names and splits validation off the training data (seeded) unless a validation
     * file is given. {@code trainSize} (null: all remaining rows) keeps a seeded subset of the training rows.
     * MNIST stays in bytes until split, so only the rows kept are widened to {@code precision}; the split is the
     * same one {@link DatasetSplit} makes of float rows, so results do not depend on the path.
     *
     * <p>Loads with the same files (unchanged since), sizes, seed and precision return the same shared, read-only
     * instance (see {@link #CACHE}); nothing is logged then.
     */
    public static TrainingData load(DataSource source, int validationSize, Integer trainSize, long seed,
                                    Precision precision, Consumer<String> log) {
        Key key = new Key(DataSourceStamp.of(source), validationSize, trainSize, seed, precision);
        return CACHE.get(key, () -> read(source, validationSize, trainSize, seed, precision, log));
    }

    /**
     * Loaded data shared by the runs of one process (the trials of a sweep, also with {@code --jobs N}): the datasets
     * are never written to (the trainer copies rows into its own batch buffers; z-scoring writes to the input layer's
     * buffer), so one instance can serve every trial. Two entries bound the memory held.
     */
    private static final LoadOnceCache<Key, TrainingData> CACHE = new LoadOnceCache<>(2);

    /** What makes two loads the same: the files (with their sizes and modification times) and the split. */
    record Key(DataSourceStamp source, int validationSize, Integer trainSize, long seed, Precision precision) {
    }

    private static TrainingData read(DataSource source, int validationSize, Integer trainSize, long seed,
                                     Precision precision, Consumer<String> log) {
        if (precision == Precision.FLOAT32) {
            Kernels.warmUp(); // compiles the SIMD kernels on the other core while the data loads
        }
        Map<String, Object> description = new LinkedHashMap<>();
        Rows full;
        Dataset test;
        if (source.trainCsv() != null) {
            Dataset rows = csv(source.trainCsv(), precision);
            full = new Rows(rows.size(), (v, t) -> DatasetSplit.of(rows, v, t, seed), () -> rows);
            test = source.testCsv() == null ? null : csv(source.testCsv(), precision);
            description.put("train-csv", source.trainCsv().toString());
        } else {
            // bytes first, floats only for the rows a split keeps (see LabeledImages)
            MnistImages mnist = source.dataDir() != null ? MnistRepository.loadImagesFrom(source.dataDir())
                    : MnistRepository.standard().loadImages(log);
            LabeledImages images = mnist.train();
            full = new Rows(images.size(), (v, t) -> DatasetSplit.of(images, v, t, seed, precision),
                    () -> images.toDataset(precision));
            test = source.testCsv() == null ? mnist.test().toDataset(precision) : csv(source.testCsv(), precision);
            description.put("data-dir", (source.dataDir() != null ? source.dataDir() : MnistFiles.defaultDirectory()).toString());
        }
        if (source.testCsv() != null) {
            description.put("test-csv", source.testCsv().toString());
        }
        Dataset train;
        Dataset validation;
        if (source.validationCsv() != null) {
            validation = csv(source.validationCsv(), precision);
            train = trainSize == null ? full.all().get() : full.split(0, trainSize).train();
            description.put("validation-csv", source.validationCsv().toString());
        } else {
            int rest = trainSize == null ? full.size() - validationSize : trainSize;
            DatasetSplit split = full.split(validationSize, rest);
            train = split.train();
            validation = validationSize == 0 ? null : split.validation();
            description.put("validation-size", validationSize);
        }
        description.put("train-size", train.size());
        return new TrainingData(train, validation, test, Collections.unmodifiableMap(description));
    }

    /**
     * Data already in memory, split by the caller: {@code train} is required, {@code validation} and {@code test}
     * may be null. Nothing is cached or copied.
     */
    public static TrainingData given(Dataset train, Dataset validation, Dataset test) {
        Objects.requireNonNull(train, "training data");
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("validation-size", validation == null ? 0 : validation.size());
        description.put("train-size", train.size());
        return new TrainingData(train, validation, test, Collections.unmodifiableMap(description));
    }

    /** The training rows before splitting: how many, how to split them (seeded), and all of them as a dataset. */
    private record Rows(int size, Splitter splitter, Supplier<Dataset> all) {
        DatasetSplit split(int validationSize, int trainSize) {
            try {
                return splitter.split(validationSize, trainSize);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + " (see --validation-size and --train-size)", e);
            }
        }
    }

    @FunctionalInterface
    private interface Splitter {
        DatasetSplit split(int validationSize, int trainSize);
    }

    /** A CSV file of MNIST-like rows (label, then {@link #FEATURES} values). */
    public static Dataset csv(Path file, Precision precision) {
        return CsvReader.read(file, FEATURES, MnistFiles.CLASSES, precision);
    }
}
