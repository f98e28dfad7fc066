package org.hyperlab.sweep.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hyperlab.sweep.pruner.NopPruner;
import org.hyperlab.sweep.sampler.TpeSampler;
import org.hyperlab.sweep.sampler.nsga2.Nsga2Sampler;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code objectives:}: what it reads, and every problem as one line naming the file and the line of the key. */
class ObjectivesGrammarTest {
    @TempDir
    Path dir;

    private Path file(String... lines) throws Exception {
        return Files.writeString(dir.resolve("mo.yaml"), String.join("\n", lines) + "\n");
    }

    @Test
    void trainObjectivesWithDefaultDirections() throws Exception {
        SweepFile f = SweepFileReader.load(file(
                "objectives:",
                "  - {metric: val_accuracy}",
                "  - {metric: seconds}",
                "  - {metric: parameters, direction: minimize}",
                "params:",
                "  lr: [0.1, 0.01]"));
        assertEquals(List.of(new ObjectiveSpec("validation-accuracy", Direction.MAXIMIZE),
                new ObjectiveSpec("seconds", Direction.MINIMIZE), new ObjectiveSpec("parameters", Direction.MINIMIZE)),
                f.objectives());
        assertEquals(f.objectives().get(0), f.objective());
        assertInstanceOf(TpeSampler.class, f.buildSampler(), "the default TPE serves several objectives");
        assertInstanceOf(NopPruner.class, f.buildPruner(), "no pruning by default with several objectives");
    }

    @Test
    void programObjectivesAndNsga2() throws Exception {
        SweepFile f = SweepFileReader.load(file(
                "objective: {command: [sh, prog.sh], value: best}",
                "objectives: [{metric: loss}, {metric: acc, direction: maximize}]",
                "sampler: {type: nsga2, population: 8, crossover: 0.8, mutation: 0.2}",
                "params:",
                "  x: {type: float, low: 0.0, high: 1.0}"));
        assertEquals(List.of(new ObjectiveSpec("loss", Direction.MINIMIZE), new ObjectiveSpec("acc", Direction.MAXIMIZE)),
                f.objectives());
        assertEquals("loss", f.program().metric());
        assertEquals(8, ((Nsga2Sampler) f.buildSampler()).population());
    }

    @Test
    void oneObjectiveInTheListIsTheSingleForm() throws Exception {
        SweepFile f = SweepFileReader.load(file("objectives: [{metric: train-loss}]", "params:", "  lr: [0.1, 0.01]"));
        assertEquals(List.of(new ObjectiveSpec("train-loss", Direction.MINIMIZE)), f.objectives());
        assertEquals("median", f.prunerType(), "a single objective keeps the median pruner by default");
    }

    @Test
    void problemsAreOneLineWithFileAndLine() throws Exception {
        String[][] cases = {
                // {the objectives or sampler lines, the expected line, what the message says}
                {"objectives: [{metric: validation-loss, direction: up}, {metric: seconds}]", "3",
                        "'objectives' entry 1: direction must be minimize or maximize, got 'up'"},
                {"objectives: [{metric: validation-loss}, {direction: minimize}]", "3",
                        "'objectives' entry 2: 'metric' is required"},
                {"objectives: [{metric: validation-loss}, {metric: latency}]", "3",
                        "train metric must be one of validation-loss, validation-accuracy, train-loss, train-accuracy, "
                                + "seconds, parameters, got 'latency'"},
                {"objectives: [{metric: seconds}, {metric: seconds}]", "3", "metric 'seconds' is named twice"},
                {"objectives: []", "3", "'objectives' must be a non-empty list"},
                {"objectives: [{metric: seconds, goal: minimize}]", "3", "unknown key 'goal'"},
                {"objectives: [{metric: seconds}, {metric: parameters}]\nsampler: {type: gp}", "4",
                        "sampler 'gp' optimizes a single objective; a study of 2 objectives needs nsga2, tpe, random or grid"},
                {"objectives: [{metric: seconds}, {metric: parameters}]\nsampler: {type: cmaes}", "4",
                        "sampler 'cmaes' optimizes a single objective"},
                {"objectives: [{metric: seconds}, {metric: parameters}]\npruner: {type: median}", "4",
                        "pruner 'median' needs a single objective"},
                {"objective: {metric: validation-loss}\nobjectives: [{metric: seconds}]", "4",
                        "give 'objective' or 'objectives', not both"},
                {"objective: {metric: validation-loss, direction: sideways}", "3",
                        "direction must be minimize or maximize, got 'sideways'"},
                {"objectives: [{metric: seconds}]\nsampler: {type: nsga2, population: 1}", "4",
                        "'population' must be at least 2, got 1"},
        };
        for (String[] c : cases) {
            SweepFileException e = assertThrows(SweepFileException.class, () -> SweepFileReader.load(file(
                    "# a comment", "seed: 1", c[0], "params:", "  lr: [0.1, 0.01]")), c[0]);
            Path where = dir.resolve("mo.yaml");
            assertTrue(e.getMessage().startsWith("sweep file " + where + ", line " + c[1] + ": "), e.getMessage());
            assertTrue(e.getMessage().contains(c[2]), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        }
    }

    @Test
    void descendHasOneObjective() throws Exception {
        SweepFileException e = assertThrows(SweepFileException.class, () -> SweepFileReader.load(file(
                "command: descend", "objectives: [{metric: final-J}]", "params:", "  w0: [1.0, 2.0]")));
        assertTrue(e.getMessage().contains(", line 2: ") && e.getMessage().contains("descend sweeps have one objective"),
                e.getMessage());
    }

    @Test
    void aProgramNamesItsMetricsInObjectivesOnly() throws Exception {
        SweepFileException e = assertThrows(SweepFileException.class, () -> SweepFileReader.load(file(
                "objective: {command: [sh, prog.sh], metric: loss}", "objectives: [{metric: acc}]", "params:",
                "  x: [1, 2]")));
        assertTrue(e.getMessage().contains(", line 2: ") && e.getMessage().contains("'objective' names only the program"),
                e.getMessage());
    }

    @Test
    void jsonFilesGetTheLineToo() throws Exception {
        Path json = Files.writeString(dir.resolve("mo.json"), String.join("\n", "{",
                "  \"objectives\": [{\"metric\": \"seconds\"}, {\"metric\": \"parameters\"}],",
                "  \"sampler\": {\"type\": \"gp\"},",
                "  \"params\": {\"lr\": [0.1, 0.01]}",
                "}"));
        SweepFileException e = assertThrows(SweepFileException.class, () -> SweepFileReader.load(json));
        assertTrue(e.getMessage().startsWith("sweep file " + json + ", line 3: sampler 'gp'"), e.getMessage());
    }
}
