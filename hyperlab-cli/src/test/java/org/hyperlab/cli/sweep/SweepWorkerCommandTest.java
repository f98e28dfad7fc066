package org.hyperlab.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hyperlab.cli.CliRun;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.storage.HeartbeatSettings;
import org.hyperlab.sweep.storage.StudyStorage;
import org.hyperlab.sweep.storage.StudyStorages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep worker} in-process: the budget set by {@code sweep run}, raised by {@code --resume}, and bad input. */
class SweepWorkerCommandTest {
    @TempDir
    Path dir;

    @Test
    void runSetsTheBudgetResumeRaisesItAndAWorkerStopsThere() throws Exception {
        Path file = Files.writeString(dir.resolve("w.yaml"), String.join("\n", "command: descend", "study: w",
                "trials: 3", "sampler: {type: random}", "pruner: {type: none}", "heartbeat: {interval: 2s, grace: 9s}",
                "fixed: {epochs: 3, w0: 1}", "params:", "  lr: {type: float, low: 1.0e-3, high: 0.1, log: true}", ""));
        String storage = "jdbc:sqlite:" + dir.resolve("s.db");
        String out = dir.resolve("runs").toString();
        assertEquals(0, CliRun.of("sweep", "run", file.toString(), "--storage", storage, "--out", out).exitCode());
        CliRun resumed = CliRun.of("sweep", "run", file.toString(), "--resume", "--trials", "2", "--storage", storage,
                "--out", out);
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.err().contains("trial budget raised by 2 to 5"), resumed.err());
        CliRun worker = CliRun.of("sweep", "worker", "w", "--storage", storage, "--out", out, "--json");
        assertEquals(0, worker.exitCode(), worker.err());
        assertTrue(worker.out().contains("\"runDir\""), worker.out());
        try (StudyStorage s = StudyStorages.open(storage)) {
            StudyRecord w = s.findStudy("w").orElseThrow();
            List<TrialRecord> trials = s.trials(w.id());
            assertEquals(5, trials.size(), "the worker found the budget finished: " + trials);
            assertTrue(trials.stream().allMatch(t -> t.state() == TrialState.COMPLETE));
            assertEquals(Optional.of(5), s.trialBudget(w.id()));
            assertEquals(new HeartbeatSettings(2, 9), s.heartbeatSettings(w.id()));
        }
    }

    @Test
    void anUnknownStudyOrABadJobsCountIsAUsageError() {
        String storage = "jdbc:sqlite:" + dir.resolve("empty.db");
        CliRun missing = CliRun.of("sweep", "worker", "nope", "--storage", storage);
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no study named 'nope'"), missing.err());
        CliRun jobs = CliRun.of("sweep", "worker", "nope", "--jobs", "0", "--storage", storage);
        assertEquals(2, jobs.exitCode());
        assertTrue(jobs.err().contains("--jobs: 1 to 64, got 0"), jobs.err());
    }
}
