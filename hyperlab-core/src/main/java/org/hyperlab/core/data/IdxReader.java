package org.hyperlab.core.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.hyperlab.core.tensor.storage.Precision;

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
        try (Source src = open(file)) {
            ByteBuffer header = src.header(IMAGES_MAGIC, 16, "IDX3 unsigned-byte images");
            int count = header.getInt(4);
            int rows = header.getInt(8);
            int cols = header.getInt(12);
            if (count < 0 || rows < 1 || cols < 1) {
                throw new DataFormatException(file, "header announces " + count + " images of " + rows + "x" + cols
                        + ", expected a non-negative count and positive sizes");
            }
            byte[] pixels = src.payload((long) count * rows * cols, count + " images of " + rows + "x" + cols);
            return new ImageSet(count, rows, cols, pixels);
        }
    }

    /** Reads a labels file (idx1, unsigned bytes); every label must be below {@code numClasses}. */
    public static int[] readLabels(Path file, int numClasses) {
        byte[] raw;
        try (Source src = open(file)) {
            int count = src.header(LABELS_MAGIC, 8, "IDX1 unsigned-byte labels").getInt(4);
            if (count < 0) {
                throw new DataFormatException(file, "header announces " + count + " labels, expected a non-negative count");
            }
            raw = src.payload(count, count + " labels");
        }
        int[] labels = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            int label = raw[i] & 0xFF;
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
        return readLabeledImages(images, labels, numClasses).toDataset(precision);
    }

    /** Reads an images file and its labels file, keeping the pixels as bytes; the two counts must agree. */
    public static LabeledImages readLabeledImages(Path images, Path labels, int numClasses) {
        ImageSet set = readImages(images);
        int[] y = readLabels(labels, numClasses);
        if (y.length != set.count()) {
            throw new DataFormatException(labels, "holds " + y.length + " labels but " + images.getFileName()
                    + " holds " + set.count() + " images");
        }
        return new LabeledImages(set, y, numClasses);
    }

    /**
     * Opens {@code file}: a raw file is streamed (its size known up front, so the payload is read straight into
     * its final array); a file starting with the gzip magic {@code 1f 8b} is decompressed into memory first.
     */
    private static Source open(Path file) {
        DataFiles.requireRegularFile(file);
        try {
            long size = Files.size(file);
            byte[] magic;
            try (InputStream probe = Files.newInputStream(file)) {
                magic = probe.readNBytes(2);
            }
            if (magic.length < 2 || (magic[0] & 0xFF) != 0x1f || (magic[1] & 0xFF) != 0x8b) {
                return new Source(file, size, Files.newInputStream(file), "the file has");
            }
            // Two passes: the first only counts the decompressed bytes (bounded, nothing kept), so the second can stream
            // the payload straight into its final array like a raw file, and a gzip bomb costs no memory.
            GzipSize decompressed = decompressedSize(file);
            return new Source(file, decompressed.bytes(), new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                    decompressed.atLeast() ? "its decompressed content has at least" : "its decompressed content has");
        } catch (NoSuchFileException e) {
            throw new DataFormatException(file, "file not found");
        } catch (IOException e) {
            throw new DataFormatException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The decompressed size of a gzip file, refused past {@link DataFiles#MAX_BYTES} without reading further. The
     * count also stops one byte past the size its IDX header announces: a larger file is refused anyway (its
     * counts disagree with its size), so a bomb behind a valid header costs no more time than the real file would.
     */
    private static GzipSize decompressedSize(Path file) throws IOException {
        try (InputStream gz = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] head = gz.readNBytes(16);
            long stop = Math.min(DataFiles.MAX_BYTES, announcedSize(head)) + 1;
            byte[] sink = new byte[1 << 16];
            long total = head.length;
            for (int got; total < stop && (got = gz.read(sink, 0, (int) Math.min(sink.length, stop - total))) >= 0; ) {
                total += got;
            }
            if (total > DataFiles.MAX_BYTES) {
                throw new DataFormatException(file, "decompresses to more than " + (DataFiles.MAX_BYTES >> 20)
                        + " MiB, the most an IDX file may hold");
            }
            return new GzipSize(total, total == stop);
        } catch (EOFException e) {
            throw new DataFormatException(file, "truncated gzip data (the compressed file ends early)", e);
        } catch (ZipException e) {
            throw new DataFormatException(file, "corrupt gzip data: " + e.getMessage(), e);
        }
    }

    /** A decompressed size: exact, or a lower bound where counting stopped. */
    private record GzipSize(long bytes, boolean atLeast) {
    }

    /** The file size an IDX header announces (header and payload), or {@link Long#MAX_VALUE} when it does not say. */
    private static long announcedSize(byte[] head) {
        ByteBuffer h = ByteBuffer.wrap(head);
        if (head.length >= 16 && h.getInt(0) == IMAGES_MAGIC && h.getInt(4) >= 0 && h.getInt(8) > 0 && h.getInt(12) > 0) {
            return 16 + (long) h.getInt(4) * h.getInt(8) * h.getInt(12);
        }
        if (head.length >= 8 && h.getInt(0) == LABELS_MAGIC && h.getInt(4) >= 0) {
            return 8 + (long) h.getInt(4);
        }
        return Long.MAX_VALUE;
    }

    private static final class Source implements AutoCloseable {
        private final Path file;
        private final long size;
        private final InputStream in;
        private final String sizeWording;
        private int headerBytes;

        Source(Path file, long size, InputStream in, String sizeWording) {
            this.file = file;
            this.size = size;
            this.in = in;
            this.sizeWording = sizeWording;
        }

        /** Reads and checks the magic number, returns the whole header (big-endian). */
        ByteBuffer header(int magic, int bytes, String kind) {
            if (size < 4) {
                throw new DataFormatException(file, "truncated: " + size + " bytes, too short for an IDX header");
            }
            byte[] h = read((int) Math.min(size, bytes));
            ByteBuffer buf = ByteBuffer.wrap(h);
            int found = buf.getInt(0);
            if (found != magic) {
                throw new DataFormatException(file, String.format("wrong magic number 0x%08X, expected 0x%08X (%s)",
                        found, magic, kind));
            }
            if (size < bytes) {
                throw new DataFormatException(file, "truncated: " + size + " bytes, the header alone needs " + bytes);
            }
            headerBytes = bytes;
            return buf;
        }

        /** Reads the payload the header announced, after checking it matches the file size exactly. */
        byte[] payload(long payload, String what) {
            long expected = headerBytes + payload;
            if (expected > Integer.MAX_VALUE - 16) {
                throw new DataFormatException(file, "header announces " + what + ", too large to load");
            }
            if (size < expected) {
                throw new DataFormatException(file, "truncated: header announces " + what + " (" + expected
                        + " bytes) but " + sizeWording + " " + size + " bytes");
            }
            if (size > expected) {
                throw new DataFormatException(file, "counts disagree with the file size: header announces " + what
                        + " (" + expected + " bytes) but " + sizeWording + " " + size + " bytes");
            }
            return read((int) payload);
        }

        private byte[] read(int n) {
            byte[] b = new byte[n];
            try {
                // in chunks: one huge read would go through an equally huge temporary native buffer
                for (int off = 0; off < n; ) {
                    int got = in.read(b, off, Math.min(n - off, 1 << 20));
                    if (got < 0) {
                        throw new DataFormatException(file, "truncated: the file ended while reading (it changed?)");
                    }
                    off += got;
                }
                return b;
            } catch (IOException e) {
                throw new DataFormatException(file, "cannot read: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                // nothing was written; a failed close of a reader loses nothing
            }
        }
    }
}
