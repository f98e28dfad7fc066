package org.hyperlab.sweep.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hyperlab.sweep.space.CategoricalDistribution;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.SearchSpace;
import org.junit.jupiter.api.Test;

/**
 * The multivariate Parzen estimator against its definition (Watanabe 2023, sections 3-4; Falkner et al. 2018): a
 * weighted sum of product kernels, truncated normals on numeric coordinates with the bandwidth rule and the magic
 * clip, Aitchison-Aitken-style categorical kernels, and the prior kernel, with every number worked out here.
 */
class ParzenMixtureTest {
    /** x on [0, 2], c one of three choices (coordinates 0, 1, 2). */
    private static EncodedSpace space() {
        Map<String, Distribution> p = new LinkedHashMap<>();
        p.put("x", FloatDistribution.uniform(0, 2));
        p.put("c", new CategoricalDistribution(List.of("a", "b", "c")));
        return new EncodedSpace(new SearchSpace(p));
    }

    private static final double[][] OBS = {{0.2, 0}, {1.0, 2}, {1.9, 0}};
    private static final double[] WEIGHTS = {1, 2, 0.5};

    /** Σ w_i TN(x; mu_i, sigma_i, 0, 2) cat_i(c) with kernels {mu, sigma, weight, choice (-1: prior)}. */
    private static double mixtureLogPdf(double[] at, double own, double other, double[]... kernels) {
        double sum = 0;
        for (double[] k : kernels) {
            double cat = k[3] < 0 ? 1 / 3.0 : (k[3] == at[1] ? own : other);
            sum += k[2] * NormalReference.truncatedPdf(at[0], k[0], k[1], 0, 2) * cat;
        }
        return Math.log(sum);
    }

    @Test
    void neighbourBandwidthsAndCategoricalKernelsMakeTheDensity() {
        // sorted x: 0.2, 1.0, 1.9 between the bounds 0 and 2: 0.2 (outermost) -> 0.8, 1.0 -> max(0.8, 0.9),
        // 1.9 (outermost) -> 0.9; the prior's sigma is 2; the clip [2 / min(100, 1 + 4), 2] = [0.4, 2] keeps them.
        // categorical with n = 3: own (1 + 1/4) / (1 + 3/4), other (1/4) / (1 + 3/4); weights over 4.5.
        ParzenMixture m = new ParzenMixture(space(), OBS, WEIGHTS, TpeBandwidth.NEIGHBOR);
        double own = 1.25 / 1.75;
        double other = 0.25 / 1.75;
        for (double[] at : new double[][] {{0.1, 0}, {0.6, 1}, {1.0, 2}, {1.7, 0}, {1.95, 1}}) {
            double expected = mixtureLogPdf(at, own, other, new double[] {0.2, 0.8, 1 / 4.5, 0},
                    new double[] {1.0, 0.9, 2 / 4.5, 2}, new double[] {1.9, 0.9, 0.5 / 4.5, 0},
                    new double[] {1.0, 2.0, 1 / 4.5, -1});
            assertEquals(expected, m.logPdf(at), 1e-6, "at " + at[0] + ", " + at[1]);
        }
    }

    @Test
    void scottsSigmaIsClippedLikeTheNeighbourRule() {
        // Scott: 0.2 * 3^(-1/(2 + 4)) * 2 = 0.333, below the clip 2 / min(100, 1 + 4) = 0.4; the prior keeps sigma 2
        ParzenMixture m = new ParzenMixture(space(), OBS, WEIGHTS, TpeBandwidth.SCOTT);
        double s = Math.max(0.4 * Math.pow(3, -1.0 / 6), 0.4);
        double own = 1.25 / 1.75;
        double other = 0.25 / 1.75;
        for (double[] at : new double[][] {{0.3, 0}, {1.2, 2}, {1.8, 1}}) {
            double expected = mixtureLogPdf(at, own, other, new double[] {0.2, s, 1 / 4.5, 0},
                    new double[] {1.0, s, 2 / 4.5, 2}, new double[] {1.9, s, 0.5 / 4.5, 0},
                    new double[] {1.0, 2.0, 1 / 4.5, -1});
            assertEquals(expected, m.logPdf(at), 1e-6, "at " + at[0] + ", " + at[1]);
        }
    }

    @Test
    void closeObservationsAreWidenedToTheMagicClip() {
        // 1.0 and 1.02: neighbour distances 0.02, below 2 / min(100, 1 + 3) = 0.5
        double[][] obs = {{1.0, 1}, {1.02, 1}};
        ParzenMixture m = new ParzenMixture(space(), obs, new double[] {1, 1}, TpeBandwidth.NEIGHBOR);
        double own = (1 + 1 / 3.0) / (1 + 1.0);
        double other = (1 / 3.0) / (1 + 1.0);
        for (double[] at : new double[][] {{0.5, 1}, {1.01, 0}, {1.9, 2}}) {
            double expected = mixtureLogPdf(at, own, other, new double[] {1.0, 0.5, 1 / 3.0, 1},
                    new double[] {1.02, 0.5, 1 / 3.0, 1}, new double[] {1.0, 2.0, 1 / 3.0, -1});
            assertEquals(expected, m.logPdf(at), 1e-6, "at " + at[0] + ", " + at[1]);
        }
    }

    @Test
    void withoutObservationsOnlyThePriorRemains() {
        ParzenMixture m = new ParzenMixture(space(), new double[0][], new double[0], TpeBandwidth.NEIGHBOR);
        for (double[] at : new double[][] {{0.1, 0}, {1.5, 2}}) {
            double expected = Math.log(NormalReference.truncatedPdf(at[0], 1, 2, 0, 2) / 3);
            assertEquals(expected, m.logPdf(at), 1e-6);
        }
        SplittableRandom rng = new SplittableRandom(1);
        for (int k = 0; k < 50; k++) {
            double[] x = m.sample(rng);
            assertTrue(x[0] >= 0 && x[0] <= 2 && (x[1] == 0 || x[1] == 1 || x[1] == 2));
        }
    }

    @Test
    void aSinglePointRangeAddsNothingToTheDensityAndIsAlwaysDrawn() {
        Map<String, Distribution> p = new LinkedHashMap<>();
        p.put("x", FloatDistribution.uniform(0, 2));
        p.put("fixed", FloatDistribution.uniform(3, 3));
        EncodedSpace withFixed = new EncodedSpace(new SearchSpace(p));
        ParzenMixture m = new ParzenMixture(withFixed, new double[][] {{0.5, 3}}, new double[] {1},
                TpeBandwidth.NEIGHBOR);
        // n = 1 on x: sigma = max(0.5 - 0, 2 - 0.5) = 1.5 (inside the clip [2/3, 2]); weights 1/2 each
        for (double x : new double[] {0.2, 1.0, 1.8}) {
            double expected = Math.log(0.5 * NormalReference.truncatedPdf(x, 0.5, 1.5, 0, 2)
                    + 0.5 * NormalReference.truncatedPdf(x, 1, 2, 0, 2));
            assertEquals(expected, m.logPdf(new double[] {x, 3}), 1e-6, "x = " + x);
        }
        SplittableRandom rng = new SplittableRandom(2);
        for (int k = 0; k < 20; k++) {
            assertEquals(3, m.sample(rng)[1], 0);
        }
    }

    @Test
    void categoricalDrawsFollowTheKernelsProbabilities() {
        Map<String, Distribution> p = new LinkedHashMap<>();
        p.put("c", new CategoricalDistribution(List.of("a", "b", "c")));
        EncodedSpace cat = new EncodedSpace(new SearchSpace(p));
        // one observation of choice 0 (weight 1) and the prior, 1/2 each; the observation's kernel gives choice 0
        // (1 + 1/2) / (1 + 3/2) = 0.6 and the others 0.2; the prior 1/3 each: P(0) = 0.3 + 1/6, P(1) = P(2) = 0.1 + 1/6
        ParzenMixture m = new ParzenMixture(cat, new double[][] {{0}}, new double[] {1}, TpeBandwidth.NEIGHBOR);
        assertEquals(Math.log(0.3 + 1 / 6.0), m.logPdf(new double[] {0}), 1e-12);
        assertEquals(Math.log(0.1 + 1 / 6.0), m.logPdf(new double[] {2}), 1e-12);
        int[] counts = new int[3];
        SplittableRandom rng = new SplittableRandom(3);
        int draws = 60_000;
        for (int k = 0; k < draws; k++) {
            counts[(int) m.sample(rng)[0]]++;
        }
        assertEquals(0.3 + 1 / 6.0, counts[0] / (double) draws, 0.01);
        assertEquals(0.1 + 1 / 6.0, counts[1] / (double) draws, 0.01);
        assertEquals(0.1 + 1 / 6.0, counts[2] / (double) draws, 0.01);
    }

    @Test
    void numericDrawsHaveTheMixturesMean() {
        Map<String, Distribution> p = new LinkedHashMap<>();
        p.put("x", FloatDistribution.uniform(0, 2));
        EncodedSpace one = new EncodedSpace(new SearchSpace(p));
        // observations 0.2 (weight 3) and 1.9 (weight 1): sigmas 1.7 each (outermost: the inner neighbour), prior N(1, 2)
        ParzenMixture m = new ParzenMixture(one, new double[][] {{0.2}, {1.9}}, new double[] {3, 1},
                TpeBandwidth.NEIGHBOR);
        double expected = (3 * NormalReference.truncatedMean(0.2, 1.7, 0, 2)
                + NormalReference.truncatedMean(1.9, 1.7, 0, 2) + NormalReference.truncatedMean(1, 2, 0, 2)) / 5;
        SplittableRandom rng = new SplittableRandom(4);
        double sum = 0;
        int draws = 40_000;
        for (int k = 0; k < draws; k++) {
            double x = m.sample(rng)[0];
            assertTrue(x >= 0 && x <= 2);
            sum += x;
        }
        assertEquals(expected, sum / draws, 0.015);
    }
}
