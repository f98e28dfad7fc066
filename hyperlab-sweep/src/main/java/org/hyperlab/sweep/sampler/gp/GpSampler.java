package org.hyperlab.sweep.sampler.gp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.hyperlab.sweep.record.Seeds;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.sampler.EncodedSpace;
import org.hyperlab.sweep.sampler.RandomSampler;
import org.hyperlab.sweep.sampler.Sampler;
import org.hyperlab.sweep.sampler.SamplingContext;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.SearchSpace;

/**
 * Bayesian optimization with a Gaussian process (Snoek, Larochelle and Adams, "Practical Bayesian Optimization of
 * Machine Learning Algorithms", NeurIPS 2012): after {@code nStartupTrials} random trials, a
 * {@link GaussianProcess} with a Matérn-5/2 kernel is fitted to the complete trials (numeric parameters on the
 * unit cube of their {@link EncodedSpace} coordinates, categorical ones by index with a 0/1 distance; values
 * minimized and standardized), and the proposal maximizes {@link LogExpectedImprovement} over the best value seen:
 * {@code 1024} uniform candidates, then a (1+1) local search of {@code 40} steps from each of the best 5 and from
 * the best 3 observed points (steps of 0.1 on the unit cube, halved after a failure, doubled after a success;
 * categorical coordinates flip with probability 1/d). Each candidate is rounded to a legal value before it is
 * scored. Conditional parameters ({@link #sampleConditional}) are drawn uniformly. The cost per proposal grows as
 * n^3 in the complete trials: meant for budgets up to about 200.
 *
 * <p>The hyperparameter fit starts from the previous proposal's fit when the dimensions agree (a warm start that
 * only saves time; it never changes the model the fit converges to by much), else from the defaults.
 */
public final class GpSampler implements Sampler {
    private static final int CANDIDATES = 1024;
    private static final int LOCAL_STEPS = 40;
    private final int nStartupTrials;
    private final AtomicReference<double[]> lastTheta = new AtomicReference<>();

    /** 10 random trials first. */
    public GpSampler() {
        this(10);
    }

    /** @param nStartupTrials random trials before the model is used (at least 2) */
    public GpSampler(int nStartupTrials) {
        if (nStartupTrials < 2) {
            throw new IllegalArgumentException("the GP sampler needs at least 2 startup trials, got " + nStartupTrials);
        }
        this.nStartupTrials = nStartupTrials;
    }

    @Override
    public Object sample(SamplingContext context, String name, Distribution distribution) {
        return new RandomSampler().sample(context, name, distribution);
    }

    /**
     * Conditional parameters are drawn uniformly and independently (Optuna's samplers hand them to their
     * independent sampler): the model only covers parameters that every trial carries.
     */
    @Override
    public Map<String, Object> sampleConditional(SamplingContext context, SearchSpace space) {
        return Sampler.super.sampleJoint(context, space);
    }

    @Override
    public Map<String, Object> sampleJoint(SamplingContext context, SearchSpace space) {
        EncodedSpace enc = new EncodedSpace(space);
        List<TrialRecord> complete = new ArrayList<>();
        for (TrialRecord t : context.history()) {
            if (t.state() == TrialState.COMPLETE) {
                complete.add(t);
            }
        }
        complete = enc.encodable(complete);
        if (complete.size() < nStartupTrials || space.size() == 0) {
            return Sampler.super.sampleJoint(context, space);
        }
        int n = complete.size();
        int d = enc.size();
        boolean[] categorical = new boolean[d];
        for (int i = 0; i < d; i++) {
            categorical[i] = enc.isCategorical(i);
        }
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = toModel(enc, enc.encode(complete.get(k).params()));
            y[k] = context.direction().toMinimized(complete.get(k).value());
        }
        standardize(y);
        double[] start = lastTheta.get();
        boolean warm = start != null && start.length == d + 2;
        GaussianProcess gp = GaussianProcess.fit(new Matern52Kernel(categorical), x, y,
                warm ? start : GaussianProcess.defaultTheta(d), warm ? 30 : 100);
        lastTheta.set(gp.theta());
        double best = Double.POSITIVE_INFINITY;
        for (double v : y) {
            best = Math.min(best, v);
        }
        double[] proposal = new AcquisitionSearch(enc, gp, best,
                new SplittableRandom(Seeds.forName(context.trialSeed(), "gp"))).maximize(x, y, CANDIDATES, LOCAL_STEPS);
        return enc.decode(fromModel(enc, proposal));
    }

    /** Coordinates to the model's space: numeric ones to the unit cube, categorical ones unchanged. */
    static double[] toModel(EncodedSpace enc, double[] coordinates) {
        double[] m = new double[coordinates.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = enc.isCategorical(i) ? coordinates[i] : enc.toUnit(i, coordinates[i]);
        }
        return m;
    }

    /** The inverse of {@link #toModel}. */
    static double[] fromModel(EncodedSpace enc, double[] model) {
        double[] c = new double[model.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = enc.isCategorical(i) ? model[i] : enc.fromUnit(i, model[i]);
        }
        return c;
    }

    private static void standardize(double[] y) {
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double var = 0;
        for (double v : y) {
            var += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(var / y.length);
        if (!(sd > 0)) {
            sd = 1;
        }
        for (int i = 0; i < y.length; i++) {
            y[i] = (y[i] - mean) / sd;
        }
    }
}
