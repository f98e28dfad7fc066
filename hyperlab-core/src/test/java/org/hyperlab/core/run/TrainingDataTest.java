package org.hyperlab.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.data.DatasetSplit;
import org.hyperlab.core.data.MnistData;
import org.hyperlab.core.data.MnistRepository;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MNIST is split as bytes and widened afterwards: the datasets must equal those of the float path exactly. */
class TrainingDataTest {
    @TempDir
    static Path dir;

    /** An IDX file: big-endian int header words, then the payload bytes. */
    private static void idx(String name, int[] header, byte[] payload) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(4 * header.length + payload.length);
        for (int h : header) {
            b.putInt(h);
        }
        Files.write(dir.resolve(name), b.put(payload).array());
    }

    private static void images(String prefix, int count, long seed) throws Exception {
        Random random = new Random(seed);
        byte[] pixels = new byte[count * 784];
        random.nextBytes(pixels); // all 256 intensities, including the unsigned high half
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) random.nextInt(10);
        }
        idx(prefix + "-images-idx3-ubyte", new int[] {0x803, count, 28, 28}, pixels);
        idx(prefix + "-labels-idx1-ubyte", new int[] {0x801, count}, labels);
    }

    @BeforeAll
    static void data() throws Exception {
        images("train", 40, 1);
        images("t10k", 7, 2);
    }

    private static DataSource dataDir() {
        return new DataSource(dir, null, null, null);
    }

    private static void assertSameData(Dataset expected, Dataset actual) {
        assertEquals(expected.features().precision(), actual.features().precision());
        assertEquals(expected.features().shape(), actual.features().shape());
        assertArrayEquals(expected.features().toFlatArray(), actual.features().toFlatArray(), 0.0);
        assertArrayEquals(expected.labels(), actual.labels());
    }

    @Test
    void byteSplitEqualsTheFloatSplitForEverySizeAndPrecision() {
        for (Precision p : Precision.values()) {
            MnistData floats = MnistRepository.loadFrom(dir, p);
            for (Integer trainSize : new Integer[] {null, 12}) {
                TrainingData loaded = TrainingData.load(dataDir(), 10, trainSize, 3, p, line -> { });
                DatasetSplit expected = DatasetSplit.of(floats.train(), 10, trainSize == null ? 30 : trainSize, 3);
                assertSameData(expected.train(), loaded.train());
                assertSameData(expected.validation(), loaded.validation());
                assertSameData(floats.test(), loaded.test());
            }
        }
    }

    @Test
    void noValidationKeepsAllTrainingRows() {
        TrainingData loaded = TrainingData.load(dataDir(), 0, null, 3, Precision.FLOAT32, line -> { });
        assertNull(loaded.validation());
        assertSameData(MnistRepository.loadFrom(dir, Precision.FLOAT32).train(), loaded.train());
        assertEquals(40, loaded.description().get("train-size"));
    }

    @Test
    void equalLoadsShareOneInstanceAndDifferentKeysDoNot() {
        TrainingData first = TrainingData.load(dataDir(), 10, 12, 5, Precision.FLOAT32, line -> { });
        assertSame(first, TrainingData.load(dataDir(), 10, 12, 5, Precision.FLOAT32, line -> { }));
        assertNotSame(first, TrainingData.load(dataDir(), 10, 12, 6, Precision.FLOAT32, line -> { }));
        assertNotSame(first, TrainingData.load(dataDir(), 11, 12, 5, Precision.FLOAT32, line -> { }));
        assertNotSame(first, TrainingData.load(dataDir(), 10, 13, 5, Precision.FLOAT32, line -> { }));
        assertNotSame(first, TrainingData.load(dataDir(), 10, 12, 5, Precision.FLOAT64, line -> { }));
    }

    @Test
    void aRewrittenCsvIsReadAgain(@TempDir Path csvDir) throws Exception {
        DataSource options = new DataSource(null, csvDir.resolve("train.csv"), null, null);
        String zeros = ",0".repeat(TrainingData.FEATURES);
        Files.writeString(options.trainCsv(), "3" + zeros + "\n4" + zeros + "\n");
        TrainingData before = TrainingData.load(options, 0, null, 1, Precision.FLOAT32, line -> { });
        Files.writeString(options.trainCsv(), "3" + zeros + "\n4" + zeros + "\n5" + zeros + "\n");
        TrainingData after = TrainingData.load(options, 0, null, 1, Precision.FLOAT32, line -> { });
        assertEquals(2, before.train().size());
        assertEquals(3, after.train().size());
    }
}
