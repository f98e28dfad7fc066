package org.hyperlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TarReaderTest {
    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return b;
    }

    @Test
    void readsEntriesInOrderSkippingUnreadContent() throws IOException {
        byte[] a = bytes(700, 1);
        byte[] c = bytes(512, 3);
        byte[] tar = new TarFixtures().file("package/a.bin", a).entry("package/dir/", '5', new byte[0])
                .file("package/b.txt", "hello".getBytes(StandardCharsets.US_ASCII)).file("package/c.bin", c).tar();
        TarReader r = new TarReader(new ByteArrayInputStream(tar));
        TarReader.Entry e = r.next();
        assertEquals(new TarReader.Entry("package/a.bin", 700, '0'), e);
        assertArrayEquals(a, r.content().readAllBytes());
        TarReader.Entry dir = r.next();
        assertFalse(dir.isFile());
        assertEquals("package/b.txt", r.next().name());
        // b's content is not read: next() must skip it and its padding
        assertEquals("package/c.bin", r.next().name());
        assertArrayEquals(c, r.content().readAllBytes());
        assertNull(r.next());
    }

    @Test
    void paxPathAndGnuLongNameOverrideTheHeaderName() throws IOException {
        String longName = "package/" + "x".repeat(150) + "/data.bin";
        byte[] tar = new TarFixtures()
                .entry("PaxHeader/data.bin", 'x', TarFixtures.paxRecord("path", longName))
                .file("truncated-name", bytes(3, 0))
                .entry("././@LongLink", 'L', (longName + "2\0").getBytes(StandardCharsets.US_ASCII))
                .file("truncated-name2", bytes(4, 0))
                .tar();
        TarReader r = new TarReader(new ByteArrayInputStream(tar));
        assertEquals(longName, r.next().name());
        assertEquals(longName + "2", r.next().name());
        assertArrayEquals(bytes(4, 0), r.content().readAllBytes());
        assertNull(r.next());
    }

    @Test
    void corruptHeaderChecksumIsAnError() {
        byte[] tar = new TarFixtures().file("a", bytes(10, 0)).tar();
        tar[0] ^= 1;
        IOException e = assertThrows(IOException.class, () -> new TarReader(new ByteArrayInputStream(tar)).next());
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void archiveEndingInsideAnEntryIsAnError() throws IOException {
        byte[] tar = new TarFixtures().file("a", bytes(1000, 0)).tar();
        TarReader r = new TarReader(new ByteArrayInputStream(Arrays.copyOf(tar, 512 + 600)));
        r.next();
        assertThrows(EOFException.class, () -> r.content().readAllBytes());
        TarReader cutHeader = new TarReader(new ByteArrayInputStream(Arrays.copyOf(tar, 100)));
        assertThrows(EOFException.class, cutHeader::next);
    }

    @Test
    void emptyStreamHasNoEntries() throws IOException {
        assertNull(new TarReader(new ByteArrayInputStream(new byte[0])).next());
    }
}
