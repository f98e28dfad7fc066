package org.hyperlab.sweep;

import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hyperlab.sweep.pruner.MedianPruner;
import org.hyperlab.sweep.pruner.NopPruner;
import org.hyperlab.sweep.sampler.GridSampler;
import org.hyperlab.sweep.sampler.RandomSampler;
import org.hyperlab.sweep.sampler.TpeSampler;
import org.hyperlab.sweep.space.CategoricalDistribution;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.IntDistribution;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.space.SearchSpace;
import org.hyperlab.sweep.storage.InMemoryStudyStorage;
import org.hyperlab.sweep.storage.JdbcStudyStorage;
import org.hyperlab.sweep.storage.StudyExistsException;
import org.hyperlab.sweep.storage.StudyStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyTest {
    private static final ObjectiveSpec LOSS = new ObjectiveSpec("val_loss", Direction.MINIMIZE);
    private static final SearchSpace SPACE = new SearchSpace(Map.of("x", FloatDistribution.uniform(-2, 2),
            "n", IntDistribution.of(1, 5)));

    @TempDir
    Path dir;

    private static double quadratic(Trial t) {
        Map<String, Object> p = t.suggestAll(SPACE);
        double x = (Double) p.get("x");
        return x * x + (Integer) p.get("n");
    }

    @Test
    void aSeededSequentialSweepIsReproducibleNumberForNumber() {
        List<List<Object>> runs = new java.util.ArrayList<>();
        for (int run = 0; run < 2; run++) {
            Study s = Study.create(new InMemoryStudyStorage(), "s", LOSS, 17, new TpeSampler(), new NopPruner());
            s.optimize(StudyTest::quadratic, 15, 1);
            runs.add(s.trials().stream().map(t -> List.of(t.number(), t.params(), t.value())).collect(
                    Collectors.toList()));
        }
        assertEquals(runs.get(0), runs.get(1));
        assertEquals(15, runs.get(0).size());
    }

    @Test
    void gridVisitsEachPointOnceWithThreadsAndThenStops() throws Exception {
        SearchSpace grid = new SearchSpace(Map.of("n", IntDistribution.of(1, 4),
                "opt", new CategoricalDistribution(List.of("sgd", "adam", "rmsprop"))));
        try (StudyStorage storage = JdbcStudyStorage.open("jdbc:sqlite:" + dir.resolve("g.db"))) {
            Study s = Study.create(storage, "grid", LOSS, 3, new GridSampler(grid, 3), new NopPruner());
            s.optimize(t -> (Integer) t.suggestAll(grid).get("n"), 100, 3);
            List<TrialRecord> trials = s.trials();
            assertEquals(12, trials.size());
            assertEquals(12, trials.stream().map(TrialRecord::params).collect(Collectors.toSet()).size());
            assertTrue(trials.stream().allMatch(t -> t.state() == TrialState.COMPLETE));
        }
    }

    @Test
    void medianPruningStopsAClearlyBadTrialAtItsFirstEpoch() {
        Study s = Study.create(new InMemoryStudyStorage(), "p", LOSS, 1, new RandomSampler(), new MedianPruner());
        ObjectiveFunction curve = t -> {
            double base = t.suggestFloat("base", 1, 2, false);
            double v = base;
            for (int epoch = 0; epoch < 10; epoch++) {
                v = base / (epoch + 1);
                t.report(epoch, v);
                if (t.shouldPrune()) {
                    throw new TrialPrunedException("pruned at epoch " + epoch);
                }
            }
            return v;
        };
        s.optimize(curve, 5, 1);
        s.enqueue(Map.of("base", 1.9999));
        s.optimize(t -> {
            double base = t.suggestFloat("base", 1, 100, false);
            for (int epoch = 0; epoch < 10; epoch++) {
                t.report(epoch, 50 * base / (epoch + 1));
                if (t.shouldPrune()) {
                    throw new TrialPrunedException("pruned at epoch " + epoch);
                }
            }
            return 50 * base / 10;
        }, 1, 1);
        List<TrialRecord> trials = s.trials();
        assertEquals(6, trials.size());
        assertTrue(trials.subList(0, 5).stream().allMatch(t -> t.state() == TrialState.COMPLETE));
        TrialRecord bad = trials.get(5);
        assertEquals(TrialState.PRUNED, bad.state());
        assertEquals(Set.of(0), bad.intermediate().keySet());
        assertEquals("pruned at epoch 0", bad.message());
    }

    @Test
    void failuresKeepTheirMessageAndNanIsDivergedNotFailed() {
        Study s = Study.create(new InMemoryStudyStorage(), "f", LOSS, 1, new RandomSampler(), new NopPruner());
        s.optimize(t -> {
            int n = t.suggestInt("n", 0, 2);
            return switch (t.number()) {
                case 0 -> throw new IOException("disk full");
                case 1 -> Double.NaN;
                case 2 -> throw new TrialDivergedException("loss overflowed at epoch 3");
                default -> n;
            };
        }, 4, 1);
        List<TrialRecord> t = s.trials();
        assertEquals(TrialState.FAILED, t.get(0).state());
        assertEquals("java.io.IOException: disk full", t.get(0).message());
        assertEquals(TrialState.DIVERGED, t.get(1).state());
        assertEquals(TrialState.DIVERGED, t.get(2).state());
        assertEquals("loss overflowed at epoch 3", t.get(2).message());
        assertEquals(TrialState.COMPLETE, t.get(3).state());
        assertEquals(t.get(3), s.bestTrial().orElseThrow());
    }

    @Test
    void studyNameClashIsAnError() {
        InMemoryStudyStorage storage = new InMemoryStudyStorage();
        Study.create(storage, "same", LOSS, 1, new RandomSampler(), new NopPruner());
        assertThrows(StudyExistsException.class,
                () -> Study.create(storage, "same", LOSS, 2, new RandomSampler(), new NopPruner()));
    }

    @Test
    void resumeFailsAndRerunsLostTrialsAndExtendingAddsTrials() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("r.db");
        try (StudyStorage storage = JdbcStudyStorage.open(url)) {
            Study s = Study.create(storage, "r", LOSS, 5, new RandomSampler(), new NopPruner());
            s.optimize(StudyTest::quadratic, 3, 1);
            // a process dies in the middle of trial 3 (a pid far above any live one)
            TrialRecord lost = storage.createTrial(s.record().id(), TrialState.RUNNING, Map.of("x", 0.5, "n", 2));
            storage.setTrialAttr(lost.id(), Workers.ATTR, Workers.self().replaceFirst(":\\d+:", ":" + Long.MAX_VALUE + ":"));
            // while this live process runs trial 4
            TrialRecord live = storage.createTrial(s.record().id(), TrialState.RUNNING, Map.of("x", 1.0, "n", 1));
            storage.setTrialAttr(live.id(), Workers.ATTR, Workers.self());
        }
        try (StudyStorage storage = JdbcStudyStorage.open(url)) {
            Study s = Study.load(storage, "r", new RandomSampler(), new NopPruner());
            List<TrialRecord> failed = s.resume();
            assertEquals(List.of(3), failed.stream().map(TrialRecord::number).toList());
            s.optimize(StudyTest::quadratic, 2, 1);
            List<TrialRecord> trials = s.trials();
            assertEquals(List.of(TrialState.COMPLETE, TrialState.COMPLETE, TrialState.COMPLETE, TrialState.FAILED,
                    TrialState.RUNNING, TrialState.COMPLETE, TrialState.COMPLETE),
                    trials.stream().map(TrialRecord::state).toList());
            assertEquals(Map.of("x", 0.5, "n", 2), trials.get(5).params());
            assertEquals(0.25 + 2, trials.get(5).value());
            // forcing fails every running trial, whoever runs it
            assertEquals(List.of(4), s.resume(true).stream().map(TrialRecord::number).toList());
        }
    }

    @Test
    void manyThreadsOnSqliteLoseNothing() throws Exception {
        try (StudyStorage storage = JdbcStudyStorage.open("jdbc:sqlite:" + dir.resolve("t.db"))) {
            Study s = Study.create(storage, "t", LOSS, 9, new TpeSampler(), new MedianPruner());
            Set<Integer> seen = java.util.Collections.synchronizedSet(new HashSet<>());
            s.onTrialFinished(t -> seen.add(t.number()));
            s.optimize(t -> {
                double v = quadratic(t);
                for (int e = 0; e < 3; e++) {
                    t.report(e, v + 1.0 / (e + 1));
                }
                return v;
            }, 24, 4);
            List<TrialRecord> trials = s.trials();
            assertEquals(IntStream.range(0, 24).boxed().toList(), trials.stream().map(TrialRecord::number).toList());
            assertEquals(24, seen.size());
            for (TrialRecord t : trials) {
                assertEquals(TrialState.COMPLETE, t.state());
                assertEquals(3, t.intermediate().size());
                assertEquals(Set.of("x", "n"), t.params().keySet());
            }
        }
    }
}
