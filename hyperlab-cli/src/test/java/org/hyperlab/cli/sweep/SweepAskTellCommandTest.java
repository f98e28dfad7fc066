package org.hyperlab.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.hyperlab.cli.CliRun;
import org.hyperlab.cli.common.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.storage.StudyStorage;
import org.hyperlab.sweep.storage.StudyStorages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep create}, {@code ask}, {@code report} and {@code tell} on a stored study, as a script would call them. */
class SweepAskTellCommandTest {
    @TempDir
    Path dir;

    private Path sweepFile() throws Exception {
        return Files.writeString(dir.resolve("ask.yaml"), String.join("\n",
                "study: ask-demo",
                "objective: {command: [sh, " + dir.resolve("prog.sh") + ", \"{x}\"], metric: loss}",
                "seed: 4",
                "trials: 2",
                "sampler: {type: random}",
                "pruner: {type: none}",
                "fixed: {epochs: 3}",
                "params:",
                "  x: {type: float, low: -1.0, high: 1.0}",
                ""));
    }

    @Test
    void createAskReportTellAndTheBudget() throws Exception {
        String storage = "jdbc:sqlite:" + dir.resolve("s.db");
        CliRun create = CliRun.of("sweep", "create", sweepFile().toString(), "--storage", storage);
        assertEquals(0, create.exitCode(), create.err());
        assertEquals("ask-demo", create.out().strip());
        assertEquals(2, CliRun.of("sweep", "create", sweepFile().toString(), "--storage", storage).exitCode(),
                "a second create of the same study is a usage error");

        CliRun ask = CliRun.of("sweep", "ask", "ask-demo", "--storage", storage);
        assertEquals(0, ask.exitCode(), ask.err());
        JsonNode asked = Json.mapper().readTree(ask.out());
        assertEquals(0, asked.get("trial").asInt());
        double x = asked.get("params").get("x").asDouble();
        assertTrue(x >= -1 && x <= 1, ask.out());
        assertEquals(3, asked.get("fixed").get("epochs").asInt());

        CliRun report = CliRun.of("sweep", "report", "ask-demo", "0", "1", "0.75", "--storage", storage);
        assertEquals(0, report.exitCode(), report.err());
        assertEquals("continue", report.out().strip());
        CliRun tell = CliRun.of("sweep", "tell", "ask-demo", "0", "0.5", "--storage", storage);
        assertEquals(0, tell.exitCode(), tell.err());
        assertEquals("trial 0: complete loss=0.5", tell.out().strip());
        CliRun again = CliRun.of("sweep", "tell", "ask-demo", "0", "0.4", "--storage", storage);
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("trial 0 of study 'ask-demo' is not running"), again.err());

        CliRun env = CliRun.of("sweep", "ask", "ask-demo", "--env", "--storage", storage);
        assertEquals(0, env.exitCode(), env.err());
        assertTrue(env.out().startsWith("HYPERLAB_TRIAL=1\nHYPERLAB_PARAM_EPOCHS='3'\nHYPERLAB_PARAM_X='"), env.out());
        assertEquals(0, CliRun.of("sweep", "tell", "ask-demo", "1", "--state", "failed", "--message", "no GPU",
                "--storage", storage).exitCode());
        CliRun over = CliRun.of("sweep", "ask", "ask-demo", "--storage", storage);
        assertEquals(1, over.exitCode());
        assertTrue(over.err().contains("has used its budget of 2 trials"), over.err());

        try (StudyStorage s = StudyStorages.open(storage)) {
            StudyRecord study = s.findStudy("ask-demo").orElseThrow();
            List<TrialRecord> trials = s.trials(study.id());
            assertEquals(List.of(TrialState.COMPLETE, TrialState.FAILED), trials.stream().map(TrialRecord::state).toList());
            assertEquals(0.75, trials.get(0).intermediate().get(1));
            assertEquals("no GPU", trials.get(1).message());
            assertTrue(s.studyDefinition(study.id()).orElseThrow().contains("\"trials\":2"));
        }
    }

    @Test
    void aProgramSweepKeepsEachTrialsFilesInItsRunDirectory() throws Exception {
        Files.writeString(dir.resolve("prog.sh"), "echo \"loss=$(awk -v x=\"$1\" 'BEGIN { print x * x }')\"\n"
                + "echo to-stderr >&2\n");
        Path file = sweepFile();
        Path out = dir.resolve("runs");
        String storage = "jdbc:sqlite:" + dir.resolve("run.db");
        CliRun run = CliRun.of("sweep", "run", file.toString(), "--storage", storage, "--out", out.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = Json.mapper().readTree(run.out());
        Path runDir = Path.of(doc.get("runDir").asText());
        for (int n = 0; n < 2; n++) {
            Path trial = runDir.resolve("trials/trial-" + n);
            assertTrue(Files.readString(trial.resolve("stdout.txt")).startsWith("loss="), trial.toString());
            assertEquals("to-stderr\n", Files.readString(trial.resolve("stderr.txt")));
            assertTrue(Files.readString(trial.resolve("params.json")).contains("\"epochs\" : 3"));
        }
        assertFalse(run.err().contains("failed"), run.err());
        CliRun best = CliRun.of("sweep", "best", "ask-demo", "--storage", storage);
        assertEquals(0, best.exitCode(), best.err());
        String x = doc.get("best").get("params").get("x").asText();
        assertEquals("sh " + dir.resolve("prog.sh") + " " + x, best.out().lines().toList().get(1));
    }
}
