package org.hyperlab.cli.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hyperlab.cli.CliRun;
import org.hyperlab.cli.common.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescendCommandTest {
    @TempDir
    Path tmp;

    private JsonNode json(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        return Json.mapper().readTree(run.out());
    }

    @Test
    void learningRatePresetReportsTheIssuesShape() throws Exception {
        Path out = tmp.resolve("lr");
        JsonNode runs = json("descend", "--preset", "learning-rate", "--json", "--out", out.toString()).get("runs");
        assertEquals(4, runs.size());
        List<String> keys = new ArrayList<>();
        runs.get(0).fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("optimizer", "w0", "lr", "epochs", "status", "divergedAtEpoch", "final", "history", "diagnosis"), keys);
        JsonNode slow = runs.get(0);
        assertEquals("not-converged", slow.get("status").asText());
        assertTrue(slow.get("divergedAtEpoch").isNull());
        assertEquals(101, slow.get("history").size());
        assertEquals(0, slow.get("history").get(0).get("epoch").asInt());
        assertEquals(0.2, slow.get("history").get(0).get("w").asDouble());
        // w1 = 0.2 - 0.001·J'(0.2) = 0.2 - 0.001·0.448
        assertEquals(0.199552, slow.get("history").get(1).get("w").asDouble(), 1e-15);
        JsonNode diverged = runs.get(3);
        assertEquals(5.0, diverged.get("lr").asDouble());
        assertEquals("diverged", diverged.get("status").asText());
        assertEquals(6, diverged.get("divergedAtEpoch").asInt());
        assertEquals(5, diverged.get("final").get("epoch").asInt());
        assertEquals(6, diverged.get("history").size());
        assertTrue(diverged.get("diagnosis").asText().startsWith("Diverged at epoch 6"));
        for (String f : List.of("grid.png", "grid.svg", "history.csv", "summary.csv", "descend.json",
                "run-4-w0=0.2-lr=5.png", "run-4-w0=0.2-lr=5.svg")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
    }

    @Test
    void jsonOnStdoutIsTheDocumentOfDescendJsonAndOfTheMapper() throws Exception {
        Path out = tmp.resolve("same");
        CliRun run = CliRun.of("descend", "--w0", "0.2,4", "--epochs", "5", "--json", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String file = Files.readString(out.resolve("descend.json"));
        assertEquals(file + System.lineSeparator(), run.out());
        assertEquals(Json.mapper().readTree(file), Json.mapper().readTree(run.out()));
    }

    @Test
    void everyCombinationOfStartAndRateIsARun() throws Exception {
        Path out = tmp.resolve("grid");
        JsonNode runs = json("descend", "--w0", "-1,4", "--lr", "0.1,0.2", "--epochs", "3", "--json", "--out", out.toString())
                .get("runs");
        assertEquals(4, runs.size());
        assertEquals(-1.0, runs.get(1).get("w0").asDouble());
        assertEquals(0.2, runs.get(1).get("lr").asDouble());
        assertEquals(4, runs.get(3).get("history").size());
        // J'(4) = 12: w1 = 4 - 0.2·12 = 1.6
        assertEquals(1.6, runs.get(3).get("history").get(1).get("w").asDouble(), 1e-15);
        assertEquals(1 + 4 * 4, Files.readAllLines(out.resolve("history.csv")).size());
    }

    @Test
    void adamPresetFirstStepHasSizeEta() throws Exception {
        JsonNode run = json("descend", "--preset", "adam", "--json", "--out", tmp.resolve("adam").toString()).get("runs").get(0);
        assertEquals("adam", run.get("optimizer").asText());
        double g = 0.448;                                    // J'(0.2) = 0.2·(-0.8)·(-2.8)
        assertEquals(0.2 - 5 * g / (g + 1e-8), run.get("history").get(1).get("w").asDouble(), 1e-12);
    }

    @Test
    void textOutputListsRunsAndDiagnoses() {
        CliRun run = CliRun.of("descend", "--preset", "initialization", "--w0", "4", "--out", tmp.resolve("t").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("the global minimum (J = -9/4)"), run.out());
        assertTrue(run.out().contains("grid.png"), run.out());
    }

    @Test
    void configFileSuppliesDefaultsAndFlagsWin() throws Exception {
        Path config = Files.writeString(tmp.resolve("descend.yaml"), "w0: [4]\nepochs: 3\nlr: [0.5]\n");
        JsonNode runs = json("descend", "--config", config.toString(), "--lr", "0.1", "--json", "--out",
                tmp.resolve("cfg").toString()).get("runs");
        assertEquals(1, runs.size());
        assertEquals(4.0, runs.get(0).get("w0").asDouble());
        assertEquals(0.1, runs.get(0).get("lr").asDouble());
        assertEquals(4, runs.get(0).get("history").size());
    }

    @Test
    void badInputsAreUsageErrors() {
        String out = tmp.resolve("bad").toString();
        CliRun beta = CliRun.of("descend", "--optimizer", "sgd", "--beta1", "0.9", "--out", out);
        assertEquals(2, beta.exitCode());
        assertTrue(beta.err().contains("optimizer sgd does not use beta1"), beta.err());
        assertEquals(2, CliRun.of("descend", "--preset", "nope", "--out", out).exitCode());
        assertEquals(2, CliRun.of("descend", "--optimizer", "adam", "--beta1", "1.5", "--out", out).exitCode());
        assertEquals(2, CliRun.of("descend", "--w0", "1e300", "--out", out).exitCode());
        assertEquals(2, CliRun.of("descend", "--optimizer", "lbfgs", "--out", out).exitCode());
        assertEquals(2, CliRun.of("descend", "--lr", "-1", "--out", out).exitCode());
        assertEquals(2, CliRun.of("descend", "--w0", "a,b", "--out", out).exitCode());
        CliRun expr = CliRun.of("descend", "--objective", "w^^2", "--out", out);
        assertEquals(2, expr.exitCode());
        assertTrue(expr.err().contains("--objective: expected a non-negative integer exponent at column 3"), expr.err());
        assertTrue(Files.notExists(tmp.resolve("bad")));
    }
}
