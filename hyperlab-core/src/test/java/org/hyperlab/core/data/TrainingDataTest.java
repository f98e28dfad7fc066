package org.hyperlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hyperlab.core.tensor.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingDataTest {
    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    /** A CSV of {@code rows} images of 784 pixels; image i has label i % 10 and every pixel equal to i. */
    private Path csv(String name, int rows) throws IOException {
        StringBuilder sb = new StringBuilder("label");
        for (int p = 0; p < 784; p++) {
            sb.append(",pixel").append(p);
        }
        sb.append('\n');
        for (int i = 0; i < rows; i++) {
            sb.append(i % 10);
            for (int p = 0; p < 784; p++) {
                sb.append(',').append(i);
            }
            sb.append('\n');
        }
        return Files.writeString(dir.resolve(name), sb);
    }

    private static DataSources sources(Path trainCsv, Path validationCsv, Path testCsv, int validationSize, int trainSize) {
        return new DataSources(null, trainCsv, validationCsv, testCsv, validationSize, trainSize, 1, Precision.FLOAT32);
    }

    private TrainingData load(DataSources s) {
        MnistRepository unused = new MnistRepository(dir.resolve("never"), null);
        return TrainingData.load(s, unused, log::add);
    }

    @Test
    void csvTrainingSetIsSplitWithTheSeed() throws IOException {
        TrainingData d = load(sources(csv("train.csv", 30), null, csv("test.csv", 5), 10, 0));
        assertEquals(20, d.train().size());
        assertEquals(10, d.validation().size());
        assertEquals(5, d.test().size());
        assertEquals(784, d.train().featureCount());
        assertTrue(d.description().contains("train 20, validation 10 (seeded split), test 5"), d.description());
        assertEquals(List.of(), log);
    }

    @Test
    void trainSizeKeepsASubsetAndValidationFileReplacesTheSplit() throws IOException {
        TrainingData d = load(sources(csv("train.csv", 30), csv("val.csv", 4), null, 10, 12));
        assertEquals(12, d.train().size());
        assertEquals(4, d.validation().size());
        assertNull(d.test());
        assertTrue(d.description().endsWith("no test set"), d.description());
    }

    @Test
    void zeroValidationSizeMeansNoValidation() throws IOException {
        TrainingData d = load(sources(csv("train.csv", 8), null, null, 0, 0));
        assertEquals(8, d.train().size());
        assertNull(d.validation());
    }

    @Test
    void idxDirectoryIsSplitToo() throws IOException {
        Files.write(dir.resolve("train-images-idx3-ubyte"), IdxReaderTest.threeImages());
        Files.write(dir.resolve("train-labels-idx1-ubyte"), IdxReaderTest.threeLabels());
        Files.write(dir.resolve("t10k-images-idx3-ubyte"), MnistFetcherTest.TEST_IMAGES);
        Files.write(dir.resolve("t10k-labels-idx1-ubyte"), MnistFetcherTest.TEST_LABELS);
        DataSources s = new DataSources(dir, null, null, null, 1, 0, 3, Precision.FLOAT64);
        TrainingData d = load(s);
        assertEquals(2, d.train().size());
        assertEquals(1, d.validation().size());
        assertArrayEquals(new int[] {4}, d.test().labels());
        assertEquals(Precision.FLOAT64, d.train().features().precision());
    }

    @Test
    void inconsistentRequestsAreRejected() throws IOException {
        Path train = csv("train.csv", 10);
        assertThrows(IllegalArgumentException.class, () -> load(sources(train, null, null, 10, 0)));
        assertThrows(IllegalArgumentException.class, () -> load(sources(train, null, null, 5, 6)));
        assertThrows(IllegalArgumentException.class, () -> sources(null, train, null, 1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new DataSources(dir, train, null, null, 1, 0, 1, Precision.FLOAT32));
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> load(sources(dir.resolve("absent.csv"), null, null, 1, 0)));
        assertTrue(e.getMessage().contains("absent.csv: file not found"), e.getMessage());
    }
}
