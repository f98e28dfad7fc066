package org.hyperlab.sweep.sampler.gp;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.hyperlab.sweep.sampler.StandardNormal;
import org.hyperlab.sweep.sampler.EncodedSpace;

/**
 * Maximizes {@link LogExpectedImprovement} of a fitted {@link GaussianProcess} over the model space of
 * {@link GpSampler} (see its class comment for the schedule): random candidates, then (1+1) local searches from
 * the best candidates and the best observed points. Every point is rounded to a legal parameter value before it
 * is scored, so discrete coordinates are scored where they will be evaluated.
 */
final class AcquisitionSearch {
    private static final int LOCAL_STARTS = 5;
    private static final int OBSERVED_STARTS = 3;
    private final EncodedSpace enc;
    private final GaussianProcess gp;
    private final double best;
    private final SplittableRandom rng;

    AcquisitionSearch(EncodedSpace enc, GaussianProcess gp, double best, SplittableRandom rng) {
        this.enc = enc;
        this.gp = gp;
        this.best = best;
        this.rng = rng;
    }

    /** The best point found, in model coordinates. */
    double[] maximize(double[][] observed, double[] values, int candidates, int localSteps) {
        int d = enc.size();
        double[][] pts = new double[candidates][];
        double[] scores = new double[candidates];
        Integer[] order = new Integer[candidates];
        for (int k = 0; k < candidates; k++) {
            double[] p = new double[d];
            for (int i = 0; i < d; i++) {
                p[i] = enc.isCategorical(i) ? rng.nextInt(enc.choices(i)) : rng.nextDouble();
            }
            pts[k] = snap(p);
            scores[k] = score(pts[k]);
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingDouble(k -> -scores[k]));
        double[] bestPoint = pts[order[0]];
        double bestScore = scores[order[0]];
        Integer[] byValue = new Integer[values.length];
        for (int k = 0; k < byValue.length; k++) {
            byValue[k] = k;
        }
        Arrays.sort(byValue, Comparator.comparingDouble(k -> values[k]));
        int candidateStarts = Math.min(LOCAL_STARTS, candidates);
        int starts = candidateStarts + Math.min(OBSERVED_STARTS, values.length);
        for (int s = 0; s < starts; s++) {
            double[] from = s < candidateStarts ? pts[order[s]] : observed[byValue[s - candidateStarts]];
            double[] found = localSearch(from.clone(), localSteps);
            double sc = score(found);
            if (sc > bestScore) {
                bestScore = sc;
                bestPoint = found;
            }
        }
        return bestPoint;
    }

    private double[] localSearch(double[] start, int steps) {
        int d = enc.size();
        double[] cur = start;
        double curScore = score(cur);
        double step = 0.1;
        for (int t = 0; t < steps; t++) {
            double[] next = cur.clone();
            for (int i = 0; i < d; i++) {
                if (enc.isCategorical(i)) {
                    if (rng.nextDouble() < 1.0 / d) {
                        next[i] = rng.nextInt(enc.choices(i));
                    }
                } else {
                    next[i] = Math.min(Math.max(next[i] + step * StandardNormal.draw(rng), 0), 1);
                }
            }
            next = snap(next);
            double sc = score(next);
            if (sc > curScore) {
                cur = next;
                curScore = sc;
                step = Math.min(step * 2, 0.5);
            } else {
                step = Math.max(step * 0.5, 1e-6);
            }
        }
        return cur;
    }

    private double[] snap(double[] model) {
        double[] c = GpSampler.fromModel(enc, model);
        for (int i = 0; i < c.length; i++) {
            c[i] = enc.snap(i, c[i]);
        }
        return GpSampler.toModel(enc, c);
    }

    private double score(double[] p) {
        double[] ms = gp.predict(p);
        return LogExpectedImprovement.of(ms[0], ms[1], best);
    }
}
