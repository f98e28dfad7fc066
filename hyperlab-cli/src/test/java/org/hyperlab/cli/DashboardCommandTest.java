package org.hyperlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hyperlab.core.train.EpochMetrics;
import org.hyperlab.core.train.TrainingListener;
import org.hyperlab.dashboard.Dashboard;
import org.hyperlab.dashboard.DashboardSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code train} and {@code sweep run} leave for the dashboard (a history written after every epoch, a sweep
 * train trial's epochs) and the {@code dashboard} command's usage errors. The dashboard itself is tested in its module.
 */
class DashboardCommandTest {
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

    @Test
    void theDashboardShowsATrainRunAndTheEpochsOfSweepTrainTrials() throws Exception {
        Path train = TinyDigits.write(dir, "train.csv", 90, 1);
        Path runs = dir.resolve("runs");
        CliRun trained = CliRun.of("train", "--train-csv", train.toString(), "--validation-size", "30", "--epochs", "3",
                "--batch-size", "16", "--threads", "1", "--out", runs.toString());
        assertEquals(0, trained.exitCode(), trained.err());
        String runDir = runs.relativize(Path.of(trained.out().trim())).toString();
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), String.join("\n", "study: tiny", "seed: 5",
                "trials: 2", "sampler: {type: random}", "pruner: {type: none}",
                "fixed: {train-csv: " + train + ", validation-size: 30, epochs: 2, batch-size: 16, threads: 1}",
                "params:", "  lr: {type: float, low: 1.0e-3, high: 0.1, log: true}", ""));
        CliRun swept = CliRun.of("sweep", "run", sweep.toString(), "--out", runs.toString());
        assertEquals(0, swept.exitCode(), swept.err());

        try (Dashboard d = Dashboard.start(new DashboardSettings("jdbc:sqlite:" + runs.resolve("sweeps.db"), runs,
                DashboardSettings.LOCAL_HOST, 0))) {
            JsonNode run = get(d, "api/run?id=" + URLEncoder.encode("dir:" + runDir, StandardCharsets.UTF_8));
            assertEquals(3, run.get("history").size());
            assertFalse(run.get("running").asBoolean());
            assertEquals("max-epochs", run.get("stopReason").asText());
            assertEquals(10, run.get("confusion").size(), "a confusion row per class of the 10-class model");
            JsonNode trial = get(d, "api/run?id=" + URLEncoder.encode("trial:1:tiny", StandardCharsets.UTF_8));
            assertEquals(2, trial.get("history").size());
            assertTrue(trial.get("history").get(1).get("validationLoss").isNumber());
        }
    }

    private static JsonNode get(Dashboard d, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(d.url() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Json.mapper().readTree(r.body());
    }

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
