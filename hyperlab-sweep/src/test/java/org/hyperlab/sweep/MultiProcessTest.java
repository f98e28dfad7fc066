package org.hyperlab.sweep;

import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hyperlab.sweep.pruner.NopPruner;
import org.hyperlab.sweep.sampler.GridSampler;
import org.hyperlab.sweep.sampler.RandomSampler;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.storage.JdbcStudyStorage;
import org.hyperlab.sweep.storage.StudyStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Separate JVMs ({@link SweepWorkerMain}) sharing one SQLite study, and a {@code kill -9} followed by a resume. */
class MultiProcessTest {
    private static final ObjectiveSpec LOSS = new ObjectiveSpec("val_loss", Direction.MINIMIZE);

    @TempDir
    Path dir;

    private Process start(String url, String study, String mode, int trials) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                SweepWorkerMain.class.getName(), url, study, mode, Integer.toString(trials));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        return pb.start();
    }

    private static String readAll(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "worker exit code; output: " + out);
        return out;
    }

    @Test
    void twoProcessesOnOneStudyRunEachTrialOnceAndLoseNothing() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("shared.db");
        try (StudyStorage storage = JdbcStudyStorage.open(url)) {
            Study.create(storage, "random", LOSS, 1, new RandomSampler(), new NopPruner());
            Study.create(storage, "grid", LOSS, 1, new GridSampler(SweepWorkerMain.GRID_SPACE, 0), new NopPruner());
        }
        List<Process> workers = new ArrayList<>();
        workers.add(start(url, "random", "both", 12));
        workers.add(start(url, "random", "both", 12));
        for (Process p : workers) {
            assertTrue(readAll(p).contains("DONE"));
        }
        try (StudyStorage storage = JdbcStudyStorage.open(url)) {
            List<TrialRecord> random = Study.load(storage, "random", new RandomSampler(), new NopPruner()).trials();
            assertEquals(IntStream.range(0, 24).boxed().toList(), random.stream().map(TrialRecord::number).toList());
            for (TrialRecord t : random) {
                assertEquals(TrialState.COMPLETE, t.state());
                assertEquals(t.params().get("x"), t.value());
                assertEquals(t.value(), t.intermediate().get(0));
            }
            List<TrialRecord> grid = Study.load(storage, "grid", new RandomSampler(), new NopPruner()).trials();
            assertEquals(18, grid.size());
            assertEquals(18, grid.stream().map(TrialRecord::params).collect(Collectors.toSet()).size());
            assertTrue(grid.stream().allMatch(t -> t.state() == TrialState.COMPLETE));
        }
    }

    @Test
    void aKilledSweepResumesWithoutLosingCompletedTrials() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("killed.db");
        try (StudyStorage storage = JdbcStudyStorage.open(url)) {
            Study.create(storage, "k", LOSS, 4, new RandomSampler(), new NopPruner());
        }
        Process worker = start(url, "k", "hang", 10);
        BufferedReader out = new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("HANG", out.readLine());
        worker.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
        worker.waitFor();
        try (StudyStorage storage = JdbcStudyStorage.open(url)) {
            Study study = Study.load(storage, "k", new RandomSampler(), new NopPruner());
            List<TrialRecord> before = study.trials();
            assertEquals(List.of(TrialState.COMPLETE, TrialState.COMPLETE, TrialState.COMPLETE, TrialState.RUNNING),
                    before.stream().map(TrialRecord::state).toList());
            List<TrialRecord> failed = study.resume();
            assertEquals(List.of(3), failed.stream().map(TrialRecord::number).toList());
            study.optimize(t -> (Double) t.suggestAll(SweepWorkerMain.RANDOM_SPACE).get("x"), 3, 1);
            List<TrialRecord> after = study.trials();
            assertEquals(before.subList(0, 3), after.subList(0, 3));
            assertEquals(TrialState.FAILED, after.get(3).state());
            assertEquals(before.get(3).params(), after.get(4).params());
            assertEquals(7, after.size());
            assertTrue(after.subList(4, 7).stream().allMatch(t -> t.state() == TrialState.COMPLETE));
        }
    }
}
