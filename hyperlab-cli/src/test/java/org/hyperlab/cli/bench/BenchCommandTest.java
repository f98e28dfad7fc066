package org.hyperlab.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hyperlab.cli.CliRun;
import org.hyperlab.cli.common.ExitCodes;
import org.junit.jupiter.api.Test;

/** {@code hyperlab bench}'s contract without running the (minutes-long) benchmark itself. */
class BenchCommandTest {
    @Test
    void badCountsAreUsageErrorsNamingTheFlag() {
        CliRun run = CliRun.of("bench", "--epochs", "0");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--epochs"), run.err());
        run = CliRun.of("bench", "--threads", "0");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--threads"), run.err());
    }

    @Test
    void aMissingDataDirectoryIsAUsageError() {
        CliRun run = CliRun.of("bench", "--data-dir", "/nonexistent/mnist");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("/nonexistent/mnist"), run.err());
    }

    @Test
    void helpListsExamples() {
        CliRun run = CliRun.of("bench", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("hyperlab bench --epochs 10 --json"), run.out());
    }
}
