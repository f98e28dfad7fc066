package org.hyperlab.cli.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hyperlab.cli.CliRun;
import org.hyperlab.cli.common.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectiveCommandTest {
    @TempDir
    Path tmp;

    @Test
    void jsonHasExactCriticalPointsAndTheTable() throws Exception {
        Path out = tmp.resolve("o");
        CliRun run = CliRun.of("objective", "--json", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = Json.mapper().readTree(run.out());
        JsonNode points = doc.get("criticalPoints");
        assertEquals(3, points.size());
        assertEquals(List.of("0", "1", "3"), List.of(points.get(0).get("w").asText(), points.get(1).get("w").asText(),
                points.get(2).get("w").asText()));
        assertEquals("5/12", points.get(1).get("J").asText());
        assertEquals("-9/4", points.get(2).get("J").asText());
        assertEquals("global minimum", points.get(2).get("kind").asText());
        assertEquals(-2.25, points.get(2).get("JValue").asDouble());
        JsonNode table = doc.get("table");
        assertEquals(71, table.size());                       // -2, -1.9, ..., 5
        assertEquals(-2.0, table.get(0).get("w").asDouble());
        assertEquals(62.0 / 3, table.get(0).get("J").asDouble(), 1e-12);   // 4 + 32/3 + 6
        assertEquals(0.3, table.get(23).get("w").asDouble());  // exact grid: not 0.30000000000000004
        assertEquals(325.0 / 12, table.get(70).get("J").asDouble(), 1e-12); // 625/4 - 500/3 + 75/2
        for (String f : List.of("objective.png", "objective.svg", "objective.csv", "critical-points.csv", "objective.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertEquals(72, Files.readAllLines(out.resolve("objective.csv")).size());
    }

    @Test
    void textNamesTheDerivativeAndTheKinds() {
        CliRun run = CliRun.of("objective", "--out", tmp.resolve("t").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("J'(w) = x*(x*w)^3 - 4*x*(x*w)^2 + 3*x*(x*w)"), run.out());
        assertTrue(run.out().contains("local maximum"), run.out());
    }

    @Test
    void malformedObjectiveIsAUsageErrorWithTheColumn() {
        CliRun run = CliRun.of("objective", "--objective", "1/4*(x*w)^4 - 4/3*(x*w^3", "--out", tmp.resolve("m").toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("--objective: expected ')' at column 25"), run.err());
        assertTrue(Files.notExists(tmp.resolve("m")), "nothing is written for bad input");
    }

    @Test
    void otherBadInputs() throws Exception {
        assertEquals(2, CliRun.of("objective", "--x", "one", "--out", tmp.resolve("a").toString()).exitCode());
        assertEquals(2, CliRun.of("objective", "--step", "0", "--out", tmp.resolve("b").toString()).exitCode());
        assertEquals(2, CliRun.of("objective", "--objective", "x + 1", "--out", tmp.resolve("c").toString()).exitCode());
        Path full = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "previous run");
        CliRun run = CliRun.of("objective", "--out", full.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("not empty"), run.err());
    }
}
