package org.hyperlab.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Creates fresh output directories: {@code <base>/<prefix>-<yyyyMMdd-HHmmss>} with a {@code -2}, {@code -3}, …
 * suffix when that name is taken. A previous run is never reused or overwritten.
 */
public final class RunDirectories {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RunDirectories() {
    }

    /** Creates and returns a new, empty directory under {@code base}. */
    public static Path create(Path base, String prefix) {
        String stem = prefix + "-" + LocalDateTime.now().format(STAMP);
        try {
            Files.createDirectories(base);
            for (int n = 1; ; n++) {
                Path candidate = base.resolve(n == 1 ? stem : stem + "-" + n);
                try {
                    return Files.createDirectory(candidate);
                } catch (FileAlreadyExistsException taken) {
                    // try the next suffix
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a run directory under " + base + ": " + e.getMessage(), e);
        }
    }

    /**
     * Uses {@code exact} as the run directory if it does not exist yet or is empty; refuses a non-empty one
     * so that nothing already written is overwritten.
     */
    public static Path createExact(Path exact) {
        try {
            if (Files.isDirectory(exact)) {
                try (var entries = Files.list(exact)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalArgumentException("output directory " + exact
                                + " is not empty; choose a new one (hyperlab never overwrites a previous run)");
                    }
                }
                return exact;
            }
            return Files.createDirectories(exact);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + exact + ": " + e.getMessage(), e);
        }
    }
}
