package org.hyperlab.cli.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hyperlab.cli.common.Json;
import org.hyperlab.core.train.EpochMetrics;
import org.hyperlab.core.train.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train}'s history files are rewritten after every epoch, so that the dashboard can follow a running train. */
class LiveHistoryTest {
    @TempDir
    Path dir;

    @Test
    void trainWritesItsHistoryAfterEveryEpochWhileRunning() throws Exception {
        RunOutputs outputs = new RunOutputs(dir);
        TrainingListener live = outputs.liveHistory("784-10", "adam(lr=0.001)");
        live.onEpochEnd(new EpochMetrics(1, 0.5, 0.6, 0.8, 0.75, 1.0, 0.001));
        JsonNode first = Json.mapper().readTree(dir.resolve(RunOutputs.HISTORY_JSON).toFile());
        assertTrue(first.get("running").asBoolean());
        assertEquals(1, first.get("history").size());
        assertEquals(0.5, first.get("history").get(0).get("trainLoss").asDouble(), 0.0);
        live.onEpochEnd(new EpochMetrics(2, 0.4, 0.45, 0.85, 0.8, 1.0, 0.0005));
        JsonNode second = Json.mapper().readTree(dir.resolve(RunOutputs.HISTORY_JSON).toFile());
        assertEquals(2, second.get("history").size());
        assertEquals(0.45, second.get("history").get(1).get("validationLoss").asDouble(), 0.0);
        assertEquals(3, Files.readAllLines(dir.resolve(RunOutputs.HISTORY_CSV)).size());
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

}
