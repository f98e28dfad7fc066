package org.hyperlab.sweep.pruner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.TrialPrunedException;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.sampler.RandomSampler;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.storage.InMemoryStudyStorage;
import org.junit.jupiter.api.Test;

class HyperbandPrunerTest {

    /** Li et al. (JMLR 2018), table 1: R = 81, eta = 3; per bracket s the (n_i, r_i) of its rounds. */
    @Test
    void bracketsMatchThePapersTable() {
        long[][][] table = {
                {{81, 1}, {27, 3}, {9, 9}, {3, 27}, {1, 81}},
                {{34, 3}, {11, 9}, {3, 27}, {1, 81}},
                {{15, 9}, {5, 27}, {1, 81}},
                {{8, 27}, {2, 81}},
                {{5, 81}}};
        HyperbandSchedule schedule = HyperbandSchedule.of(81, 3);
        assertEquals(table.length, schedule.brackets().size());
        for (int b = 0; b < table.length; b++) {
            HyperbandSchedule.Bracket bracket = schedule.brackets().get(b);
            assertEquals(4 - b, bracket.s());
            assertEquals(table[b].length, bracket.rounds().size());
            for (int i = 0; i < table[b].length; i++) {
                assertEquals(table[b][i][0], bracket.rounds().get(i).configurations(), "bracket " + b + " round " + i);
                assertEquals(table[b][i][1], bracket.rounds().get(i).resource(), "bracket " + b + " round " + i);
            }
        }
    }

    @Test
    void trialsSplitBetweenBracketsInProportionToTheirConfigurations() {
        HyperbandPruner pruner = new HyperbandPruner(1, 81, 3);
        int[] counts = new int[5];
        int trials = 14300;
        for (int n = 0; n < trials; n++) {
            counts[pruner.bracketOf(n)]++;
        }
        int[] configurations = {81, 34, 15, 8, 5};
        for (int b = 0; b < 5; b++) {
            double expected = trials * configurations[b] / 143.0;
            assertEquals(expected, counts[b], 5 * Math.sqrt(expected), "bracket " + b);
        }
    }

    /**
     * A study of 60 trials, 9 epochs, eta 3: a trial's curve is its parameter (lower is better) at every epoch.
     * Within each bracket only the best third passes a rung, so bad trials stop early and the best run to the end.
     */
    @Test
    void prunesWithinBracketsOnAStudy() {
        HyperbandPruner pruner = new HyperbandPruner(1, 9, 3);
        Study study = Study.create(new InMemoryStudyStorage(), "hb", new ObjectiveSpec("v", Direction.MINIMIZE), 1,
                new RandomSampler(), pruner);
        study.optimize(trial -> {
            double v = trial.suggestFloat("q", 0, 1, false);
            for (int epoch = 1; epoch <= 9; epoch++) {
                trial.report(epoch, v);
                if (trial.shouldPrune()) {
                    throw new TrialPrunedException("pruned at " + epoch);
                }
            }
            return v;
        }, 60, 1);
        List<TrialRecord> trials = study.trials();
        long pruned = trials.stream().filter(t -> t.state() == TrialState.PRUNED).count();
        assertTrue(pruned > 10, "pruned " + pruned);
        TrialRecord best = trials.stream().min((a, b) -> Double.compare((double) a.params().get("q"),
                (double) b.params().get("q"))).orElseThrow();
        assertEquals(TrialState.COMPLETE, best.state());
        for (TrialRecord t : trials) {
            int bracket = pruner.bracketOf(t.number());
            int s = pruner.schedule().brackets().get(bracket).s();
            for (String key : t.attrs().keySet()) {
                if (key.startsWith("hyperband_")) {
                    assertTrue(key.startsWith("hyperband_" + s + "_"), key + " of a trial in bracket s=" + s);
                }
            }
            if (s == 0) {
                assertFalse(t.state() == TrialState.PRUNED && t.lastStep().orElse(0) < 9, "bracket 0 runs in full");
            }
        }
    }
}
