package org.hyperlab.sweep.sampler.cmaes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.sampler.JointLoop;
import org.junit.jupiter.api.Test;

class CmaEsSamplerTest {

    /** Rosenbrock's banana valley in 2-D on [-2, 2]^2: minimum 0 at (1, 1). */
    @Test
    void reachesRosenbrock2dMinimumWithin1000Evaluations() {
        for (long seed = 1; seed <= 3; seed++) {
            List<TrialRecord> h = JointLoop.run(new CmaEsSampler(), JointLoop.box(2, -2, 2), seed, 1000, p -> {
                double x = JointLoop.x(p, 0);
                double y = JointLoop.x(p, 1);
                return 100 * (y - x * x) * (y - x * x) + (1 - x) * (1 - x);
            });
            assertTrue(JointLoop.best(h) < 1e-6, "seed " + seed + ": best " + JointLoop.best(h));
        }
    }

    @Test
    void restartsWithDoubledPopulationAfterConverging() {
        // a sphere converges in a few dozen generations; IPOP then starts a run with twice the population
        CmaEs run = new CmaEs(new double[] {0.5, 0.5}, 0.2, CmaEs.defaultLambda(2));
        SplittableRandom rng = new SplittableRandom(3);
        int generations = 0;
        while (!run.shouldStop() && generations < 2000) {
            double[][] xs = new double[run.lambda()][];
            double[] f = new double[run.lambda()];
            for (int k = 0; k < xs.length; k++) {
                xs[k] = run.ask(rng);
                f[k] = Math.pow(xs[k][0] - 0.3, 2) + Math.pow(xs[k][1] - 0.6, 2);
            }
            run.tell(xs, f);
            generations++;
        }
        assertTrue(run.shouldStop(), "the restart test should fire on a converged sphere");
        assertTrue(generations < 1000, "converged after " + generations + " generations");
        assertEquals(6, CmaEs.defaultLambda(2));
        assertEquals(4 + (int) Math.floor(3 * Math.log(10)), CmaEs.defaultLambda(10));
    }

    /**
     * The tutorial's default weights (Hansen 2016, Table 1) for n = 2, lambda = 6: the three best normalized to sum
     * 1, the three worst negative, summing to -alpha_mueff- = -(1 + 2 mu_eff-/(mu_eff + 2)). The values are those of
     * Hansen's reference implementation (pycma 4.5.0, {@code CMAEvolutionStrategy([0.5, 0.5], 1/6).sp.weights}).
     */
    @Test
    void recombinationWeightsAreTheTutorialsDefaultsNegativeOnesIncluded() {
        double[] w = new CmaEs(new double[] {0.5, 0.5}, 1.0 / 6, 6).weights();
        double[] pycma = {0.637043, 0.28457, 0.078387, -0.286384, -0.764958, -1.155982};
        assertEquals(pycma.length, w.length);
        for (int i = 0; i < w.length; i++) {
            assertEquals(pycma[i], w[i], 1e-6, "weight " + i);
        }
    }

    @Test
    void eigenDecompositionReconstructsTheMatrix() {
        double[][] a = {{4, 1, 0.5}, {1, 3, 0.2}, {0.5, 0.2, 2}};
        SymmetricEigen e = new SymmetricEigen(a);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    s += e.vectors[i][k] * e.values[k] * e.vectors[j][k];
                }
                assertEquals(a[i][j], s, 1e-12);
            }
        }
        assertEquals(4 + 3 + 2, e.values[0] + e.values[1] + e.values[2], 1e-12);
    }
}
