package org.hyperlab.sweep.sampler.nsga2;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.hyperlab.sweep.record.Seeds;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.sampler.EncodedSpace;
import org.hyperlab.sweep.sampler.RandomSampler;
import org.hyperlab.sweep.sampler.Sampler;
import org.hyperlab.sweep.sampler.SamplingContext;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.SearchSpace;

/**
 * NSGA-II (Deb, Pratap, Agarwal and Meyarivan, IEEE TEC 6(2), 2002) for studies of one or more objectives. The
 * trials of generation 0 (numbers 0 … population − 1) are uniform draws; a trial of generation g ≥ 1 gets a child
 * of the parent population after generation g − 1 ({@link Nsga2Population}): two parents each chosen by a binary
 * tournament (lower non-domination rank, then larger crowding distance), crossed over with probability
 * {@code crossoverProbability} (SBX per numeric coordinate, uniform per categorical one, {@link GeneticOperators};
 * otherwise the child copies the first parent), then every coordinate mutated with probability
 * {@code mutationProbability} (default 1 / the number of parameters; polynomial mutation for numeric coordinates,
 * a uniformly drawn choice for categorical ones). Numeric coordinates are scaled to [0, 1] first (log ranges in ln
 * space) and rounded to a legal value after. Optuna's {@code NSGAIISampler} has the same population default (50).
 */
public final class Nsga2Sampler implements Sampler {
    /** The distribution index of SBX and of polynomial mutation (Deb et al. 2002, section V-A). */
    static final double ETA = 20;
    private final int population;
    private final double crossoverProbability;
    private final Double mutationProbability;

    /** Population 50, crossover probability 0.9, mutation probability 1 / parameters. */
    public Nsga2Sampler() {
        this(50, 0.9, null);
    }

    /**
     * @param population           trials per generation, at least 2
     * @param crossoverProbability the chance a child is a crossover of its two parents, in [0, 1]
     * @param mutationProbability  the chance each coordinate is mutated, in [0, 1], or {@code null} for 1 / parameters
     */
    public Nsga2Sampler(int population, double crossoverProbability, Double mutationProbability) {
        if (population < 2) {
            throw new IllegalArgumentException("'population' must be at least 2, got " + population);
        }
        if (!(crossoverProbability >= 0 && crossoverProbability <= 1)) {
            throw new IllegalArgumentException("'crossover' must be a probability in [0, 1], got " + crossoverProbability);
        }
        if (mutationProbability != null && !(mutationProbability >= 0 && mutationProbability <= 1)) {
            throw new IllegalArgumentException("'mutation' must be a probability in [0, 1], got " + mutationProbability);
        }
        this.population = population;
        this.crossoverProbability = crossoverProbability;
        this.mutationProbability = mutationProbability;
    }

    @Override
    public Object sample(SamplingContext context, String name, Distribution distribution) {
        return new RandomSampler().sample(context, name, distribution);
    }

    @Override
    public Map<String, Object> sampleJoint(SamplingContext context, SearchSpace space) {
        int generation = context.trialNumber() / population;
        if (generation == 0 || space.size() == 0) {
            return Sampler.super.sampleJoint(context, space);
        }
        EncodedSpace enc = new EncodedSpace(space);
        Nsga2Population parents = Nsga2Population.parentsOf(generation, population,
                enc.encodable(context.history()), context.directions());
        if (parents.members().isEmpty()) {
            return Sampler.super.sampleJoint(context, space);
        }
        SplittableRandom rng = new SplittableRandom(Seeds.forName(context.trialSeed(), "nsga2"));
        double[] a = unit(enc, parents.members().get(tournament(parents, rng)));
        double[] b = unit(enc, parents.members().get(tournament(parents, rng)));
        double[] child = a.clone();
        if (rng.nextDouble() < crossoverProbability) {
            for (int i = 0; i < child.length; i++) {
                child[i] = enc.isCategorical(i) ? GeneticOperators.uniform(a[i], b[i], rng)
                        : GeneticOperators.sbx(a[i], b[i], ETA, rng);
            }
        }
        double mutation = mutationProbability != null ? mutationProbability : 1.0 / child.length;
        for (int i = 0; i < child.length; i++) {
            if (rng.nextDouble() < mutation) {
                child[i] = enc.isCategorical(i) ? rng.nextInt(enc.choices(i))
                        : GeneticOperators.polynomialMutation(child[i], ETA, rng);
            }
        }
        double[] x = new double[child.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = enc.isCategorical(i) ? child[i] : enc.fromUnit(i, child[i]);
        }
        return new LinkedHashMap<>(enc.decode(x));
    }

    /** A binary tournament: the better of two members drawn uniformly (with replacement). */
    private static int tournament(Nsga2Population parents, SplittableRandom rng) {
        int n = parents.members().size();
        int a = rng.nextInt(n);
        int b = rng.nextInt(n);
        return parents.beats(b, a) ? b : a;
    }

    /** A trial's coordinates with numeric ones scaled to [0, 1] (categorical ones stay choice indices). */
    private static double[] unit(EncodedSpace enc, TrialRecord trial) {
        double[] x = enc.encode(trial.params());
        for (int i = 0; i < x.length; i++) {
            if (!enc.isCategorical(i)) {
                x[i] = enc.toUnit(i, x[i]);
            }
        }
        return x;
    }

    /** Dominance ranks trials of any number of objectives. */
    @Override
    public boolean handlesMultipleObjectives() {
        return true;
    }

    /** The trials per generation. */
    public int population() {
        return population;
    }
}
