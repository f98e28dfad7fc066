package org.hyperlab.sweep.sampler.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.sampler.JointLoop;
import org.hyperlab.sweep.sampler.StandardNormal;
import org.junit.jupiter.api.Test;

class GpSamplerTest {

    @Test
    void findsBraninMinimumWithin40Trials() {
        for (long seed = 1; seed <= 2; seed++) {
            List<TrialRecord> h = JointLoop.run(new GpSampler(), JointLoop.braninSpace(), seed, 40, JointLoop::branin);
            double regret = JointLoop.best(h) - JointLoop.BRANIN_MIN;
            assertTrue(regret < 0.02, "seed " + seed + ": regret " + regret);
        }
    }

    @Test
    void logExpectedImprovementMatchesTheClosedFormAndItsTail() {
        for (double z = -0.99; z <= 5; z += 0.37) {
            double phi = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
            double h = phi + z * StandardNormal.cdf(z);
            assertEquals(Math.log(h), LogExpectedImprovement.logH(z), 1e-6 * Math.max(1, Math.abs(Math.log(h))));
        }
        // the branch for z <= -1 meets the direct formula where both are accurate
        double z = -1.5;
        double direct = Math.log(Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) + z * StandardNormal.cdf(z));
        assertEquals(direct, LogExpectedImprovement.logH(z), 1e-5);
        // far in the tail h(z) ~ phi(z) / z^2 (Mills' ratio), where the direct formula underflows to log 0
        for (double t : new double[] {-40, -200}) {
            double asymptote = -0.5 * t * t - 0.5 * Math.log(2 * Math.PI) - 2 * Math.log(-t);
            assertEquals(asymptote, LogExpectedImprovement.logH(t), 1e-2 * Math.abs(asymptote) / (t * t) + 1e-2);
        }
    }

    @Test
    void likelihoodGradientMatchesFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(4);
        int n = 12;
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {rng.nextDouble(), rng.nextInt(3)};
            y[i] = Math.sin(6 * x[i][0]) + 0.3 * x[i][1];
        }
        Matern52Kernel kernel = new Matern52Kernel(new boolean[] {false, true});
        double[] theta = {Math.log(0.3), Math.log(0.8), Math.log(1.5), Math.log(1e-2)};
        double[] g = GaussianProcess.gradient(kernel, x, y, theta);
        for (int i = 0; i < theta.length; i++) {
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[i] += 1e-5;
            down[i] -= 1e-5;
            double fd = (GaussianProcess.logPosterior(kernel, x, y, up)
                    - GaussianProcess.logPosterior(kernel, x, y, down)) / 2e-5;
            assertEquals(fd, g[i], 1e-4 * Math.max(1, Math.abs(fd)), "theta " + i);
        }
    }
}
