package org.hyperlab.core.data;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.hyperlab.core.tensor.Precision;

/**
 * Reads the IDX files MNIST ships in (raw, or gzip-compressed: detected from the content, not the name).
 *
 * <p>Format (big-endian): images start with magic {@code 0x00000803} (unsigned bytes, 3 dimensions), then the
 * image count, the row count and the column count, then count*rows*cols pixel bytes; labels start with magic
 * {@code 0x00000801} (unsigned bytes, 1 dimension), then the count, then one byte per label. The file must hold
 * exactly what its header announces: fewer bytes is a truncated file, more means the counts disagree with the
 * file size. Every problem is a {@link DataFormatException} naming the file.
 */
public final class IdxReader {
    /** Magic number of an IDX file of unsigned-byte 3-D data (images). */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Magic number of an IDX file of unsigned-byte 1-D data (labels). */
    public static final int LABELS_MAGIC = 0x00000801;

    private IdxReader() {
    }

    /** Reads an images file (idx3, unsigned bytes). */
    public static ImageSet readImages(Path file) {
        ByteBuffer buf = ByteBuffer.wrap(readContent(file));
        requireHeader(file, buf, IMAGES_MAGIC, 16, "IDX3 unsigned-byte images");
        int count = buf.getInt(4);
        int rows = buf.getInt(8);
        int cols = buf.getInt(12);
        if (count < 0 || rows < 1 || cols < 1) {
            throw new DataFormatException(file, "header announces " + count + " images of " + rows + "x" + cols
                    + ", expected a non-negative count and positive sizes");
        }
        long payload = (long) count * rows * cols;
        requireLength(file, buf.capacity(), 16, payload, count + " images of " + rows + "x" + cols);
        byte[] pixels = new byte[(int) payload];
        buf.get(16, pixels);
        return new ImageSet(count, rows, cols, pixels);
    }

    /** Reads a labels file (idx1, unsigned bytes); every label must be below {@code numClasses}. */
    public static int[] readLabels(Path file, int numClasses) {
        ByteBuffer buf = ByteBuffer.wrap(readContent(file));
        requireHeader(file, buf, LABELS_MAGIC, 8, "IDX1 unsigned-byte labels");
        int count = buf.getInt(4);
        if (count < 0) {
            throw new DataFormatException(file, "header announces " + count + " labels, expected a non-negative count");
        }
        requireLength(file, buf.capacity(), 8, count, count + " labels");
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            int label = buf.get(8 + i) & 0xFF;
            if (label >= numClasses) {
                throw new DataFormatException(file, "label " + label + " at index " + i + " is outside 0-"
                        + (numClasses - 1));
            }
            labels[i] = label;
        }
        return labels;
    }

    /**
     * Reads an images file and its labels file into a {@link Dataset} of raw intensities 0..255; the two counts
     * must agree.
     */
    public static Dataset readDataset(Path images, Path labels, int numClasses, Precision precision) {
        ImageSet set = readImages(images);
        int[] y = readLabels(labels, numClasses);
        if (y.length != set.count()) {
            throw new DataFormatException(labels, "holds " + y.length + " labels but " + images.getFileName()
                    + " holds " + set.count() + " images");
        }
        return new Dataset(set.toMatrix(precision), y, numClasses);
    }

    /** The file's bytes, decompressed when they start with the gzip magic {@code 1f 8b}. */
    static byte[] readContent(Path file) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataFormatException(file, "file not found");
        } catch (IOException e) {
            throw new DataFormatException(file, "cannot read: " + e.getMessage(), e);
        }
        if (raw.length < 2 || (raw[0] & 0xFF) != 0x1f || (raw[1] & 0xFF) != 0x8b) {
            return raw;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw), 1 << 16)) {
            return in.readAllBytes();
        } catch (EOFException e) {
            throw new DataFormatException(file, "truncated gzip data (the compressed file ends early)", e);
        } catch (ZipException e) {
            throw new DataFormatException(file, "corrupt gzip data: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DataFormatException(file, "cannot decompress: " + e.getMessage(), e);
        }
    }

    private static void requireHeader(Path file, ByteBuffer buf, int magic, int headerBytes, String kind) {
        if (buf.capacity() < 4) {
            throw new DataFormatException(file, "truncated: " + buf.capacity() + " bytes, too short for an IDX header");
        }
        int found = buf.getInt(0);
        if (found != magic) {
            throw new DataFormatException(file, String.format("wrong magic number 0x%08X, expected 0x%08X (%s)",
                    found, magic, kind));
        }
        if (buf.capacity() < headerBytes) {
            throw new DataFormatException(file, "truncated: " + buf.capacity() + " bytes, the header alone needs "
                    + headerBytes);
        }
    }

    private static void requireLength(Path file, long actual, int header, long payload, String what) {
        long expected = header + payload;
        if (expected > Integer.MAX_VALUE - 16) {
            throw new DataFormatException(file, "header announces " + what + ", too large to load");
        }
        if (actual < expected) {
            throw new DataFormatException(file, "truncated: header announces " + what + " (" + expected
                    + " bytes) but the file has " + actual + " bytes");
        }
        if (actual > expected) {
            throw new DataFormatException(file, "counts disagree with the file size: header announces " + what
                    + " (" + expected + " bytes) but the file has " + actual + " bytes");
        }
    }
}
