package org.hyperlab.cli.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hyperlab.cli.CliRun;
import org.hyperlab.cli.common.Json;
import org.hyperlab.dashboard.Dashboard;
import org.hyperlab.dashboard.DashboardSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code train} and {@code sweep run} leave in the runs directory and the store is what the dashboard shows: a
 * train run's epochs, stop reason and confusion matrix, and the per-epoch history of each sweep train trial.
 */
class RunsInDashboardTest {
    @TempDir
    Path dir;

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
            assertEquals(30, trial.get("config").get("validation-size").asInt(), "the fixed options are in the config");
            assertTrue(trial.get("config").get("lr").isNumber());
        }
    }

    private static JsonNode get(Dashboard d, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(d.url() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Json.mapper().readTree(r.body());
    }
}
