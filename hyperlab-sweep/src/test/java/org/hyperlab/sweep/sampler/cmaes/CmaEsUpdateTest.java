package org.hyperlab.sweep.sampler.cmaes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.hyperlab.sweep.sampler.StandardNormal;
import org.junit.jupiter.api.Test;

/**
 * The CMA-ES update of one generation against the equations of Hansen's tutorial (arXiv:1604.00772, table 1 and
 * eqs. 41-47), written out here for n = 2, lambda = 6 with the closed-form inverse square root of a 2x2
 * covariance matrix instead of an eigen-decomposition, so nothing is shared with {@link CmaEs}.
 */
class CmaEsUpdateTest {
    private static final double TOL = 1e-12;

    /**
     * Hansen's strategy parameters for n = 2 and population lambda with the default weights of table 1 (the worse
     * half negative: active CMA), and the update of eqs. 41-47.
     */
    private static final class Reference {
        final int n = 2;
        final int lambda;
        final int mu;
        final double[] w;
        final double weightSum;
        final double muEff;
        final double cSigma;
        final double dSigma;
        final double cc;
        final double c1;
        final double cMu;
        final double chiN;
        double[] m;
        double sigma;
        double[] pSigma = new double[2];
        double[] pc = new double[2];
        double[][] c = {{1, 0}, {0, 1}};
        int g;

        Reference(double[] m, double sigma) {
            this(m, sigma, 6);
        }

        Reference(double[] m, double sigma, int lambda) {
            this.m = m.clone();
            this.sigma = sigma;
            this.lambda = lambda;
            mu = lambda / 2;
            double[] raw = new double[lambda];
            double sumPos = 0;
            double sqPos = 0;
            double sumNeg = 0;
            double sqNeg = 0;
            for (int i = 0; i < lambda; i++) {
                raw[i] = Math.log((lambda + 1) / 2.0) - Math.log(i + 1);
                if (i < mu) {
                    sumPos += raw[i];
                    sqPos += raw[i] * raw[i];
                } else {
                    sumNeg += raw[i];
                    sqNeg += raw[i] * raw[i];
                }
            }
            muEff = sumPos * sumPos / sqPos;
            double muEffMinus = sumNeg * sumNeg / sqNeg;
            cSigma = (muEff + 2) / (n + muEff + 5);
            dSigma = 1 + 2 * Math.max(0, Math.sqrt((muEff - 1) / (n + 1)) - 1) + cSigma;
            cc = (4 + muEff / n) / (n + 4 + 2 * muEff / n);
            c1 = 2 / ((n + 1.3) * (n + 1.3) + muEff);
            cMu = Math.min(1 - c1, 2 * (muEff - 2 + 1 / muEff) / ((n + 2) * (n + 2) + muEff));
            double alphaMu = 1 + c1 / cMu;
            double alphaMuEff = 1 + 2 * muEffMinus / (muEff + 2);
            double alphaPosDef = (1 - c1 - cMu) / (n * cMu);
            double negativeSum = Math.min(alphaMu, Math.min(alphaMuEff, alphaPosDef));
            w = new double[lambda];
            double total = 0;
            for (int i = 0; i < lambda; i++) {
                w[i] = i < mu ? raw[i] / sumPos : negativeSum * raw[i] / Math.abs(sumNeg);
                total += w[i];
            }
            weightSum = total;
            chiN = Math.sqrt(2) * (1 - 1.0 / 8 + 1.0 / 84);
        }

        /** {@code C^(-1/2)} of a 2x2 SPD matrix: {@code sqrt(C) = (C + s I) / t}, s = sqrt(det C), t = sqrt(tr C + 2s). */
        double[][] cInvSqrt() {
            double s = Math.sqrt(c[0][0] * c[1][1] - c[0][1] * c[1][0]);
            double t = Math.sqrt(c[0][0] + c[1][1] + 2 * s);
            double a = (c[0][0] + s) / t;
            double b = c[0][1] / t;
            double d = (c[1][1] + s) / t;
            double det = a * d - b * b;
            return new double[][] {{d / det, -b / det}, {-b / det, a / det}};
        }

        /** xs sorted best first. */
        void tell(double[][] sorted) {
            double[][] y = new double[lambda][2];
            double[] yw = new double[2];
            for (int k = 0; k < lambda; k++) {
                for (int i = 0; i < 2; i++) {
                    y[k][i] = (sorted[k][i] - m[i]) / sigma;
                    if (k < mu) {
                        yw[i] += w[k] * y[k][i];
                    }
                }
            }
            double[][] ci = cInvSqrt();
            // eq. 46: a negative weight applies to the step rescaled to length sqrt(n) in the old covariance's metric
            double[] wo = new double[lambda];
            for (int k = 0; k < lambda; k++) {
                double a = ci[0][0] * y[k][0] + ci[0][1] * y[k][1];
                double b = ci[1][0] * y[k][0] + ci[1][1] * y[k][1];
                wo[k] = w[k] >= 0 ? w[k] : w[k] * n / (a * a + b * b);
            }
            double norm2 = 0;
            for (int i = 0; i < 2; i++) {
                m[i] += sigma * yw[i];
                pSigma[i] = (1 - cSigma) * pSigma[i]
                        + Math.sqrt(cSigma * (2 - cSigma) * muEff) * (ci[i][0] * yw[0] + ci[i][1] * yw[1]);
            }
            for (double v : pSigma) {
                norm2 += v * v;
            }
            double norm = Math.sqrt(norm2);
            g++;
            boolean stall = norm / Math.sqrt(1 - Math.pow(1 - cSigma, 2 * g)) >= (1.4 + 2.0 / 3) * chiN;
            double h = stall ? 0 : 1;
            for (int i = 0; i < 2; i++) {
                pc[i] = (1 - cc) * pc[i] + h * Math.sqrt(cc * (2 - cc) * muEff) * yw[i];
            }
            double deltaH = (1 - h) * cc * (2 - cc);
            double[][] next = new double[2][2];
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    double rankMu = 0;
                    for (int k = 0; k < lambda; k++) {
                        rankMu += wo[k] * y[k][i] * y[k][j];
                    }
                    next[i][j] = (1 - c1 - cMu * weightSum + c1 * deltaH) * c[i][j] + c1 * pc[i] * pc[j]
                            + cMu * rankMu;
                }
            }
            c = next;
            // the implementation caps the exponent of one step's factor at 1 (sigma grows at most e-fold)
            sigma *= Math.exp(Math.min(1, cSigma / dSigma * (norm / chiN - 1)));
        }
    }

    private static void assertSameState(Reference ref, CmaEs run, String what) {
        assertArrayEquals(ref.m, run.mean(), TOL, what + ": mean");
        assertEquals(ref.sigma, run.sigma(), TOL * ref.sigma, what + ": sigma");
        assertArrayEquals(ref.pSigma, run.stepSizePath(), TOL, what + ": p_sigma");
        assertArrayEquals(ref.pc, run.covariancePath(), TOL, what + ": p_c");
        double[][] c = run.covariance();
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(ref.c[i], c[i], 1e-11, what + ": C row " + i);
        }
    }

    /** Six points around the mean; values chosen so the ranking differs from the listing order. */
    private static double[][] generation(double[] m, double sigma, double spread, double shift) {
        double[][] dirs = {{1, 0.2}, {-0.5, 1}, {0.3, -0.8}, {-1, -0.4}, {0.7, 0.7}, {-0.2, 0.1}};
        double[][] xs = new double[6][];
        for (int k = 0; k < 6; k++) {
            xs[k] = new double[] {m[0] + sigma * (spread * dirs[k][0] + shift),
                    m[1] + sigma * (spread * dirs[k][1] + shift / 2)};
        }
        return xs;
    }

    private static double[] values(double[][] xs) {
        double[] f = new double[xs.length];
        for (int k = 0; k < xs.length; k++) {
            f[k] = Math.pow(xs[k][0] - 0.9, 2) + 3 * Math.pow(xs[k][1] - 0.2, 2);
        }
        return f;
    }

    private static double[][] sortedByValue(double[][] xs, double[] f) {
        Integer[] order = new Integer[xs.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (p, q) -> Double.compare(f[p], f[q]));
        double[][] s = new double[xs.length][];
        for (int k = 0; k < xs.length; k++) {
            s[k] = xs[order[k]];
        }
        return s;
    }

    @Test
    void startsAtTheGivenMeanWithIdentityCovarianceAndZeroPaths() {
        CmaEs run = new CmaEs(new double[] {0.3, 0.7}, 0.25, 6);
        assertSameState(new Reference(new double[] {0.3, 0.7}, 0.25), run, "start");
        assertEquals(6, run.lambda());
    }

    @Test
    void threeSmallStepsFollowTheTutorialsEquations() {
        double[] m0 = {0.4, 0.5};
        CmaEs run = new CmaEs(m0, 0.1, 6);
        Reference ref = new Reference(m0, 0.1);
        for (int gen = 1; gen <= 3; gen++) {
            double[][] xs = generation(ref.m, ref.sigma, 0.8, 0.3);
            double[] f = values(xs);
            run.tell(xs, f);
            ref.tell(sortedByValue(xs, f));
            assertSameState(ref, run, "generation " + gen);
        }
        assertTrue(ref.c[0][1] != 0, "the test should exercise a non-diagonal covariance");
        assertTrue(ref.pc[0] != 0 && ref.pc[1] != 0, "short steps feed the covariance path (h_sigma = 1)");
    }

    @Test
    void aLongStepStallsTheCovariancePathAndCapsTheStepSizeGrowth() {
        double[] m0 = {0.5, 0.5};
        CmaEs run = new CmaEs(m0, 0.05, 6);
        Reference ref = new Reference(m0, 0.05);
        double[][] xs = generation(ref.m, ref.sigma, 0.5, 9);
        double[] f = values(xs);
        run.tell(xs, f);
        ref.tell(sortedByValue(xs, f));
        assertSameState(ref, run, "long step");
        // the step lies outside (1.4 + 2/(n+1)) E||N(0,I)||: h_sigma = 0, so p_c is only decayed (from zero)
        assertArrayEquals(new double[] {0, 0}, run.covariancePath(), 0);
        assertEquals(0.05 * Math.E, run.sigma(), 1e-15, "sigma grows at most e-fold per generation");
    }

    @Test
    void aStepOnTheSpotShrinksSigma() {
        CmaEs run = new CmaEs(new double[] {0.5, 0.5}, 0.2, 6);
        double[][] xs = new double[6][];
        for (int k = 0; k < 6; k++) {
            xs[k] = new double[] {0.5, 0.5};
        }
        run.tell(xs, new double[] {6, 5, 4, 3, 2, 1});
        assertArrayEquals(new double[] {0.5, 0.5}, run.mean(), 0);
        Reference ref = new Reference(new double[] {0.5, 0.5}, 0.2);
        assertEquals(0.2 * Math.exp(ref.cSigma / ref.dSigma * (0 - 1)), run.sigma(), 1e-15);
        // no rank-mu or rank-one contribution (a zero step gets no negative weight either): C is only scaled, by 1 - c_1 - c_mu sum(w); the negative
        // weights sum to -min(alpha-) = -2.21 here, so sum(w) = -1.21
        assertEquals(-1.207, ref.weightSum, 1e-3);
        assertEquals(1 - ref.c1 - ref.cMu * ref.weightSum, run.covariance()[0][0], 1e-15);
        assertEquals(0, run.covariance()[0][1], 0);
    }

    @Test
    void askOnTheIdentityDrawsMeanPlusSigmaTimesStandardNormals() {
        CmaEs run = new CmaEs(new double[] {0.4, 0.6, 0.5}, 0.01, 7);
        double[] x = run.ask(new SplittableRandom(11));
        SplittableRandom rng = new SplittableRandom(11);
        double[] expected = {0.4 + 0.01 * StandardNormal.draw(rng), 0.6 + 0.01 * StandardNormal.draw(rng),
                0.5 + 0.01 * StandardNormal.draw(rng)};
        assertArrayEquals(expected, x, 1e-15);
    }

    @Test
    void askResamplesOutsideTheCubeAndClipsAfterAHundredTries() {
        // near a corner with a small step about 70 % of the draws leave the cube; each is drawn again
        CmaEs corner = new CmaEs(new double[] {0.001, 0.999}, 0.01, 6);
        SplittableRandom rng = new SplittableRandom(5);
        for (int k = 0; k < 200; k++) {
            double[] x = corner.ask(rng);
            assertTrue(x[0] > 0 && x[0] < 1 && x[1] > 0 && x[1] < 1, "strictly inside, not clipped: " + x[0] + ", " + x[1]);
        }
        // a mean far outside can never be resampled inside: the last draw is clipped onto the faces
        CmaEs outside = new CmaEs(new double[] {5, -5}, 0.01, 6);
        assertArrayEquals(new double[] {1, 0}, outside.ask(new SplittableRandom(2)), 0);
    }

    @Test
    void restartTestFiresOnATinyStepAFlatHistoryOrAnIllConditionedMatrix() {
        assertFalse(new CmaEs(new double[] {0.5, 0.5}, 0.1, 6).shouldStop(), "a fresh run goes on");
        assertTrue(new CmaEs(new double[] {0.5, 0.5}, 1e-10, 6).shouldStop(), "sigma sqrt(C_ii) below 1e-9");
        assertFalse(new CmaEs(new double[] {0.5, 0.5}, 2e-9, 6).shouldStop(), "sigma sqrt(C_ii) above 1e-9");
        assertTrue(new CmaEs(new double[] {0.5, 0.5}, 0, 6).shouldStop(), "sigma must stay positive");

        // flat values: the test waits for 10 + ceil(30 n / lambda) = 20 generations, then fires
        CmaEs flat = new CmaEs(new double[] {0.5, 0.5}, 0.1, 6);
        SplittableRandom rng = new SplittableRandom(1);
        for (int gen = 1; gen <= 20; gen++) {
            assertFalse(flat.shouldStop(), "generation " + gen);
            double[][] xs = new double[6][];
            for (int k = 0; k < 6; k++) {
                xs[k] = flat.ask(rng);
            }
            flat.tell(xs, new double[] {1, 1, 1, 1, 1, 1});
        }
        assertTrue(flat.shouldStop(), "20 flat generations");

        // values that keep improving by more than 1e-12 never fire the flat test
        CmaEs improving = new CmaEs(new double[] {0.5, 0.5}, 0.1, 6);
        for (int gen = 1; gen <= 25; gen++) {
            double[][] xs = new double[6][];
            for (int k = 0; k < 6; k++) {
                xs[k] = improving.ask(rng);
            }
            double base = 1 - gen * 1e-9;
            improving.tell(xs, new double[] {base, base + 1, base + 2, base + 3, base + 4, base + 5});
        }
        assertFalse(improving.shouldStop());
    }

    @Test
    void restartTestFiresWhenTheAxisRatioExceedsTenMillion() {
        // points on a line, the value falling along it: the variances along and across the line drift apart
        // generation after generation (the worse half's negative weights act along the line too), so the condition
        // number is what ends the run
        CmaEs run = new CmaEs(new double[] {0.5, 0.5}, 0.1, 6);
        int gen = 0;
        while (!run.shouldStop() && gen < 5000) {
            double[] m = run.mean();
            double s = run.sigma();
            double[][] xs = new double[6][];
            double[] f = new double[6];
            for (int k = 0; k < 6; k++) {
                xs[k] = new double[] {m[0] + s * (k - 2.5), m[1]};
                f[k] = -xs[k][0];
            }
            run.tell(xs, f);
            gen++;
        }
        double[][] c = run.covariance();
        assertTrue(run.shouldStop());
        double ratio = Math.max(c[0][0] / c[1][1], c[1][1] / c[0][0]);
        assertTrue(ratio > 1e14, "stopped at C ratio " + ratio + " after " + gen + " generations");
        assertTrue(run.sigma() * Math.sqrt(Math.max(c[0][0], c[1][1])) > 1e-9, "stopped for the axis ratio, not the step");
    }

    @Test
    void defaultPopulationIsFourPlusThreeLogN() {
        assertEquals(4, CmaEs.defaultLambda(1));
        assertEquals(6, CmaEs.defaultLambda(2));
        assertEquals(7, CmaEs.defaultLambda(3));
        assertEquals(10, CmaEs.defaultLambda(10));
        assertEquals(17, CmaEs.defaultLambda(100));
    }

    @Test
    void aLargePopulationMeetsTheCapsOfTheRankMuRateAndTheStepDamping() {
        // lambda = 200 in 2-D: mu_eff is about 56, so c_mu = 1 - c_1 (the min's first term) and d_sigma gets its
        // sqrt((mu_eff - 1)/(n + 1)) - 1 term
        Reference ref = new Reference(new double[] {0.5, 0.5}, 0.1, 200);
        assertEquals(1 - ref.c1, ref.cMu, 0, "the test needs the capped rate");
        assertTrue(ref.dSigma > 1 + ref.cSigma, "the test needs the damping term");
        CmaEs run = new CmaEs(new double[] {0.5, 0.5}, 0.1, 200);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(6);
        for (int gen = 1; gen <= 2; gen++) {
            double[][] xs = new double[200][];
            for (int k = 0; k < 200; k++) {
                xs[k] = new double[] {ref.m[0] + ref.sigma * (2 * rng.nextDouble() - 1),
                        ref.m[1] + ref.sigma * (2 * rng.nextDouble() - 1)};
            }
            double[] f = values(xs);
            run.tell(xs, f);
            ref.tell(sortedByValue(xs, f));
            assertSameState(ref, run, "lambda 200, generation " + gen);
        }
    }

    @Test
    void theCovariancePathStallsExactlyWhereHansensThresholdSays() {
        // step lengths across the threshold (1.4 + 2/(n+1)) E||N(0,I)|| of h_sigma, over three generations each
        int stalls = 0;
        for (double shift = 0; shift <= 4; shift += 0.05) {
            CmaEs run = new CmaEs(new double[] {0.5, 0.5}, 0.1, 6);
            Reference ref = new Reference(new double[] {0.5, 0.5}, 0.1);
            for (int gen = 1; gen <= 3; gen++) {
                double[][] xs = generation(ref.m, ref.sigma, 0.3, shift);
                double[] f = values(xs);
                double[] pcBefore = ref.pc.clone();
                run.tell(xs, f);
                ref.tell(sortedByValue(xs, f));
                assertSameState(ref, run, "shift " + shift + ", generation " + gen);
                if (ref.pc[0] == (1 - ref.cc) * pcBefore[0]) {
                    stalls++;
                }
            }
        }
        assertTrue(stalls > 10 && stalls < 230, "both sides of the threshold are exercised: " + stalls + " stalls");
    }
}
