package org.hyperlab.core.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the MNIST files live and what they must contain: the four files of the original distribution (LeCun,
 * Cortes and Burges), with their sizes (header + 60,000 or 10,000 records of 28x28 pixels or 1 label) and
 * SHA-256 digests.
 *
 * <p>The installed copy lives in {@code $HYPERLAB_DATA/mnist}, or {@code ~/.cache/hyperlab/mnist} when the
 * variable is unset.
 */
public final class MnistFiles {
    /** Number of MNIST classes (digits 0-9). */
    public static final int CLASSES = 10;

    public static final ExpectedFile TRAIN_IMAGES = new ExpectedFile("train-images-idx3-ubyte", 16 + 60_000L * 784,
            "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db");
    public static final ExpectedFile TRAIN_LABELS = new ExpectedFile("train-labels-idx1-ubyte", 8 + 60_000L,
            "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5");
    public static final ExpectedFile TEST_IMAGES = new ExpectedFile("t10k-images-idx3-ubyte", 16 + 10_000L * 784,
            "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7");
    public static final ExpectedFile TEST_LABELS = new ExpectedFile("t10k-labels-idx1-ubyte", 8 + 10_000L,
            "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2");

    /** The four files, training images first. */
    public static final List<ExpectedFile> ALL = List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);

    private MnistFiles() {
    }

    /** {@code $HYPERLAB_DATA/mnist}, or {@code ~/.cache/hyperlab/mnist}. */
    public static Path defaultDirectory() {
        return dataRoot(System.getenv("HYPERLAB_DATA"), System.getProperty("user.home")).resolve("mnist");
    }

    /** The data root given the value of {@code HYPERLAB_DATA} (null or blank when unset) and the home directory. */
    static Path dataRoot(String hyperlabData, String home) {
        if (hyperlabData != null && !hyperlabData.isBlank()) {
            return Path.of(hyperlabData);
        }
        return Path.of(home, ".cache", "hyperlab");
    }

    /**
     * Finds one of the MNIST files in a directory a user supplies, accepting the spellings in circulation:
     * {@code train-images-idx3-ubyte}, {@code train-images.idx3-ubyte}, each optionally with {@code .gz}.
     *
     * @throws DataFormatException naming the canonical path when none exists
     */
    public static Path locate(Path dir, ExpectedFile file) {
        List<String> names = candidates(file.name());
        for (String name : names) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new DataFormatException(dir.resolve(file.name()), "file not found (also looked for "
                + String.join(", ", names.subList(1, names.size())) + ")");
    }

    private static List<String> candidates(String name) {
        List<String> out = new ArrayList<>();
        String dotted = name.replaceFirst("-(idx[13]-ubyte)$", ".$1");
        for (String n : List.of(name, dotted)) {
            out.add(n);
            out.add(n + ".gz");
        }
        return out;
    }
}
