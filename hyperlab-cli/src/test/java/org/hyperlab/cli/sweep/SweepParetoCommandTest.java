package org.hyperlab.cli.sweep;

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

/**
 * A study of two objectives (loss minimized, accuracy maximized) told known values through {@code sweep tell}:
 * {@code sweep best} and {@code sweep show} print its Pareto front, as text and as JSON.
 */
class SweepParetoCommandTest {
    @TempDir
    Path dir;

    @Test
    void theFrontOfKnownValues() throws Exception {
        Path file = Files.writeString(dir.resolve("mo.yaml"), String.join("\n",
                "study: mo-demo",
                "objective: {command: [sh, prog.sh]}",
                "objectives: [{metric: loss}, {metric: acc, direction: maximize}]",
                "trials: 5",
                "sampler: {type: random}",
                "params:",
                "  x: {type: float, low: 0.0, high: 1.0}",
                ""));
        String storage = "jdbc:sqlite:" + dir.resolve("s.db");
        assertEquals(0, CliRun.of("sweep", "create", file.toString(), "--storage", storage).exitCode());
        // trial 3 is worse than trial 1 in both (3 > 2, 0.6 < 0.7), trial 4 worse than trial 2 (5 > 4, 0.8 < 0.9)
        String[][] told = {{"1", "0.5"}, {"2", "0.7"}, {"4", "0.9"}, {"3", "0.6"}, {"5", "0.8"}};
        for (int n = 0; n < told.length; n++) {
            assertEquals(0, CliRun.of("sweep", "ask", "mo-demo", "--storage", storage).exitCode());
            CliRun tell = CliRun.of("sweep", "tell", "mo-demo", Integer.toString(n), told[n][0], told[n][1],
                    "--storage", storage);
            assertEquals(0, tell.exitCode(), tell.err());
            assertEquals("trial " + n + ": complete loss=" + Double.parseDouble(told[n][0]) + " acc="
                    + Double.parseDouble(told[n][1]), tell.out().strip());
        }

        CliRun json = CliRun.of("sweep", "best", "mo-demo", "--json", "--storage", storage);
        assertEquals(0, json.exitCode(), json.err());
        JsonNode doc = Json.mapper().readTree(json.out());
        List<Integer> front = new ArrayList<>();
        doc.get("paretoFront").forEach(t -> front.add(t.get("number").asInt()));
        assertEquals(List.of(0, 1, 2), front);
        assertEquals(0.7, doc.get("paretoFront").get(1).get("values").get(1).asDouble());
        assertEquals("maximize", doc.get("objectives").get(1).get("direction").asText());

        CliRun text = CliRun.of("sweep", "best", "mo-demo", "--storage", storage);
        assertEquals(0, text.exitCode(), text.err());
        List<String> lines = text.out().lines().toList();
        assertEquals("Pareto front of mo-demo: 3 of 5 complete trials (loss minimize, acc maximize)", lines.get(0));
        assertEquals("trial 0: loss=1 acc=0.500000", lines.get(1));
        assertEquals("trial 2: loss=4 acc=0.900000", lines.get(5));

        CliRun show = CliRun.of("sweep", "show", "mo-demo", "--storage", storage);
        assertEquals(0, show.exitCode(), show.err());
        assertTrue(show.out().lines().anyMatch(l -> l.equals("Pareto front: trials 0, 1, 2")), show.out());
        JsonNode shown = Json.mapper().readTree(CliRun.of("sweep", "show", "mo-demo", "--json", "--storage", storage)
                .out());
        assertEquals(3, shown.get("paretoFront").size());
        assertEquals(2, shown.get("objectives").size());
        CliRun export = CliRun.of("sweep", "export", "mo-demo", "--csv", "--storage", storage);
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.out().startsWith("number,state,value,seconds,message,x,values\n"), export.out());
        assertTrue(export.out().contains(",2.0;0.7\n"), export.out());
        CliRun list = CliRun.of("sweep", "list", "--storage", storage);
        assertTrue(list.out().contains("loss (minimize) and 1 more objective(s)  5 trials {complete=5}  Pareto front of 3"),
                list.out());
    }

    @Test
    void tellNeedsOneValuePerObjective() throws Exception {
        Path file = Files.writeString(dir.resolve("mo2.yaml"), String.join("\n",
                "study: mo-count",
                "objective: {command: [sh, prog.sh]}",
                "objectives: [{metric: loss}, {metric: seconds}]",
                "params:",
                "  x: [1, 2]",
                ""));
        String storage = "jdbc:sqlite:" + dir.resolve("c.db");
        assertEquals(0, CliRun.of("sweep", "create", file.toString(), "--storage", storage).exitCode());
        assertEquals(0, CliRun.of("sweep", "ask", "mo-count", "--storage", storage).exitCode());
        CliRun tell = CliRun.of("sweep", "tell", "mo-count", "0", "0.5", "--storage", storage);
        assertEquals(2, tell.exitCode());
        assertTrue(tell.err().contains("study 'mo-count' has 2 objective(s) (loss, seconds) but 1 VALUE(s) were given"),
                tell.err());
    }

    @Test
    void aSingleObjectiveSamplerIsAUsageError() throws Exception {
        Path file = Files.writeString(dir.resolve("gp.yaml"), String.join("\n",
                "objectives: [{metric: validation-loss}, {metric: seconds}]",
                "sampler: {type: gp}",
                "params:",
                "  lr: [0.1, 0.01]",
                ""));
        CliRun run = CliRun.of("sweep", "run", file.toString(), "--storage", "memory:");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().strip().endsWith(file + ", line 2: sampler 'gp' optimizes a single objective; a study of 2 "
                + "objectives needs nsga2, tpe, random or grid"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }
}
