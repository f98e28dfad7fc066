package org.hyperlab.cli.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hyperlab.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hyperlab dashboard}'s usage errors (the server itself is tested in the dashboard module). */
class DashboardCommandTest {
    @TempDir
    Path dir;

    @Test
    void aMissingStoreOrABadPortIsAUsageError() {
        CliRun missing = CliRun.of("dashboard", "--storage", "jdbc:sqlite:" + dir.resolve("none.db"), "--port", "0");
        assertEquals(2, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("no study store at"), missing.err());
        assertFalse(Files.exists(dir.resolve("none.db")), "the dashboard never creates a store");
        CliRun port = CliRun.of("dashboard", "--port", "70000", "--runs", dir.toString());
        assertEquals(2, port.exitCode(), port.err());
        assertTrue(port.err().contains("port"), port.err());
    }
}
