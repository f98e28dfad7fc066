package org.hyperlab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data files that would hang a reader or exhaust memory end in a one-line {@link DataFormatException}. */
class HostileDataFilesTest {
    @TempDir
    Path dir;

    @Test
    void aNamedPipeIsRefusedInsteadOfBlockingForAWriter() throws Exception {
        Path fifo = dir.resolve("images.idx");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        DataFormatException idx = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(DataFormatException.class, () -> IdxReader.readImages(fifo)));
        assertTrue(idx.getMessage().contains("not a regular file"), idx.getMessage());
        DataFormatException csv = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(DataFormatException.class, () -> CsvReader.read(fifo, 4, 2, Precision.FLOAT32)));
        assertTrue(csv.getMessage().contains("not a regular file"), csv.getMessage());
    }

    @Test
    void aDirectoryIsRefusedByName() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> IdxReader.readImages(dir));
        assertTrue(e.getMessage().contains("a directory"), e.getMessage());
    }

    @Test
    void aGzipThatDecompressesPastTheLimitIsRefusedWithoutLoadingIt() throws IOException {
        // 2,000,000 images of 28x28 announced (1.5 GB, past DataFiles.MAX_BYTES): counting goes on to the limit
        Path bomb = bomb("bomb-idx3-ubyte.gz", 2_000_000);
        assertTrue(Files.size(bomb) < 4 << 20, "the bomb itself is small");
        DataFormatException e = assertThrows(DataFormatException.class, () -> IdxReader.readImages(bomb));
        assertTrue(e.getMessage().contains("decompresses to more than"), e.getMessage());
    }

    @Test
    void aGzipBombBehindASmallHeaderIsRefusedOnceItPassesTheAnnouncedSize() throws IOException {
        Path bomb = bomb("small-header-idx3-ubyte.gz", 1);
        long start = System.nanoTime();
        DataFormatException e = assertThrows(DataFormatException.class, () -> IdxReader.readImages(bomb));
        assertTrue(e.getMessage().contains("counts disagree with the file size: header announces 1 images of 28x28"
                + " (800 bytes) but its decompressed content has at least 801 bytes"), e.getMessage());
        // counting stopped at 801 bytes instead of inflating the whole gigabyte
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused without decompressing everything");
    }

    /**
     * One gzip member of 64 MiB of zeros after an IDX header announcing {@code images} images of 28x28, repeated:
     * gzip readers concatenate members, so the file is small while its content exceeds DataFiles.MAX_BYTES.
     */
    private Path bomb(String name, int images) throws IOException {
        int memberBytes = 64 << 20;
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(member)) {
            gz.write(ByteBuffer.allocate(16).putInt(IdxReader.IMAGES_MAGIC).putInt(images).putInt(28).putInt(28).array());
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < memberBytes >> 20; i++) {
                gz.write(zeros);
            }
        }
        Path bomb = dir.resolve(name);
        long members = DataFiles.MAX_BYTES / memberBytes + 1;
        try (OutputStream out = Files.newOutputStream(bomb)) {
            for (int i = 0; i < members; i++) {
                out.write(member.toByteArray());
            }
        }
        return bomb;
    }
}
