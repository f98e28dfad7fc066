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
import org.hyperlab.core.tensor.Precision;
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
        // One gzip member of 64 MiB of zeros after an IDX header, repeated: gzip readers concatenate members, so the
        // file is small while its content exceeds DataFiles.MAX_BYTES.
        int memberBytes = 64 << 20;
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(member)) {
            gz.write(ByteBuffer.allocate(16).putInt(IdxReader.IMAGES_MAGIC).putInt(1).putInt(28).putInt(28).array());
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < memberBytes >> 20; i++) {
                gz.write(zeros);
            }
        }
        Path bomb = dir.resolve("bomb-idx3-ubyte.gz");
        long members = DataFiles.MAX_BYTES / memberBytes + 1;
        try (OutputStream out = Files.newOutputStream(bomb)) {
            for (int i = 0; i < members; i++) {
                out.write(member.toByteArray());
            }
        }
        assertTrue(Files.size(bomb) < 4 << 20, "the bomb itself is small");
        DataFormatException e = assertThrows(DataFormatException.class, () -> IdxReader.readImages(bomb));
        assertTrue(e.getMessage().contains("decompresses to more than"), e.getMessage());
    }
}
