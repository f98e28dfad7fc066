package org.hyperlab.sweep.sampler.cmaes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hyperlab.sweep.record.Seeds;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.sampler.EncodedSpace;
import org.hyperlab.sweep.sampler.RandomSampler;
import org.hyperlab.sweep.sampler.Sampler;
import org.hyperlab.sweep.sampler.SamplingContext;
import org.hyperlab.sweep.space.CategoricalDistribution;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.SearchSpace;

/**
 * CMA-ES ({@link CmaEs}: Hansen, "The CMA Evolution Strategy: A Tutorial", 2016) with IPOP restarts (Auger and
 * Hansen, "A Restart CMA Evolution Strategy With Increasing Population Size", CEC 2005) for the float and int
 * parameters of a space; categorical and conditional parameters are drawn uniformly, as Optuna's CMA-ES sampler does. Numeric
 * parameters are searched in the unit cube of their {@link EncodedSpace} coordinates (log ranges in ln space); the
 * first run starts at the centre with {@code sigma = 1/6} (a sixth of the range, as Optuna's CMA-ES sampler),
 * population {@code 4 + floor(3 ln n)}.
 *
 * <p>The sampler keeps no state: for every proposal it replays the study. The complete trials that carry every
 * numeric parameter, in trial order, form the generations (each run's next {@code lambda} of them); after each
 * generation the restart test runs and, when it fires, a new run starts with twice the population at a uniform
 * random point derived from the best value so far (so every process replays the same restarts). The proposal is
 * a draw from the current run with the trial's seed. Pruned, diverged and failed trials are not told.
 */
public final class CmaEsSampler implements Sampler {
    private static final double SIGMA0 = 1.0 / 6;

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
        Map<String, Distribution> numeric = new LinkedHashMap<>();
        space.parameters().forEach((name, d) -> {
            if (!(d instanceof CategoricalDistribution)) {
                numeric.put(name, d);
            }
        });
        if (numeric.isEmpty()) {
            return Sampler.super.sampleJoint(context, space);
        }
        EncodedSpace enc = new EncodedSpace(new SearchSpace(numeric));
        CmaEs run = replay(enc, context);
        double[] u = run.ask(new SplittableRandom(Seeds.forName(context.trialSeed(), "cmaes")));
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            x[i] = enc.fromUnit(i, u[i]);
        }
        Map<String, Object> proposed = enc.decode(x);
        Map<String, Object> out = new LinkedHashMap<>();
        space.parameters().forEach((name, d) -> out.put(name, proposed.containsKey(name) ? proposed.get(name)
                : sample(context, name, d)));
        return out;
    }

    /** The run that proposes the next point, after telling it every complete generation of the history. */
    static CmaEs replay(EncodedSpace enc, SamplingContext context) {
        List<TrialRecord> complete = new ArrayList<>();
        for (TrialRecord t : context.history()) {
            if (t.state() == TrialState.COMPLETE) {
                complete.add(t);
            }
        }
        complete = enc.encodable(complete);
        complete.sort(Comparator.comparingInt(TrialRecord::number));
        int n = enc.size();
        double[] centre = new double[n];
        java.util.Arrays.fill(centre, 0.5);
        int lambda = CmaEs.defaultLambda(n);
        CmaEs run = new CmaEs(centre, SIGMA0, lambda);
        int restarts = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int start = 0; start + run.lambda() <= complete.size(); ) {
            int size = run.lambda();
            double[][] xs = new double[size][];
            double[] values = new double[size];
            for (int k = 0; k < size; k++) {
                TrialRecord t = complete.get(start + k);
                double[] x = enc.encode(t.params());
                for (int i = 0; i < n; i++) {
                    x[i] = enc.toUnit(i, x[i]);
                }
                xs[k] = x;
                values[k] = context.direction().toMinimized(t.value());
                best = Math.min(best, values[k]);
            }
            start += size;
            run.tell(xs, values);
            if (run.shouldStop()) {
                restarts++;
                SplittableRandom rng = new SplittableRandom(Seeds.mix(Double.doubleToLongBits(best) + restarts));
                double[] mean = new double[n];
                for (int i = 0; i < n; i++) {
                    mean[i] = rng.nextDouble();
                }
                run = new CmaEs(mean, SIGMA0, lambda << Math.min(restarts, 20));
            }
        }
        return run;
    }
}
