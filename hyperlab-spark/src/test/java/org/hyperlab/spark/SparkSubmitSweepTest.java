package org.hyperlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.hyperlab.sweep.file.StudyDefinitions;
import org.hyperlab.sweep.file.SweepFile;
import org.hyperlab.sweep.file.SweepFileReader;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.storage.JdbcStudyStorage;
import org.hyperlab.sweep.storage.StudyStorage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small MNIST study run by Spark in {@code local} mode with two task threads, started through SparkSubmit in a
 * child JVM; the store (SQLite, or PostgreSQL when configured) is then checked: as many trials as asked, numbered 0..n-1 once each, all complete.
 */
class SparkSubmitSweepTest {
    private static final int TRIALS = 4;
    private static final String SWEEP = """
            objective: {metric: validation-loss, direction: minimize}
            seed: 5
            trials: 4
            sampler: {type: tpe, startup-trials: 2}
            pruner: {type: none}
            fixed: {epochs: 1, train-size: 2000, validation-size: 1000, seed: 1, threads: 1}
            params:
              lr: {type: float, low: 0.01, high: 0.5, log: true}
              hidden: ["16", "32"]
            """;

    @TempDir
    Path dir;

    private String createStudy(String name) throws Exception {
        return createStudy("jdbc:sqlite:" + dir.resolve("sweeps.db"), name);
    }

    private String createStudy(String url, String name) throws Exception {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, SWEEP);
        SweepFile sweep = SweepFileReader.load(file);
        try (StudyStorage storage = JdbcStudyStorage.open(url)) {
            storage.createStudy(name, sweep.objective(), sweep.seed(), StudyDefinitions.toJson(sweep, name, TRIALS),
                    TRIALS);
        }
        return url;
    }

    private static List<TrialRecord> trials(String url, String name) {
        try (StudyStorage storage = JdbcStudyStorage.open(url)) {
            StudyRecord study = storage.findStudy(name).orElseThrow();
            return storage.trials(study.id());
        }
    }

    /**
     * Whether a trial was evaluated to its end: complete, or diverged (a learning rate near the top of the range can
     * make one epoch diverge; which rates TPE proposes depends on which parallel trials have finished when it samples).
     */
    private static boolean evaluated(TrialRecord t) {
        return t.state() == TrialState.COMPLETE || t.state() == TrialState.DIVERGED;
    }

    private static void assertEveryTrialOnceAndEvaluated(List<TrialRecord> trials, String stderr) {
        assertEquals(TRIALS, trials.size(), stderr);
        assertEquals(IntStream.range(0, TRIALS).boxed().toList(), trials.stream().map(TrialRecord::number).toList());
        for (TrialRecord t : trials) {
            assertTrue(evaluated(t), t + "\n" + stderr);
            assertEquals(2, t.params().size(), t.toString());
            assertEquals(1, t.intermediate().size(), t.toString());
        }
        for (TrialRecord t : trials) {
            String line = "sweep: trial " + t.number() + " " + t.state().name().toLowerCase(java.util.Locale.ROOT);
            assertEquals(1, stderr.lines().filter(l -> l.startsWith(line)).count(), stderr);
        }
    }

    private static List<String> args(String url, String name) {
        return List.of("--storage", url, "--study", name, "--trials", String.valueOf(TRIALS), "--parallelism", "2");
    }

    @Test
    void aLocalSparkRunFinishesEveryTrialExactlyOnceAndQuietly() throws Exception {
        String url = createStudy("plain");
        SparkSubmitRun run = SparkSubmitRun.run("local[2]", SparkSweepMain.class.getName(), List.of(),
                args(url, "plain"), dir);
        assertEquals(0, run.exitCode(), run.stderr());
        assertEveryTrialOnceAndEvaluated(trials(url, "plain"), run.stderr());
        // Spark's INFO log stays off the terminal
        assertFalse(run.stderr().contains(" INFO "), run.stderr());
    }

    /**
     * The store of a cluster run: PostgreSQL ({@code HYPERLAB_TEST_POSTGRES_URL}, which CI exports; skipped without
     * it, a failure on CI), in a schema of this test's own, dropped first.
     */
    @Test
    void aLocalSparkRunOnAPostgresqlStoreFinishesEveryTrialExactlyOnce() throws Exception {
        String server = System.getenv("HYPERLAB_TEST_POSTGRES_URL");
        boolean configured = server != null && !server.isBlank();
        assertFalse(!configured && "true".equals(System.getenv("CI")), "CI must export HYPERLAB_TEST_POSTGRES_URL");
        Assumptions.assumeTrue(configured, "HYPERLAB_TEST_POSTGRES_URL is not set");
        String schema = "hyperlab_spark_test";
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = createStudy(server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema, "pg");
        SparkSubmitRun run = SparkSubmitRun.run("local[2]", SparkSweepMain.class.getName(), List.of(),
                args(url, "pg"), dir);
        assertEquals(0, run.exitCode(), run.stderr());
        assertEveryTrialOnceAndEvaluated(trials(url, "pg"), run.stderr());
    }

    @Test
    void aTaskThatFailsAfterClaimingItsTrialIsRetriedAndTheTrialIsFinishedOnce() throws Exception {
        String url = createStudy("retried");
        Path attempts = Files.createDirectories(dir.resolve("attempts"));
        // local[2,2]: two task threads, each task tried up to twice (local[N] alone never retries a task)
        SparkSubmitRun run = SparkSubmitRun.run("local[2,2]", FailingAttemptSweepMain.class.getName(),
                List.of("-Dhyperlab.test.attempts=" + attempts, "-Dhyperlab.test.failTrial=1"), args(url, "retried"), dir);
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(Files.exists(attempts.resolve("trial-1-attempt-0")), run.stderr());
        assertTrue(Files.exists(attempts.resolve("trial-1-attempt-1")), run.stderr());
        assertEquals(TRIALS + 1, Files.list(attempts).count(), run.stderr());
        assertEveryTrialOnceAndEvaluated(trials(url, "retried"), run.stderr());
    }

    @Test
    void aTrialWhoseEveryAttemptFailedIsStoredFailedAndTheOthersRunOn() throws Exception {
        String url = createStudy("unretried");
        Path attempts = Files.createDirectories(dir.resolve("attempts"));
        // local[2] tries each task once: the fault in attempt 0 fails the job of trial 2
        SparkSubmitRun run = SparkSubmitRun.run("local[2]", FailingAttemptSweepMain.class.getName(),
                List.of("-Dhyperlab.test.attempts=" + attempts, "-Dhyperlab.test.failTrial=2"), args(url, "unretried"),
                dir);
        assertEquals(0, run.exitCode(), run.stderr());
        List<TrialRecord> trials = trials(url, "unretried");
        assertEquals(IntStream.range(0, TRIALS).boxed().toList(), trials.stream().map(TrialRecord::number).toList());
        for (TrialRecord t : trials) {
            assertTrue(t.number() == 2 ? t.state() == TrialState.FAILED : evaluated(t), t + "\n" + run.stderr());
        }
        assertTrue(trials.get(2).message().startsWith("its Spark task failed: "), trials.get(2).message());
        assertTrue(trials.get(2).message().contains("injected fault: attempt 0 of trial 2"), trials.get(2).message());
        assertEquals(1, run.stderr().lines().filter(l -> l.startsWith("sweep: trial 2 failed")).count(), run.stderr());
    }
}
