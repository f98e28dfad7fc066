package org.hyperlab.cli.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hyperlab.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors of {@code hyperlab assignment} end with exit 2 and one clear line, before any work starts. */
class AssignmentUsageTest {
    @TempDir
    Path tmp;

    @Test
    void aNonEmptyOutputDirectoryIsRefusedAndLeftAlone() throws Exception {
        Path old = tmp.resolve("old");
        Files.createDirectories(old);
        Files.writeString(old.resolve("index.html"), "previous report");
        CliRun run = CliRun.of("assignment", "--quick", "--out", old.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--out") && run.err().contains("not empty"), run.err());
        assertEquals("previous report", Files.readString(old.resolve("index.html")));
    }

    @Test
    void aNonPositiveThreadCountIsAUsageError() {
        CliRun run = CliRun.of("assignment", "--quick", "--threads", "0", "--out", tmp.resolve("new").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--threads"), run.err());
        assertTrue(!Files.exists(tmp.resolve("new")), "nothing written");
    }

    @Test
    void helpShowsTheOptionsAndExamples() {
        CliRun run = CliRun.of("assignment", "--help");
        assertEquals(0, run.exitCode());
        for (String s : new String[] {"--out", "--quick", "--seed", "--json", "hyperlab assignment --quick --out"}) {
            assertTrue(run.out().contains(s), "help mentions " + s);
        }
    }
}
