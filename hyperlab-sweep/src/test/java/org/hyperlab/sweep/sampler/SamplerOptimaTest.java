package org.hyperlab.sweep.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.sampler.cmaes.CmaEsSampler;
import org.hyperlab.sweep.space.CategoricalDistribution;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.SearchSpace;
import org.junit.jupiter.api.Test;

/**
 * Each sampler, on seeded runs, reaches a function's known minimum within a budget (multivariate TPE, GP and CMA-ES
 * on Rosenbrock have theirs in {@code MultivariateTpeTest}, {@code GpSamplerTest} and {@code CmaEsSamplerTest}).
 * The minima come from the functions' definitions (Branin 0.397887 at three points; a shifted quadratic 0 at its
 * centre), the budgets from what each method must manage: a model-based sampler a small regret in a few hundred
 * trials, random search one point within 0.1 of the centre of the unit square in 500 draws (the chance of none is
 * {@code (1 - pi 0.01)^500 < 1e-6}), a grid the exact minimum once it has visited its points.
 */
class SamplerOptimaTest {
    @Test
    void univariateTpeReachesBraninMinimum() {
        for (long seed = 1; seed <= 3; seed++) {
            List<TrialRecord> h = JointLoop.run(new TpeSampler(10, 24, false, false), JointLoop.braninSpace(), seed,
                    200, JointLoop::branin);
            double regret = JointLoop.best(h) - JointLoop.BRANIN_MIN;
            assertTrue(regret < 0.1, "seed " + seed + ": regret " + regret);
        }
    }

    @Test
    void cmaesReachesBraninMinimum() {
        for (long seed = 1; seed <= 3; seed++) {
            List<TrialRecord> h = JointLoop.run(new CmaEsSampler(), JointLoop.braninSpace(), seed, 200,
                    JointLoop::branin);
            double regret = JointLoop.best(h) - JointLoop.BRANIN_MIN;
            assertTrue(regret < 0.01, "seed " + seed + ": regret " + regret);
        }
    }

    @Test
    void randomSearchComesNearTheMinimumOfAQuadratic() {
        for (long seed = 1; seed <= 3; seed++) {
            List<TrialRecord> h = JointLoop.run(new RandomSampler(), JointLoop.box(2, 0, 1), seed, 500,
                    SamplerOptimaTest::quadratic);
            assertTrue(JointLoop.best(h) < 0.01, "seed " + seed + ": best " + JointLoop.best(h));
        }
    }

    @Test
    void gridFindsTheExactMinimumOnceEveryPointIsVisited() {
        Map<String, Distribution> m = new LinkedHashMap<>();
        m.put("x0", new FloatDistribution(0, 1, false, 0.1));
        m.put("x1", new FloatDistribution(0, 1, false, 0.1));
        m.put("opt", new CategoricalDistribution(List.of("sgd", "adam", "momentum")));
        SearchSpace space = new SearchSpace(m);
        GridSampler grid = new GridSampler(space, 4);
        assertEquals(11 * 11 * 3, grid.plannedTrials().size());
        List<TrialRecord> h = JointLoop.run(grid, space, 4, 11 * 11 * 3,
                p -> quadratic(p) + (p.get("opt").equals("adam") ? 0 : 1));
        assertEquals(0, JointLoop.best(h), 1e-12);
    }

    /** {@code (x0 - 0.3)^2 + (x1 - 0.7)^2}: minimum 0 at (0.3, 0.7), a point of the 0.1 grid. */
    private static double quadratic(Map<String, Object> p) {
        return Math.pow(JointLoop.x(p, 0) - 0.3, 2) + Math.pow(JointLoop.x(p, 1) - 0.7, 2);
    }
}
