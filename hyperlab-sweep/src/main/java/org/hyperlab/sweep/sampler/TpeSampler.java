package org.hyperlab.sweep.sampler;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.hyperlab.sweep.record.Seeds;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.CategoricalDistribution;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.IntDistribution;
import org.hyperlab.sweep.space.SearchSpace;

/**
 * Tree-structured Parzen Estimator (Bergstra, Bardenet, Bengio and Kegl, "Algorithms for Hyper-Parameter
 * Optimization", NeurIPS 2011), univariate, with Optuna's defaults. While fewer than {@code nStartupTrials}
 * finished trials (complete, pruned or diverged) carry the parameter, values are drawn uniformly. Afterwards the
 * n observations are ranked ({@link TrialRanking}: diverged rank worst) and split into the best
 * {@code gamma(n) = min(ceil(0.1 n), 25)} ("below") and the rest ("above"); each group, in trial order, gets
 * weights {@code 1} when it has fewer than 25 members, else a linear ramp from {@code 1/m} to 1 over the oldest
 * {@code m-25} and 1 for the newest 25. A {@link ParzenEstimator} l(x) is fitted to "below" and g(x) to
 * "above"; {@code nEiCandidates} values are drawn from l and the one maximizing {@code log l(x) - log g(x)}
 * (the expected-improvement criterion) is returned. Log parameters are modeled in ln-space; discrete ones on
 * bounds widened by half a step with candidates rounded to the grid (their density is evaluated at the rounded
 * point, a continuous approximation of Optuna's discretized kernels). A categorical parameter's kernel for an
 * observed choice c puts weight {@code 1 + 1/(n+1)} on c and {@code 1/(n+1)} on every choice, normalized; the
 * prior kernel is uniform.
 *
 * <p>Multivariate (the default, {@link #sampleJoint}): the same split, but l and g are {@link ParzenMixture}s over
 * all the parameters of the space at once, so correlations between parameters are kept (Falkner et al. 2018); the
 * {@code nEiCandidates} candidates are joint draws from l. With the constant liar, trials still running that
 * already carry every parameter are added to "above" as if they had the worst value (Ginsbourger, Le Riche and
 * Carraro, "Kriging is well-suited to parallelize optimization", 2010, applied to TPE as Optuna does), so parallel
 * workers do not all propose the same point. Parameters that are not carried by the same trials (conditional ones,
 * see {@link org.hyperlab.sweep.space.Condition}) are split into {@link ParameterGroups} and each group gets its own
 * multivariate model over the trials that carry it (Optuna's {@code group=True}; Watanabe 2023); a space without
 * conditions is one group. The univariate mode ({@code multivariate = false}) uses
 * {@link #sample} for every parameter and ignores running trials.
 *
 * <p>Several objectives (multi-objective TPE, Ozaki et al. 2020/2022): the same estimators, with the split into l
 * and g by non-domination rank and a hypervolume tie-break ({@link TpeSplit}).
 */
public final class TpeSampler implements Sampler {
    private static final Set<TrialState> OBSERVED = EnumSet.of(TrialState.COMPLETE, TrialState.PRUNED,
            TrialState.DIVERGED);
    private final int nStartupTrials;
    private final int nEiCandidates;
    private final boolean multivariate;
    private final boolean constantLiar;
    private final TpeBandwidth bandwidth;

    /** The defaults: 10 startup trials, 24 candidates, multivariate with the neighbour bandwidth, constant liar. */
    public TpeSampler() {
        this(10, 24);
    }

    /** Custom startup count and candidate count; multivariate with the constant liar. */
    public TpeSampler(int nStartupTrials, int nEiCandidates) {
        this(nStartupTrials, nEiCandidates, true, true);
    }

    /**
     * @param nStartupTrials random trials before the model is used
     * @param nEiCandidates  draws from l scored per proposal
     * @param multivariate   whether {@link #sampleJoint} models the parameters jointly
     * @param constantLiar   whether running trials count as bad results (multivariate mode only)
     */
    public TpeSampler(int nStartupTrials, int nEiCandidates, boolean multivariate, boolean constantLiar) {
        this(nStartupTrials, nEiCandidates, multivariate, constantLiar, TpeBandwidth.NEIGHBOR);
    }

    /** As above, with the multivariate mode's {@link TpeBandwidth} rule. */
    public TpeSampler(int nStartupTrials, int nEiCandidates, boolean multivariate, boolean constantLiar,
                      TpeBandwidth bandwidth) {
        this.bandwidth = java.util.Objects.requireNonNull(bandwidth);
        if (nStartupTrials < 0 || nEiCandidates < 1) {
            throw new IllegalArgumentException("need nStartupTrials >= 0 and nEiCandidates >= 1");
        }
        this.nStartupTrials = nStartupTrials;
        this.nEiCandidates = nEiCandidates;
        this.multivariate = multivariate;
        this.constantLiar = constantLiar;
    }

    @Override
    public Map<String, Object> sampleJoint(SamplingContext context, SearchSpace space) {
        if (!multivariate || space.size() == 0) {
            return Sampler.super.sampleJoint(context, space);
        }
        List<TrialRecord> observed = new ArrayList<>();
        for (TrialRecord t : context.history()) {
            if (OBSERVED.contains(t.state())) {
                observed.add(t);
            }
        }
        List<List<String>> groups = ParameterGroups.of(List.copyOf(space.parameters().keySet()), observed);
        if (groups.size() == 1) {
            return sampleGroup(context, space, observed, "tpe:joint");
        }
        Map<String, Object> proposed = new HashMap<>();
        for (List<String> group : groups) {
            Map<String, Distribution> sub = new LinkedHashMap<>();
            group.forEach(name -> sub.put(name, space.get(name)));
            proposed.putAll(sampleGroup(context, new SearchSpace(sub), observed, "tpe:group:" + String.join(",", group)));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        space.parameters().keySet().forEach(name -> out.put(name, proposed.get(name)));
        return out;
    }

    /** The multivariate proposal for {@code space} from the observed trials that carry all of it. */
    private Map<String, Object> sampleGroup(SamplingContext context, SearchSpace space, List<TrialRecord> observedTrials,
                                            String stream) {
        EncodedSpace enc = new EncodedSpace(space);
        List<TrialRecord> observed = enc.encodable(observedTrials);
        if (observed.size() < Math.max(nStartupTrials, 1)) {
            return Sampler.super.sampleJoint(context, space);
        }
        List<List<TrialRecord>> split = TpeSplit.split(observed, gamma(observed.size()), context);
        List<TrialRecord> below = split.get(0);
        List<TrialRecord> above = split.get(1);
        if (constantLiar) {
            above.addAll(enc.encodable(context.pending()));
        }
        ParzenMixture l = new ParzenMixture(enc, coordinates(enc, below), defaultWeights(below.size()), bandwidth);
        ParzenMixture g = new ParzenMixture(enc, coordinates(enc, above), defaultWeights(above.size()), bandwidth);
        SplittableRandom rng = new SplittableRandom(Seeds.forName(context.trialSeed(), stream));
        double[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < nEiCandidates; k++) {
            double[] x = l.sample(rng);
            double score = l.logPdf(x) - g.logPdf(x);
            if (best == null || score > bestScore) {
                best = x;
                bestScore = score;
            }
        }
        return enc.decode(best);
    }

    /** The split into good and bad trials ranks by Pareto dominance when there are several objectives. */
    @Override
    public boolean handlesMultipleObjectives() {
        return true;
    }

    private static double[][] coordinates(EncodedSpace enc, List<TrialRecord> trials) {
        double[][] x = new double[trials.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = enc.encode(trials.get(i).params());
        }
        return x;
    }

    /** {@code min(ceil(0.1 n), 25)}. */
    public static int gamma(int n) {
        return Math.min((int) Math.ceil(0.1 * n), 25);
    }

    /** Optuna's {@code default_weights(n)}. */
    static double[] defaultWeights(int n) {
        double[] w = new double[n];
        int ramp = Math.max(0, n - 25);
        for (int i = 0; i < n; i++) {
            w[i] = i < ramp ? (ramp == 1 ? 1.0 / n : 1.0 / n + (1.0 - 1.0 / n) * i / (ramp - 1)) : 1.0;
        }
        return w;
    }

    @Override
    public Object sample(SamplingContext context, String name, Distribution distribution) {
        SplittableRandom rng = new SplittableRandom(Seeds.forName(context.trialSeed(), name));
        List<TrialRecord> observed = new ArrayList<>();
        for (TrialRecord t : context.history()) {
            if (OBSERVED.contains(t.state()) && t.params().containsKey(name)
                    && distribution.contains(t.params().get(name))) {
                observed.add(t);
            }
        }
        if (observed.size() < Math.max(nStartupTrials, 1)) {
            return RandomSampler.sample(rng, distribution);
        }
        List<List<TrialRecord>> split = TpeSplit.split(observed, gamma(observed.size()), context);
        List<TrialRecord> below = split.get(0);
        List<TrialRecord> above = split.get(1);
        if (distribution instanceof CategoricalDistribution c) {
            return sampleCategorical(rng, name, c, below, above);
        }
        return sampleNumeric(rng, name, distribution, below, above);
    }

    private Object sampleNumeric(SplittableRandom rng, String name, Distribution d, List<TrialRecord> below,
                                 List<TrialRecord> above) {
        boolean log;
        double low;
        double high;
        double halfStep;
        if (d instanceof FloatDistribution f) {
            log = f.log();
            halfStep = f.step() == null ? 0 : f.step() / 2;
            low = f.low() - halfStep;
            high = f.high() + halfStep;
        } else {
            IntDistribution i = (IntDistribution) d;
            log = i.log();
            halfStep = i.step() / 2.0;
            low = i.low() - halfStep;
            high = i.high() + halfStep;
        }
        if (log) {
            low = Math.log(low);
            high = Math.log(high);
        }
        ParzenEstimator l = new ParzenEstimator(values(below, name, log), defaultWeights(below.size()), low, high);
        ParzenEstimator g = new ParzenEstimator(values(above, name, log), defaultWeights(above.size()), low, high);
        Object best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < nEiCandidates; k++) {
            double x = l.sample(rng);
            Object external = d instanceof FloatDistribution f
                    ? (Object) f.round(log ? Math.exp(x) : x)
                    : ((IntDistribution) d).round(log ? Math.exp(x) : x);
            double xt = ((Number) external).doubleValue();
            xt = Math.min(Math.max(log ? Math.log(xt) : xt, low), high);
            double score = l.logPdf(xt) - g.logPdf(xt);
            if (best == null || score > bestScore) {
                best = external;
                bestScore = score;
            }
        }
        return best;
    }

    private static double[] values(List<TrialRecord> trials, String name, boolean log) {
        double[] v = new double[trials.size()];
        for (int i = 0; i < v.length; i++) {
            double x = ((Number) trials.get(i).params().get(name)).doubleValue();
            v[i] = log ? Math.log(x) : x;
        }
        return v;
    }

    private Object sampleCategorical(SplittableRandom rng, String name, CategoricalDistribution c,
                                     List<TrialRecord> below, List<TrialRecord> above) {
        double[] pl = categoricalMixture(c, name, below);
        double[] pg = categoricalMixture(c, name, above);
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < nEiCandidates; k++) {
            double u = rng.nextDouble();
            int choice = 0;
            double acc = pl[0];
            while (u >= acc && choice < pl.length - 1) {
                choice++;
                acc += pl[choice];
            }
            double score = Math.log(pl[choice]) - Math.log(pg[choice]);
            if (best < 0 || score > bestScore) {
                best = choice;
                bestScore = score;
            }
        }
        return c.choices().get(best);
    }

    /** The mixture's probability of each choice (see the class comment). */
    private static double[] categoricalMixture(CategoricalDistribution c, String name, List<TrialRecord> trials) {
        int k = c.choices().size();
        int n = trials.size();
        double[] w = defaultWeights(n);
        double total = 1.0;
        for (double x : w) {
            total += x;
        }
        double[] p = new double[k];
        double prior = 1.0 / (n + 1);
        for (int i = 0; i < n; i++) {
            int idx = c.indexOf(trials.get(i).params().get(name));
            double rowSum = 1.0 + prior * k;
            for (int j = 0; j < k; j++) {
                p[j] += (w[i] / total) * ((j == idx ? 1.0 : 0.0) + prior) / rowSum;
            }
        }
        for (int j = 0; j < k; j++) {
            p[j] += (1.0 / total) / k;
        }
        return p;
    }
}
