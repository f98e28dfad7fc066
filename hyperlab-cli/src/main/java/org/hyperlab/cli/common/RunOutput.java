package org.hyperlab.cli.common;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.hyperlab.core.io.RunDirectories;

/** Where a command writes its files: the exact {@code --out} directory (new or empty) or a fresh {@code runs/<prefix>-<time>}. */
public final class RunOutput {
    /** The base directory for fresh run directories when {@code --out} is not given. */
    static final Path DEFAULT_BASE = Path.of("runs");

    private RunOutput() {
    }

    public static Path directory(Path out, String prefix) {
        try {
            return out != null ? RunDirectories.createExact(out) : RunDirectories.create(DEFAULT_BASE, prefix);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--out: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
