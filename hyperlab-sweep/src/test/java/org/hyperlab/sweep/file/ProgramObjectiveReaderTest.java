package org.hyperlab.sweep.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hyperlab.sweep.process.ProgramSpec;
import org.hyperlab.sweep.space.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grammar of {@code objective.command}: defaults, placeholders, and each bad input as an error naming the key. */
class ProgramObjectiveReaderTest {
    @TempDir
    Path dir;

    private Path file(String... lines) throws Exception {
        return Files.writeString(dir.resolve("p.yaml"), String.join("\n", lines) + "\n");
    }

    @Test
    void aCommandObjectiveWithItsDefaults() throws Exception {
        SweepFile f = SweepFileReader.load(file(
                "objective: {command: [python3, t.py, --lr, \"{lr}\", \"--out={trial_dir}/m\"], metric: val_loss}",
                "fixed: {epochs: 3}", "params:", "  lr: {type: float, low: 0.001, high: 0.1, log: true}"));
        assertEquals(SweepFile.PROGRAM, f.command());
        ProgramSpec p = f.program();
        assertEquals(Direction.MINIMIZE, p.direction());
        assertEquals(ProgramSpec.ValueRule.LAST, p.value());
        assertNull(p.timeout());
        assertEquals(Duration.ofSeconds(5), p.grace());
        assertEquals("val_loss", f.objective().metric());
        assertEquals(List.of("python3", "t.py", "--lr", "0.01", "--out=/tmp/t7/m"),
                p.arguments(Map.of("lr", 0.01, "epochs", 3), 7, Path.of("/tmp/t7")));
        assertEquals("HYPERLAB_PARAM_BATCH_SIZE", ProgramSpec.environmentName("batch-size"));
    }

    @Test
    void timeoutGraceValueAndDirectionAreRead() throws Exception {
        ProgramSpec p = SweepFileReader.load(file("objective: {command: [sh, x.sh], metric: acc, direction: maximize, "
                + "value: best, timeout: 10m, grace: 500ms}", "params:", "  a: [1, 2]")).program();
        assertEquals(Direction.MAXIMIZE, p.direction());
        assertEquals(ProgramSpec.ValueRule.BEST, p.value());
        assertEquals(Duration.ofMinutes(10), p.timeout());
        assertEquals(Duration.ofMillis(500), p.grace());
    }

    @Test
    void badCommandObjectivesAreErrorsNamingTheKey() throws Exception {
        String[][] cases = {
                {"command: train\nobjective: {command: [sh, x.sh], metric: m}", "either 'command: train|descend' or an 'objective.command' list, not both"},
                {"objective: {command: [sh, x.sh, \"{lr}\"], metric: m}", "placeholder {lr} names no parameter"},
                {"objective: {command: [no-such-program-hyperlab], metric: m}", "program 'no-such-program-hyperlab' not found on PATH"},
                {"objective: {command: [sh, x.sh]}", "'objective.metric' is required"},
                {"objective: {command: [], metric: m}", "'objective.command' must be a non-empty list"},
                {"objective: {command: sh, metric: m}", "'objective.command' must be a non-empty list"},
                {"objective: {command: [sh], metric: m, value: median}", "'value' must be last or best"},
                {"objective: {command: [sh], metric: m, timeout: soon}", "'objective.timeout' must be a duration"},
                {"objective: {command: [sh], metric: m, retries: 2}", "unknown key 'retries'"},
        };
        for (String[] c : cases) {
            SweepFileException e = assertThrows(SweepFileException.class,
                    () -> SweepFileReader.load(file(c[0], "params:", "  a: [1, 2]")), c[0]);
            assertTrue(e.getMessage().contains(c[1]) && e.getMessage().contains("p.yaml"), e.getMessage());
        }
    }
}
