package org.hyperlab.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.hyperlab.cli.CliRun;
import org.hyperlab.cli.common.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
    @TempDir
    Path dir;
    private Path csv;
    private String storage;

    /** 120 rows of an easy 10-class problem: the label's block of pixels is bright. */
    @BeforeEach
    void data() throws Exception {
        SplittableRandom rng = new SplittableRandom(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            int label = i % 10;
            sb.append(label);
            for (int p = 0; p < 784; p++) {
                sb.append(',').append(p / 78 == label ? 150 + rng.nextInt(100) : rng.nextInt(60));
            }
            sb.append('\n');
        }
        csv = Files.writeString(dir.resolve("train.csv"), sb.toString());
        storage = "jdbc:sqlite:" + dir.resolve("s.db");
    }

    private Path sweepFile(String params) throws Exception {
        return Files.writeString(dir.resolve("sweep.yaml"), String.join("\n",
                "study: tiny",
                "seed: 5",
                "trials: 3",
                "sampler: {type: random}",
                "pruner: {type: median, startup-trials: 2}",
                "fixed: {train-csv: " + csv + ", validation-size: 40, epochs: 2, batch-size: 20, threads: 1}",
                "params:",
                params,
                ""));
    }

    private static JsonNode json(CliRun r) throws Exception {
        return Json.mapper().readTree(r.out());
    }

    @Test
    void runResumeShowListBestExport() throws Exception {
        Path file = sweepFile("  lr: {type: float, low: 1.0e-4, high: 0.5, log: true}\n  optimizer: [sgd, adam]");
        Path out = dir.resolve("runs");
        CliRun run = CliRun.of("sweep", "run", file.toString(), "--storage", storage, "--out", out.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = json(run);
        assertEquals("tiny", doc.get("study").asText());
        assertEquals("validation-loss", doc.get("metric").asText());
        assertEquals(3, doc.get("trials").size());
        assertTrue(run.err().contains("sweep: trial 0 "), run.err());
        Path runDir = Path.of(doc.get("runDir").asText());
        for (String f : new String[] {"trials.csv", "study.json", "optimization-history.png", "optimization-history.svg",
                "learning-curves.png"}) {
            assertTrue(Files.isRegularFile(runDir.resolve(f)), f);
        }
        JsonNode first = doc.get("trials").get(0);
        assertEquals(first, doc.get("best"));
        assertTrue(first.get("params").has("lr") && first.get("params").has("optimizer"));

        CliRun clash = CliRun.of("sweep", "run", file.toString(), "--storage", storage, "--out", out.toString());
        assertEquals(2, clash.exitCode());
        assertTrue(clash.err().contains("already exists") && clash.err().contains("--resume"), clash.err());

        CliRun more = CliRun.of("sweep", "run", file.toString(), "--storage", storage, "--out", out.toString(),
                "--resume", "--trials", "1", "--json");
        assertEquals(0, more.exitCode(), more.err());
        assertEquals(4, json(more).get("trials").size());

        CliRun show = CliRun.of("sweep", "show", "tiny", "--storage", storage, "--json");
        assertEquals(0, show.exitCode(), show.err());
        JsonNode trials = json(show).get("trials");
        assertEquals(4, trials.size());
        for (JsonNode t : trials) {
            assertTrue(t.has("number") && t.has("state") && t.has("params") && t.has("value") && t.has("intermediate"));
        }
        CliRun list = CliRun.of("sweep", "list", "--storage", storage, "--json");
        assertEquals(4, json(list).get("studies").get(0).get("trials").asInt());
        CliRun best = CliRun.of("sweep", "best", "tiny", "--storage", storage);
        assertEquals(0, best.exitCode(), best.err());
        // the fixed options first, then the searched values: the line repeats the trial as it ran
        assertTrue(best.out().contains("hyperlab train --train-csv " + csv + " --validation-size 40 --epochs 2 "
                + "--batch-size 20 --threads 1 --lr "), best.out());
        CliRun export = CliRun.of("sweep", "export", "tiny", "--storage", storage, "--csv");
        assertEquals(5, export.out().strip().split("\n").length);
        assertTrue(export.out().startsWith("number,state,value,seconds,message,lr,optimizer"), export.out());
    }

    @Test
    void descendSweepFindsTheGlobalMinimumOfTheAssignmentObjective() throws Exception {
        // J(u) = u^4/4 - 4u^3/3 + 3u^2/2 (u = xw, x = 1) has J'(u) = u(u-1)(u-3): minima J(0) = 0, J(3) = -9/4.
        Path file = Path.of("..", "examples", "sweep-descend.yaml");
        CliRun r = CliRun.of("sweep", "run", file.toString(), "--trials", "25", "--storage", storage, "--out",
                dir.resolve("runs").toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode doc = json(r);
        assertEquals("final-J", doc.get("metric").asText());
        double best = doc.get("best").get("value").asDouble();
        assertTrue(best >= -2.25 - 1e-9 && best < -2.24, "best final J " + best);
        CliRun show = CliRun.of("sweep", "best", "descend-tpe", "--storage", storage);
        assertTrue(show.out().contains("hyperlab descend --epochs 100 --w0 "), show.out());
    }

    @Test
    void sparkOptionsWithoutTheSparkExecutorAreUsageErrorsOnOneLine() throws Exception {
        Path file = sweepFile("  lr: {type: float, low: 1.0e-4, high: 0.5, log: true}");
        String[][] cases = {
                {"--master", "local[2]", "hyperlab sweep run: --master only applies with --executor spark"},
                {"--parallelism", "2", "hyperlab sweep run: --parallelism only applies with --executor spark"},
                {"--executor", "yarn", "hyperlab sweep run: --executor: expected local or spark, got 'yarn'"},
        };
        for (String[] c : cases) {
            CliRun r = CliRun.of("sweep", "run", file.toString(), "--storage", storage, "--out",
                    dir.resolve("runs").toString(), c[0], c[1]);
            assertEquals(2, r.exitCode(), r.err());
            assertEquals(c[2], r.err().strip());
            assertTrue(!Files.exists(dir.resolve("s.db")), "no store is created on a usage error");
        }
        CliRun memory = CliRun.of("sweep", "run", file.toString(), "--storage", "memory:", "--executor", "spark");
        assertEquals(2, memory.exitCode(), memory.err());
        assertTrue(memory.err().strip().startsWith("hyperlab sweep run: --executor spark: the store must be one Spark tasks "
                + "can open"), memory.err());
    }

    @Test
    void badSearchSpacesAreUsageErrorsNamingTheParameter() throws Exception {
        String[][] cases = {
                {"  lrr: {type: float, low: 0.1, high: 1}", "parameter 'lrr': unknown option"},
                {"  lr: {type: float, low: 1, high: 0.1}", "parameter 'lr': low must not exceed high"},
                {"  lr: {type: float, low: 0, high: 0.1, log: true}", "parameter 'lr': a log range needs low > 0"},
        };
        for (String[] c : cases) {
            CliRun r = CliRun.of("sweep", "run", sweepFile(c[0]).toString(), "--storage", storage, "--out",
                    dir.resolve("runs").toString());
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(r.err().contains(c[1]), r.err());
            assertTrue(!Files.exists(dir.resolve("s.db")), "no store is created before the file is valid");
        }
    }

    private Path sweepFileWith(String fixed, String trials) throws Exception {
        return Files.writeString(dir.resolve("sweep-fixed.yaml"), String.join("\n",
                "study: checked",
                "trials: " + trials,
                "sampler: {type: random}",
                "pruner: {type: none}",
                "fixed: {train-csv: " + csv + ", validation-size: 40, epochs: 1, batch-size: 20" + fixed + "}",
                "params:",
                "  lr: {type: float, low: 1.0e-4, high: 0.5, log: true}",
                ""));
    }

    @Test
    void fixedValuesAndTrialCountsAreCheckedBeforeTheFirstTrial() throws Exception {
        String[][] cases = {
                {", optimizer: adamm", "3", "unknown optimizer 'adamm'"},
                {", threads: 4294967297", "3", "'threads'"},
                {", patience: -1", "3", "patience must be >= 0"},
                {", zscore: per-feature, no-zscore: true", "3", "--no-zscore contradicts"},
                {"", "4294967297", "'trials' must be at most 2147483647"},
                {"", "0", "'trials' must be at least 1"},
        };
        for (String[] c : cases) {
            CliRun r = CliRun.of("sweep", "run", sweepFileWith(c[0], c[1]).toString(), "--storage", storage, "--out",
                    dir.resolve("runs").toString());
            assertEquals(2, r.exitCode(), c[0] + " " + c[1] + ": " + r.err());
            assertTrue(r.err().contains(c[2]), r.err());
            assertTrue(!Files.exists(dir.resolve("s.db")), "no store is created before the file is valid");
        }
    }

    @Test
    void aSweepWhoseEveryTrialFailedExitsWithOne() throws Exception {
        // a file that is valid but cannot be read as training data: every trial fails at load time
        Path notCsv = Files.writeString(dir.resolve("empty.csv"), "");
        Path file = Files.writeString(dir.resolve("sweep-failing.yaml"), String.join("\n",
                "study: failing",
                "trials: 2",
                "sampler: {type: random}",
                "pruner: {type: none}",
                "fixed: {train-csv: " + notCsv + ", validation-size: 0, epochs: 1}",
                "params:",
                "  lr: {type: float, low: 1.0e-4, high: 0.5, log: true}",
                ""));
        CliRun r = CliRun.of("sweep", "run", file.toString(), "--storage", storage, "--out",
                dir.resolve("runs").toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("every trial of this run failed"), r.err());
    }

    @Test
    void unreachableStorageIsAClearFailure() throws Exception {
        CliRun r = CliRun.of("sweep", "list", "--storage",
                "jdbc:postgresql://127.0.0.1:1/none?user=u&password=secret&connectTimeout=2");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("cannot open the study store") && !r.err().contains("secret"), r.err());
        CliRun bad = CliRun.of("sweep", "list", "--storage", "mysql://x");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("unsupported storage URL"), bad.err());
    }
}
