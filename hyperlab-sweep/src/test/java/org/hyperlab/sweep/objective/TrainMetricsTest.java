package org.hyperlab.sweep.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hyperlab.sweep.file.SweepFile;
import org.hyperlab.sweep.file.SweepFileReader;
import org.hyperlab.sweep.pruner.NopPruner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cost metrics of a train trial, {@code seconds} and {@code parameters}, from a sweep file to the stored values. */
class TrainMetricsTest {
    @TempDir
    Path dir;

    private Path file(String... lines) throws Exception {
        return Files.writeString(dir.resolve("cost.yaml"), String.join("\n", lines) + "\n");
    }

    @Test
    void secondsIsTheSumOfTheEpochTimes() throws Exception {
        SweepFile f = SweepFileReader.load(file("objectives: [{metric: train-loss}, {metric: seconds}]",
                "fixed: {epochs: 2, train-size: 200, validation-size: 100, threads: 1, hidden: \"10\"}",
                "params:", "  lr: [0.1]"));
        org.hyperlab.sweep.Study study = org.hyperlab.sweep.Study.create(
                new org.hyperlab.sweep.storage.InMemoryStudyStorage(), "time", f.objectives(), 0, f.buildSampler(),
                f.buildPruner());
        study.optimize(f.objectiveFunction(), 1, 1);
        org.hyperlab.sweep.record.TrialRecord t = study.trials().get(0);
        double sum = 0;
        for (com.fasterxml.jackson.databind.JsonNode row : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(t.attrs().get("user:history"))) {
            sum += row.get("seconds").asDouble();
        }
        assertEquals(2, t.values().size(), t.message());
        assertTrue(t.values().get(1) > 0);
        assertEquals(sum, t.values().get(1), 1e-9);
    }

    @Test
    void theParameterCountAloneIsWhatATrialIsScoredBy() throws Exception {
        SweepFile f = SweepFileReader.load(file("objectives: [{metric: parameters}]",
                "fixed: {epochs: 1, train-size: 200, validation-size: 100, threads: 1, hidden: \"10\"}",
                "params:", "  lr: [0.1]"));
        org.hyperlab.sweep.Study study = org.hyperlab.sweep.Study.create(
                new org.hyperlab.sweep.storage.InMemoryStudyStorage(), "count", f.objectives(), 0, f.buildSampler(),
                new NopPruner());
        study.optimize(f.objectiveFunction(), 1, 1);
        // 784 inputs -> 10 hidden -> 10 classes: 784 · 10 + 10 + 10 · 10 + 10 weights and biases
        assertEquals(784 * 10 + 10 + 10 * 10 + 10, study.trials().get(0).value(), study.trials().get(0).message());
    }
}
