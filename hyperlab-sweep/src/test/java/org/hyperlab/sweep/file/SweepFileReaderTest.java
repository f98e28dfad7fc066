package org.hyperlab.sweep.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep-file grammar: defaults, and every kind of problem reported before any trial with file and key. */
class SweepFileReaderTest {
    @TempDir
    Path dir;

    private Path file(String... lines) throws Exception {
        return Files.writeString(dir.resolve("s.yaml"), String.join("\n", lines) + "\n");
    }

    @Test
    void defaultsOfATrainSweep() throws Exception {
        SweepFile f = SweepFileReader.load(file("params:", "  lr: [0.1, 0.01]"));
        assertEquals("train", f.command());
        assertEquals(20, f.trials());
        assertEquals(0, f.seed());
        assertEquals("validation-loss", f.objective().metric());
    }

    @Test
    void problemsNameTheFileAndTheKey() throws Exception {
        String[][] cases = {
                {"trials: 4294967297", "'trials' must be at most 2147483647"},
                {"trials: 0", "'trials' must be at least 1"},
                {"fixed: {epochs: 2.5}", "option 'epochs' expects an integer"},
                {"fixed: {optimizer: adamm}", "unknown optimizer 'adamm'"},
                {"fixed: {lr: 0.1, learning-rate: 0.2}", "name one option"},
                {"fixed: {epoch: 3}", "fixed option 'epoch' is not a train option"},
                {"colour: red", "unknown key 'colour'"},
        };
        for (String[] c : cases) {
            SweepFileException e = assertThrows(SweepFileException.class,
                    () -> SweepFileReader.load(file(c[0], "params:", "  momentum: [0.5, 0.9]")), c[0]);
            assertTrue(e.getMessage().contains(c[1]) && e.getMessage().contains("s.yaml"), e.getMessage());
        }
    }

    @Test
    void descendFixedValuesGoThroughDescendsChecks() throws Exception {
        SweepFileException e = assertThrows(SweepFileException.class, () -> SweepFileReader.load(file(
                "command: descend", "fixed: {x: abc}", "params:", "  w0: [1.0, 2.0]")));
        assertTrue(e.getMessage().contains("--x"), e.getMessage());
    }

    @Test
    void aliasExpansionIsBounded() throws Exception {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        String prev = "a";
        for (int level = 0; level < 8; level++) {
            String next = "l" + level;
            yaml.append(next).append(": &").append(next).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            yaml.append("]\n");
            prev = next;
        }
        Path bomb = Files.writeString(dir.resolve("bomb.yaml"), yaml.toString());
        SweepFileException e = assertThrows(SweepFileException.class, () -> SweepFileReader.load(bomb));
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void searchedValuesGoThroughTheCommandsChecksBeforeAnyTrial() throws Exception {
        String[][] cases = {
                {"  epochs: {type: int, low: -3, high: 2}", "'params': epochs = -3: epochs: expected 1..10000"},
                {"  optimizer: [adam, '@/etc/passwd']", "'params': optimizer = @/etc/passwd: unknown optimizer"},
                {"  hidden: [64, 2000000]", "'params': hidden = 2000000"},
                {"  lr: {type: float, low: -1.0, high: 1.0}", "'params': lr = -1.0"},
        };
        for (String[] c : cases) {
            SweepFileException e = assertThrows(SweepFileException.class,
                    () -> SweepFileReader.load(file("params:", c[0])), c[0]);
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
        }
        // searched options are checked together: momentum is valid for the searched optimizers
        SweepFileReader.load(file("params:", "  optimizer: [momentum, nesterov]",
                "  momentum: {type: float, low: 0.0, high: 0.95}"));
    }

    @Test
    void aDescendTrialMustBeOneRun() throws Exception {
        SweepFileException e = assertThrows(SweepFileException.class, () -> SweepFileReader.load(file(
                "command: descend", "fixed: {epochs: 10}", "params:", "  lr: {type: float, low: 0.001, high: 1.0}")));
        assertTrue(e.getMessage().contains("search 'w0' in 'params' or fix it to one number"), e.getMessage());
        assertEquals("descend", SweepFileReader.load(file("command: descend", "fixed: {epochs: 10, w0: 1}",
                "params:", "  lr: {type: float, low: 0.001, high: 1.0}")).command());
    }
}
