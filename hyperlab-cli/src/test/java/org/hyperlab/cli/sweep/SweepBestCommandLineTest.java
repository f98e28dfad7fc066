package org.hyperlab.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hyperlab.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sweep best} prints a command line that repeats the best trial: the searched values and the file's fixed
 * options, a fixed {@code seed} included (it is what every trial trained with), not the seed a trial would derive.
 */
class SweepBestCommandLineTest {
    @TempDir
    Path dir;

    @Test
    void theCommandLineCarriesTheFixedOptionsAndTheFixedSeed() throws Exception {
        Path file = Files.writeString(dir.resolve("best.yaml"), String.join("\n",
                "study: best-demo",
                "objective: {metric: validation-loss, direction: minimize}",
                "trials: 2",
                "sampler: {type: random}",
                "pruner: {type: none}",
                "fixed: {epochs: 3, seed: 1}",
                "params:",
                "  lr: {type: float, low: 0.01, high: 0.1}",
                ""));
        String storage = "jdbc:sqlite:" + dir.resolve("s.db");
        assertEquals(0, CliRun.of("sweep", "create", file.toString(), "--storage", storage).exitCode());
        CliRun ask = CliRun.of("sweep", "ask", "best-demo", "--storage", storage);
        assertEquals(0, ask.exitCode(), ask.err());
        assertEquals(0, CliRun.of("sweep", "tell", "best-demo", "0", "0.25", "--storage", storage).exitCode());

        CliRun best = CliRun.of("sweep", "best", "best-demo", "--storage", storage);
        assertEquals(0, best.exitCode(), best.err());
        List<String> lines = best.out().strip().lines().toList();
        assertEquals("trial 0: validation-loss = 0.25", lines.get(0));
        String command = lines.get(1);
        assertTrue(command.startsWith("hyperlab train "), command);
        assertTrue(command.contains("--epochs 3"), command);
        assertTrue(command.contains("--seed 1") && !command.matches(".*--seed 1\\d.*"), command);
        assertEquals(1, command.split("--seed", -1).length - 1, "one seed: " + command);
        assertTrue(command.contains("--lr "), command);
    }
}
