package org.hyperlab.core.data;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks made before a data file is opened. Only regular files are read: opening a named pipe blocks until some
 * other process writes to it, and a device or directory has no size to check, so either would hang or mislead a
 * reader that sizes its arrays from the file.
 */
public final class DataFiles {
    /** The most bytes one data file may hold (or decompress to): every reader keeps a file in one array. */
    public static final long MAX_BYTES = 1L << 30;

    private DataFiles() {
    }

    /** Throws {@link DataFormatException} unless {@code file} exists and is a regular file (links followed). */
    public static void requireRegularFile(Path file) {
        if (!Files.exists(file)) {
            throw new DataFormatException(file, "file not found");
        }
        if (!Files.isRegularFile(file)) {
            String kind = Files.isDirectory(file) ? "a directory" : "not a regular file (a pipe, socket or device)";
            throw new DataFormatException(file, kind + "; expected a data file");
        }
    }
}
