package org.hyperlab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesContentReadableByOthersIntoNewParentDirectories() throws IOException {
        Path target = dir.resolve("a/b/result.csv");
        AtomicFiles.writeString(target, "x,y\n1,2\n");
        assertEquals("x,y\n1,2\n", Files.readString(target));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void aFailingWriterLeavesThePreviousContentAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("model.bin");
        AtomicFiles.writeString(target, "old");
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void runDirectoriesAreFreshAndANonEmptyExactDirectoryIsRefused() throws IOException {
        Path first = RunDirectories.create(dir, "train");
        Path second = RunDirectories.create(dir, "train");
        assertNotEquals(first, second);
        assertTrue(Files.isDirectory(first) && Files.isDirectory(second));
        Files.writeString(first.resolve("history.csv"), "epoch\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunDirectories.createExact(first));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals(second, RunDirectories.createExact(second));
    }
}
