package org.hyperlab.sweep.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.Trial;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.pruner.MedianPruner;
import org.hyperlab.sweep.sampler.TpeSampler;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.space.SearchSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four ask/tell loops at once, each with its own connection (as four processes would have), on one study with a trial
 * budget, each asking until the study says no: every trial is handed out once, exactly the budget is started, numbers
 * are 0 … n-1 without gaps or duplicates, and every trial ends finished. On SQLite and on PostgreSQL.
 */
class AskTellConcurrencyTest {
    private static final int LOOPS = 4;
    /** The study's trial budget: not a multiple of the loops, so the last asks race for the last trials. */
    private static final int BUDGET = 30;
    private static final SearchSpace SPACE = new SearchSpace(Map.of("x", FloatDistribution.uniform(-3, 3)));

    @TempDir
    Path dir;

    @Test
    void onSqlite() throws Exception {
        fourLoops("jdbc:sqlite:" + dir.resolve("ask.db"));
    }

    @Test
    void onPostgres() throws Exception {
        fourLoops(PostgresTestUrls.inSchema("hyperlab_ask_tell_v" + Schema.VERSION, false));
    }

    private static void fourLoops(String url) throws Exception {
        String name = "ask-tell-" + UUID.randomUUID();
        try (StudyStorage s = JdbcStudyStorage.open(url)) {
            s.createStudy(name, new ObjectiveSpec("loss", Direction.MINIMIZE), 7, null, BUDGET);
        }
        ExecutorService pool = Executors.newFixedThreadPool(LOOPS);
        List<Future<List<Integer>>> loops = new ArrayList<>();
        for (int l = 0; l < LOOPS; l++) {
            loops.add(pool.submit((Callable<List<Integer>>) () -> loop(url, name)));
        }
        List<Integer> asked = new ArrayList<>();
        for (Future<List<Integer>> f : loops) {
            asked.addAll(f.get());
        }
        pool.shutdown();
        Set<Integer> distinct = new TreeSet<>(asked);
        assertEquals(BUDGET, asked.size());
        assertEquals(asked.size(), distinct.size(), "no trial handed out twice: " + asked);
        try (StudyStorage s = JdbcStudyStorage.open(url)) {
            List<TrialRecord> trials = s.trials(s.findStudy(name).orElseThrow().id());
            assertEquals(BUDGET, trials.size());
            for (int i = 0; i < trials.size(); i++) {
                assertEquals(i, trials.get(i).number());
                assertTrue(trials.get(i).state().isFinished(), trials.get(i).toString());
            }
        }
    }

    /** One caller: ask, report two steps (pruning when told), tell; returns the numbers it was given. */
    private static List<Integer> loop(String url, String name) {
        List<Integer> numbers = new ArrayList<>();
        try (StudyStorage s = JdbcStudyStorage.open(url)) {
            Study study = Study.load(s, name, new TpeSampler(4, 8), new MedianPruner(2, 1, 1));
            for (java.util.Optional<Trial> next = study.ask(); next.isPresent(); next = study.ask()) {
                Trial t = next.get();
                numbers.add(t.number());
                double x = ((Number) t.suggestAll(SPACE).get("x")).doubleValue();
                double value = (x - 1) * (x - 1);
                t.report(1, value + 1);
                if (t.shouldPrune()) {
                    study.tell(t.number(), TrialState.PRUNED, null, "pruned at step 1");
                    continue;
                }
                t.report(2, value);
                study.tell(t.number(), TrialState.COMPLETE, value, null);
            }
        }
        return numbers;
    }
}
