package org.hyperlab.cli.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.hyperlab.cli.CliRun;
import org.hyperlab.cli.common.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LrFindCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesCurveFigureAndSuggestionAndRejectsBadOptions() throws Exception {
        SplittableRandom rng = new SplittableRandom(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            int label = i % 10;
            sb.append(label);
            for (int p = 0; p < 784; p++) {
                sb.append(',').append(p / 78 == label ? 150 + rng.nextInt(100) : rng.nextInt(60));
            }
            sb.append('\n');
        }
        Path csv = Files.writeString(dir.resolve("train.csv"), sb.toString());
        CliRun r = CliRun.of("lr-find", "--steps", "40", "--end-lr", "100", "--out", dir.toString(), "--json",
                "--train-csv", csv.toString(), "--validation-size", "0", "--batch-size", "10", "--optimizer", "sgd");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode doc = Json.mapper().readTree(r.out());
        double low = doc.get("suggested").get("low").asDouble();
        double high = doc.get("suggested").get("high").asDouble();
        assertTrue(0 < low && low < high && high < doc.get("minimumLr").asDouble() + 1e-300, r.out());
        Path runDir = Path.of(doc.get("runDir").asText());
        assertTrue(Files.isRegularFile(runDir.resolve("lr-find.png")) && Files.isRegularFile(runDir.resolve("lr-find.svg")));
        assertEquals(doc.get("points").size() + 1, Files.readAllLines(runDir.resolve("lr-find.csv")).size());

        CliRun bad = CliRun.of("lr-find", "--start-lr", "1", "--end-lr", "0.1", "--out", dir.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("start-lr"), bad.err());
        CliRun typo = CliRun.of("lr-find", "--optimiser", "sgd", "--out", dir.toString());
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().contains("--optimiser"), typo.err());
    }
}
