package org.hyperlab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hyperlab.sweep.pareto.ParetoFront;
import org.hyperlab.sweep.pruner.MedianPruner;
import org.hyperlab.sweep.pruner.NopPruner;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.sampler.RandomSampler;
import org.hyperlab.sweep.sampler.TpeSampler;
import org.hyperlab.sweep.sampler.cmaes.CmaEsSampler;
import org.hyperlab.sweep.sampler.gp.GpSampler;
import org.hyperlab.sweep.sampler.nsga2.Nsga2Sampler;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.space.SearchSpace;
import org.hyperlab.sweep.storage.InMemoryStudyStorage;
import org.hyperlab.sweep.storage.JdbcStudyStorage;
import org.hyperlab.sweep.storage.StudyStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study of two objectives through both stores: values stored and read back, outcomes, refused samplers. */
class MultiObjectiveStudyTest {
    private static final List<ObjectiveSpec> TWO = List.of(new ObjectiveSpec("loss", Direction.MINIMIZE),
            new ObjectiveSpec("accuracy", Direction.MAXIMIZE));
    private static final SearchSpace X = new SearchSpace(Map.of("x", FloatDistribution.uniform(0, 1)));

    @TempDir
    Path dir;

    private void runsAndReadsBack(StudyStorage storage) {
        Study study = Study.create(storage, "two", TWO, 5, new Nsga2Sampler(4, 0.9, null), new NopPruner());
        MultiObjectiveFunction f = trial -> {
            double x = ((Number) trial.suggestAll(X).get("x")).doubleValue();
            return trial.number() == 3 ? new double[] {x, Double.NaN}
                    : trial.number() == 4 ? new double[] {x}
                    : new double[] {x * x, x};
        };
        study.optimize(f, 12, 1);
        List<TrialRecord> trials = study.trials();
        assertEquals(TrialState.DIVERGED, trials.get(3).state());
        assertTrue(trials.get(3).message().contains("accuracy was NaN"), trials.get(3).message());
        assertEquals(TrialState.FAILED, trials.get(4).state());
        assertTrue(trials.get(4).message().contains("2 objective(s) but 1 value(s)"), trials.get(4).message());
        for (TrialRecord t : trials) {
            if (t.number() != 3 && t.number() != 4) {
                double x = ((Number) t.params().get("x")).doubleValue();
                assertEquals(TrialState.COMPLETE, t.state());
                assertEquals(List.of(x * x, x), t.values());
                assertEquals(x * x, t.value());
            }
        }
        // loss x² down and accuracy x up is a trade-off for every x: every complete trial is on the front
        assertEquals(10, ParetoFront.of(trials, TWO).size());
        assertEquals(TWO, storage.findStudy("two").orElseThrow().objectives(), "the objectives as stored");
    }

    @Test
    void inMemory() {
        runsAndReadsBack(new InMemoryStudyStorage());
    }

    @Test
    void inSqlite() {
        try (JdbcStudyStorage storage = JdbcStudyStorage.open("jdbc:sqlite:" + dir.resolve("mo.db"))) {
            runsAndReadsBack(storage);
        }
    }

    @Test
    void tellTakesOneValuePerObjective() {
        StudyStorage storage = new InMemoryStudyStorage();
        Study study = Study.create(storage, "told", TWO, 1, new RandomSampler(), new NopPruner());
        int n = study.ask().orElseThrow().number();
        assertThrows(IllegalArgumentException.class, () -> study.tellValues(n, TrialState.COMPLETE, new double[] {1}, null));
        TrialRecord done = study.tellValues(n, TrialState.COMPLETE, new double[] {0.3, 0.9}, null);
        assertEquals(List.of(0.3, 0.9), done.values());
        int m = study.ask().orElseThrow().number();
        assertEquals(TrialState.DIVERGED, study.tellValues(m, TrialState.COMPLETE,
                new double[] {Double.POSITIVE_INFINITY, 1}, null).state());
    }

    @Test
    void singleObjectiveSamplersAndPrunersAreRefused() {
        StudyStorage storage = new InMemoryStudyStorage();
        IllegalArgumentException gp = assertThrows(IllegalArgumentException.class,
                () -> Study.create(storage, "gp", TWO, 1, new GpSampler(10), new NopPruner()));
        assertTrue(gp.getMessage().contains("sampler GpSampler optimizes a single objective"), gp.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Study.create(storage, "cma", TWO, 1, new CmaEsSampler(), new NopPruner()));
        IllegalArgumentException median = assertThrows(IllegalArgumentException.class,
                () -> Study.create(storage, "median", TWO, 1, new TpeSampler(), new MedianPruner(5, 1, 1)));
        assertTrue(median.getMessage().contains("pruner MedianPruner needs a single objective"), median.getMessage());
        assertFalse(storage.findStudy("gp").isPresent(), "nothing is stored for a refused study");
        Study.create(storage, "ok", TWO, 1, new TpeSampler(), new NopPruner());
        assertThrows(IllegalArgumentException.class,
                () -> Study.load(storage, "ok", new GpSampler(10), new NopPruner()), "loading checks too");
    }
}
