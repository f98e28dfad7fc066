package org.hyperlab.sweep.sampler;

import java.util.SplittableRandom;
import org.hyperlab.sweep.record.Seeds;
import org.hyperlab.sweep.space.CategoricalDistribution;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.IntDistribution;

/**
 * Independent uniform sampling: uniform on {@code [low, high]} (on {@code [ln low, ln high]} for log ranges),
 * uniform over the step grid, or a uniform choice. A log integer range is sampled log-uniformly on
 * {@code [low - 0.5, high + 0.5]} and rounded, as Optuna does. The draw for a parameter depends only on the trial
 * seed and the parameter's name.
 */
public final class RandomSampler implements Sampler {

    @Override
    public Object sample(SamplingContext context, String name, Distribution distribution) {
        return sample(new SplittableRandom(Seeds.forName(context.trialSeed(), name)), distribution);
    }

    /** One uniform draw from {@code distribution} with the given generator. */
    public static Object sample(SplittableRandom rng, Distribution distribution) {
        if (distribution instanceof FloatDistribution f) {
            if (f.log()) {
                double lo = Math.log(f.low());
                double hi = Math.log(f.high());
                return Math.min(Math.max(Math.exp(lo + rng.nextDouble() * (hi - lo)), f.low()), f.high());
            }
            if (f.step() != null) {
                int n = (int) Math.round((f.effectiveHigh() - f.low()) / f.step()) + 1;
                return f.round(f.low() + rng.nextInt(n) * f.step());
            }
            return f.low() + rng.nextDouble() * (f.high() - f.low());
        }
        if (distribution instanceof IntDistribution i) {
            if (i.log()) {
                double lo = Math.log(i.low() - 0.5);
                double hi = Math.log(i.high() + 0.5);
                return i.round(Math.exp(lo + rng.nextDouble() * (hi - lo)));
            }
            int n = (i.effectiveHigh() - i.low()) / i.step() + 1;
            return i.low() + rng.nextInt(n) * i.step();
        }
        CategoricalDistribution c = (CategoricalDistribution) distribution;
        return c.choices().get(rng.nextInt(c.choices().size()));
    }

    /** Draws ignore the values, so any number of objectives is served. */
    @Override
    public boolean handlesMultipleObjectives() {
        return true;
    }
}
