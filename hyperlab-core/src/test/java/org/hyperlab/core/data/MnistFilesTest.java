package org.hyperlab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistFilesTest {
    @TempDir
    Path dir;

    @Test
    void dataRootComesFromTheVariableOrTheHomeCache() {
        assertEquals(Path.of("/data/x"), MnistFiles.dataRoot("/data/x", "/home/u"));
        assertEquals(Path.of("/home/u/.cache/hyperlab"), MnistFiles.dataRoot(null, "/home/u"));
        assertEquals(Path.of("/home/u/.cache/hyperlab"), MnistFiles.dataRoot(" ", "/home/u"));
    }

    @Test
    void sizesFollowFromTheFormat() {
        assertEquals(47_040_016L, MnistFiles.TRAIN_IMAGES.size());
        assertEquals(10_008L, MnistFiles.TEST_LABELS.size());
    }

    @Test
    void locateAcceptsDottedAndGzipSpellings() throws IOException {
        Path dotted = Files.write(dir.resolve("train-images.idx3-ubyte.gz"), new byte[1]);
        assertEquals(dotted, MnistFiles.locate(dir, MnistFiles.TRAIN_IMAGES));
        Path plain = Files.write(dir.resolve("train-images-idx3-ubyte"), new byte[1]);
        assertEquals(plain, MnistFiles.locate(dir, MnistFiles.TRAIN_IMAGES));
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> MnistFiles.locate(dir, MnistFiles.TEST_LABELS));
        assertTrue(e.getMessage().contains("t10k-labels-idx1-ubyte: file not found"), e.getMessage());
        assertTrue(e.getMessage().contains("t10k-labels.idx1-ubyte.gz"), e.getMessage());
    }

    @Test
    void loadFromAUserDirectoryReportsTheMissingFile() throws IOException {
        Files.write(dir.resolve("train-images-idx3-ubyte"), IdxReaderTest.threeImages());
        Files.write(dir.resolve("train-labels-idx1-ubyte"), IdxReaderTest.threeLabels());
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> MnistRepository.loadFrom(dir, Precision.FLOAT32));
        assertTrue(e.getMessage().contains("t10k-"), e.getMessage());
    }
}
