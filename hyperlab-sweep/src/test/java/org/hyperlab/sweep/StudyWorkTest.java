package org.hyperlab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hyperlab.sweep.pruner.NopPruner;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.sampler.GridSampler;
import org.hyperlab.sweep.sampler.RandomSampler;
import org.hyperlab.sweep.sampler.TpeSampler;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.IntDistribution;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.space.SearchSpace;
import org.hyperlab.sweep.storage.InMemoryStudyStorage;
import org.hyperlab.sweep.storage.StudyStorage;
import org.hyperlab.sweep.storage.TrialBudget;
import org.junit.jupiter.api.Test;

/** {@link Study#work}: workers in one process sharing a study's budget, a refused result, a finite sampler. */
class StudyWorkTest {
    private static final ObjectiveSpec LOSS = new ObjectiveSpec("loss", Direction.MINIMIZE);
    private static final SearchSpace SPACE = new SearchSpace(Map.of("x", FloatDistribution.uniform(-2, 2)));

    private static double x(Trial t) {
        return (Double) t.suggestAll(SPACE).get("x");
    }

    private static Study study(StudyStorage storage, String name, int budget) {
        StudyRecord r = storage.createStudy(name, LOSS, 3, null, budget);
        return Study.load(storage, r.name(), new RandomSampler(), new NopPruner());
    }

    @Test
    void threeWorkersWithTwoThreadsEachFinishExactlyTheBudget() throws Exception {
        StudyStorage storage = new InMemoryStudyStorage();
        study(storage, "shared", 11);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Study worker = Study.load(storage, "shared", new RandomSampler(), new NopPruner());
            workers.add(pool.submit(() -> worker.work(StudyWorkTest::x, 2)));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        pool.shutdown();
        List<TrialRecord> all = storage.trials(storage.findStudy("shared").orElseThrow().id());
        assertEquals(11, all.size());
        assertTrue(all.stream().allMatch(t -> t.state() == TrialState.COMPLETE), all.toString());
    }

    @Test
    void aRefusedResultIsReportedAndTheReRunTakesItsPlaceInTheBudget() {
        StudyStorage storage = new InMemoryStudyStorage();
        Study s = study(storage, "refused", 4);
        List<TrialRecord> refused = new ArrayList<>();
        List<TrialRecord> finished = new ArrayList<>();
        s.onTrialRefused(refused::add).onTrialFinished(finished::add);
        s.work(t -> {
            double v = x(t);
            if (t.number() == 1) {
                // another worker takes the trial over while it runs (as after a stopped heartbeat)
                storage.failAndRequeue(t.id(), "taken over");
            }
            return v;
        }, 1);
        List<TrialRecord> all = s.trials();
        assertEquals(List.of(1), refused.stream().map(TrialRecord::number).toList());
        assertEquals(TrialState.FAILED, all.get(1).state());
        assertEquals("taken over; re-run as trial 2", all.get(1).message());
        assertEquals(all.get(1).params(), all.get(2).params(), "the re-run has the taken trial's parameters");
        assertEquals(4, all.stream().filter(TrialBudget::counts).count());
        assertEquals(4, finished.size());
        assertTrue(finished.stream().allMatch(t -> t.state() == TrialState.COMPLETE));
        assertTrue(Study.refusedLine(s.record(), refused.get(0)).startsWith(
                "sweep: refused: the result of trial 1 was refused: the trial is failed (taken over"),
                Study.refusedLine(s.record(), refused.get(0)));
    }

    @Test
    void oneSequentialWorkerDrawsTheSameTrialsAsOptimize() {
        StudyStorage a = new InMemoryStudyStorage();
        Study counted = Study.create(a, "tpe", LOSS, 9, new TpeSampler(), new NopPruner());
        counted.optimize(StudyWorkTest::x, 25, 1);
        StudyStorage b = new InMemoryStudyStorage();
        b.createStudy("tpe", LOSS, 9, null, 25);
        Study budgeted = Study.load(b, "tpe", new TpeSampler(), new NopPruner());
        budgeted.work(StudyWorkTest::x, 1);
        assertEquals(counted.trials().stream().map(TrialRecord::value).toList(),
                budgeted.trials().stream().map(TrialRecord::value).toList());
    }

    @Test
    void aFiniteSamplerEndsTheWorkBeforeALargerBudget() {
        StudyStorage storage = new InMemoryStudyStorage();
        SearchSpace grid = new SearchSpace(Map.of("n", IntDistribution.of(1, 3)));
        storage.createStudy("grid", LOSS, 0, null, 10);
        Study s = Study.load(storage, "grid", new GridSampler(grid, 0), new NopPruner());
        s.work(t -> ((Integer) t.suggestAll(grid).get("n")).doubleValue(), 2);
        assertEquals(List.of(1.0, 2.0, 3.0), s.trials().stream().map(TrialRecord::value).sorted().toList());
    }
}
