package org.hyperlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    @TempDir
    Path dir;

    /** An IDX file: big-endian int header words, then the payload bytes. */
    static byte[] idx(int[] header, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(4 * header.length + payload.length);
        for (int h : header) {
            b.putInt(h);
        }
        b.put(payload);
        return b.array();
    }

    /** Three 2x2 images whose pixels are 0, 1, ..., 10, 255 (covers the unsigned high byte). */
    static byte[] threeImages() {
        byte[] px = new byte[12];
        for (int i = 0; i < 11; i++) {
            px[i] = (byte) i;
        }
        px[11] = (byte) 255;
        return idx(new int[] {0x803, 3, 2, 2}, px);
    }

    static byte[] threeLabels() {
        return idx(new int[] {0x801, 3}, new byte[] {7, 0, 9});
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path writeGz(String name, byte[] bytes) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bos)) {
            out.write(bytes);
        }
        return write(name, bos.toByteArray());
    }

    @Test
    void readsImagesAsUnsignedBytesAndLabels() throws IOException {
        ImageSet images = IdxReader.readImages(write("img", threeImages()));
        assertEquals(3, images.count());
        assertEquals(2, images.height());
        assertEquals(2, images.width());
        assertEquals(255, images.pixel(2, 3));
        assertEquals(5, images.pixel(1, 1));
        assertArrayEquals(new int[] {7, 0, 9}, IdxReader.readLabels(write("lab", threeLabels()), 10));
    }

    @Test
    void datasetKeepsRawIntensitiesInEitherPrecision() throws IOException {
        Path img = write("img", threeImages());
        Path lab = write("lab", threeLabels());
        for (Precision p : Precision.values()) {
            Dataset d = IdxReader.readDataset(img, lab, 10, p);
            Matrix x = d.features();
            assertEquals(p, x.precision());
            assertEquals("3x4", x.shape());
            assertArrayEquals(new double[] {8, 9, 10, 255}, Arrays.copyOfRange(x.toFlatArray(), 8, 12));
            assertArrayEquals(new int[] {7, 0, 9}, d.labels());
        }
    }

    @Test
    void readsGzipFilesByContent() throws IOException {
        Dataset d = IdxReader.readDataset(writeGz("img.gz", threeImages()), writeGz("lab.gz", threeLabels()), 10,
                Precision.FLOAT32);
        assertEquals(255.0, d.features().get(2, 3));
        assertEquals(9, d.labels()[2]);
    }

    @Test
    void emptyButWellFormedFilesAreAccepted() throws IOException {
        assertEquals(0, IdxReader.readImages(write("img", idx(new int[] {0x803, 0, 28, 28}, new byte[0]))).count());
        assertEquals(0, IdxReader.readLabels(write("lab", idx(new int[] {0x801, 0}, new byte[0])), 10).length);
    }

    private void assertFails(Executable read, Path file, String... fragments) {
        DataFormatException e = assertThrows(DataFormatException.class, read);
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertEquals(file, e.file());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), e.getMessage());
        }
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("nope");
        assertFails(() -> IdxReader.readImages(missing), missing, "file not found");
        assertFails(() -> IdxReader.readLabels(missing, 10), missing, "file not found");
    }

    @Test
    void wrongMagicNumber() throws IOException {
        Path labelsAsImages = write("lab", threeLabels());
        assertFails(() -> IdxReader.readImages(labelsAsImages), labelsAsImages, "wrong magic number 0x00000801",
                "expected 0x00000803");
        Path imagesAsLabels = write("img", threeImages());
        assertFails(() -> IdxReader.readLabels(imagesAsLabels, 10), imagesAsLabels, "wrong magic number 0x00000803",
                "expected 0x00000801");
    }

    @Test
    void truncatedPayloadAndHeader() throws IOException {
        byte[] full = threeImages();
        Path cut = write("img", Arrays.copyOf(full, full.length - 1));
        assertFails(() -> IdxReader.readImages(cut), cut, "truncated", "3 images of 2x2 (28 bytes)", "27 bytes");
        Path header = write("img2", Arrays.copyOf(full, 10));
        assertFails(() -> IdxReader.readImages(header), header, "truncated", "10 bytes");
        Path tiny = write("img3", new byte[] {0, 0});
        assertFails(() -> IdxReader.readImages(tiny), tiny, "truncated");
        byte[] labels = threeLabels();
        Path cutLabels = write("lab", Arrays.copyOf(labels, labels.length - 2));
        assertFails(() -> IdxReader.readLabels(cutLabels, 10), cutLabels, "truncated", "3 labels");
    }

    @Test
    void truncatedGzipStream() throws IOException {
        Path gz = writeGz("img.gz", threeImages());
        byte[] bytes = Files.readAllBytes(gz);
        Path cut = write("cut.gz", Arrays.copyOf(bytes, bytes.length - 12));
        assertFails(() -> IdxReader.readImages(cut), cut, "truncated gzip");
    }

    @Test
    void gzipSizesAreThoseOfTheDecompressedContent() throws IOException {
        byte[] full = threeImages();
        Path gz = writeGz("img.gz", Arrays.copyOf(full, full.length - 1));
        assertFails(() -> IdxReader.readImages(gz), gz, "truncated", "its decompressed content has 27 bytes");
    }

    @Test
    void countsDisagreeingWithFileSize() throws IOException {
        byte[] full = threeImages();
        byte[] longer = Arrays.copyOf(full, full.length + 4);
        Path extra = write("img", longer);
        assertFails(() -> IdxReader.readImages(extra), extra, "counts disagree with the file size", "32 bytes");
        Path labels = write("lab", idx(new int[] {0x801, 2}, new byte[] {1, 2, 3}));
        assertFails(() -> IdxReader.readLabels(labels, 10), labels, "counts disagree", "2 labels");
    }

    @Test
    void negativeOrZeroSizesInHeader() throws IOException {
        Path f = write("img", idx(new int[] {0x803, 1, 0, 2}, new byte[0]));
        assertFails(() -> IdxReader.readImages(f), f, "1 images of 0x2");
    }

    @Test
    void labelOutsideClassRange() throws IOException {
        Path f = write("lab", idx(new int[] {0x801, 3}, new byte[] {1, 10, 2}));
        assertFails(() -> IdxReader.readLabels(f, 10), f, "label 10 at index 1 is outside 0-9");
    }

    @Test
    void imageAndLabelCountsMustAgree() throws IOException {
        Path img = write("img", threeImages());
        Path lab = write("lab", idx(new int[] {0x801, 2}, new byte[] {1, 2}));
        assertFails(() -> IdxReader.readDataset(img, lab, 10, Precision.FLOAT32), lab, "2 labels", "3 images");
    }
}
