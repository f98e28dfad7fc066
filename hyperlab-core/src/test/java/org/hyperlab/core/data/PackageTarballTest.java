package org.hyperlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading wanted files out of tiny test-made tarballs, and refusing truncated, malformed and oversized ones. */
class PackageTarballTest {
    @TempDir
    Path tmp;

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return b;
    }

    private Map<String, byte[]> extract(byte[] tarGz, Map<String, Long> wanted, long maxUnpacked) throws IOException {
        Path archive = Files.write(tmp.resolve("a.tgz"), tarGz);
        Map<String, byte[]> got = new LinkedHashMap<>();
        PackageTarball.extract(archive, wanted, maxUnpacked, (name, content) -> got.put(name, content.readAllBytes()));
        return got;
    }

    private IOException refused(byte[] tarGz, Map<String, Long> wanted, long maxUnpacked) {
        return assertThrows(IOException.class, () -> extract(tarGz, wanted, maxUnpacked));
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(raw);
        }
        return bos.toByteArray();
    }

    @Test
    void handsOverTheWantedFilesInArchiveOrderSkippingTheRest() throws IOException {
        byte[] a = bytes(700, 1);
        byte[] c = bytes(512, 3);
        byte[] tgz = new TarFixtures().file("package/a.bin", a).entry("package/dir/", '5', new byte[0])
                .file("package/b.txt", "hello".getBytes(StandardCharsets.US_ASCII)).file("package/c.bin", c).tarGz();
        Map<String, byte[]> got = extract(tgz, Map.of("package/c.bin", 512L, "package/a.bin", 700L), 1 << 20);
        assertEquals(List.of("package/a.bin", "package/c.bin"), List.copyOf(got.keySet()));
        assertArrayEquals(a, got.get("package/a.bin"));
        assertArrayEquals(c, got.get("package/c.bin"));
    }

    @Test
    void paxPathAndGnuLongNameOverrideTheHeaderName() throws IOException {
        String longName = "package/" + "x".repeat(150) + "/data.bin";
        byte[] tgz = new TarFixtures()
                .entry("PaxHeader/data.bin", 'x', TarFixtures.paxRecord("path", longName))
                .file("truncated-name", bytes(3, 0))
                .entry("././@LongLink", 'L', (longName + "2\0").getBytes(StandardCharsets.US_ASCII))
                .file("truncated-name2", bytes(4, 0))
                .tarGz();
        Map<String, byte[]> got = extract(tgz, Map.of(longName, 3L, longName + "2", 4L), 1 << 20);
        assertArrayEquals(bytes(3, 0), got.get(longName));
        assertArrayEquals(bytes(4, 0), got.get(longName + "2"));
    }

    @Test
    void aWantedEntryMustBeOneRegularFileOfItsExpectedSize() throws IOException {
        byte[] twice = new TarFixtures().file("p/a", bytes(5, 0)).file("p/a", bytes(5, 1)).tarGz();
        assertTrue(refused(twice, Map.of("p/a", 5L), 1 << 20).getMessage().contains("occurs twice"));
        byte[] bigger = new TarFixtures().file("p/a", bytes(6, 0)).tarGz();
        assertTrue(refused(bigger, Map.of("p/a", 5L), 1 << 20).getMessage()
                .contains("entry p/a declares 6 bytes, expected 5"));
        byte[] link = new TarFixtures().entry("p/a", '2', new byte[0]).tarGz();
        assertTrue(refused(link, Map.of("p/a", 0L), 1 << 20).getMessage().contains("not a regular file"));
    }

    @Test
    void anArchiveEndingInsideAnEntryOrAHeaderIsAnError() throws IOException {
        byte[] tar = new TarFixtures().file("p/a", bytes(1000, 0)).tar();
        refused(gzip(Arrays.copyOf(tar, 512 + 600)), Map.of("p/a", 1000L), 1 << 20);
        byte[] twoFiles = new TarFixtures().file("p/a", bytes(10, 0)).file("p/b", bytes(10, 0)).tar();
        refused(gzip(Arrays.copyOf(twoFiles, 1024 + 100)), Map.of("p/b", 10L), 1 << 20);
        byte[] tgz = gzip(tar);
        refused(Arrays.copyOf(tgz, tgz.length / 2), Map.of("p/a", 1000L), 1 << 20);
    }

    @Test
    void aCorruptHeaderOrANonGzipFileIsAnError() throws IOException {
        byte[] tar = new TarFixtures().file("p/a", bytes(10, 0)).tar();
        tar[0] ^= 1;
        refused(gzip(tar), Map.of("p/a", 10L, "q/a", 10L), 1 << 20);
        refused("not a tarball at all".getBytes(StandardCharsets.US_ASCII), Map.of("p/a", 10L), 1 << 20);
    }

    @Test
    void unpackingStopsAtTheLimitEvenInSkippedEntries() throws IOException {
        // 4 MiB of zeros compress to a few KiB: a small gzip bomb, none of it wanted
        byte[] bomb = new TarFixtures().file("p/zeros", new byte[4 << 20]).file("p/a", bytes(10, 0)).tarGz();
        assertTrue(bomb.length < 64 << 10, "compressed " + bomb.length);
        IOException e = refused(bomb, Map.of("p/a", 10L), 1 << 20);
        assertTrue(e.getMessage().contains("unpacks to more than 1048576 bytes"), e.getMessage());
        assertArrayEquals(bytes(10, 0), extract(bomb, Map.of("p/a", 10L), 8 << 20).get("p/a"));
    }

    @Test
    void anEmptyArchiveHasNoEntries() throws IOException {
        assertEquals(Map.of(), extract(gzip(new byte[1024]), Map.of("p/a", 1L), 1 << 20));
        assertEquals(Map.of(), extract(gzip(new byte[0]), Map.of("p/a", 1L), 1 << 20));
    }
}
