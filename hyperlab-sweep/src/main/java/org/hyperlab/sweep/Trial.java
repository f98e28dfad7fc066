package org.hyperlab.sweep;

import org.hyperlab.sweep.record.Seeds;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperlab.sweep.pruner.Pruner;
import org.hyperlab.sweep.pruner.PruningContext;
import org.hyperlab.sweep.sampler.LevelByLevel;
import org.hyperlab.sweep.sampler.Sampler;
import org.hyperlab.sweep.sampler.SamplingContext;
import org.hyperlab.sweep.space.CategoricalDistribution;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.Distribution;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.IntDistribution;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.space.SearchSpace;
import org.hyperlab.sweep.storage.StudyStorage;

/**
 * The live handle of one running trial, given to the {@link ObjectiveFunction} (the stored snapshot is
 * {@link TrialRecord}). {@code suggest*} returns the trial's value for a parameter: a fixed value when the trial
 * was enqueued with one (grid points, re-runs), else the sampler's proposal; every value is stored at once.
 * Asking twice for the same name returns the same value. {@link #report} stores an intermediate value (e.g. the
 * validation metric after each epoch) and {@link #shouldPrune()} asks the pruner. Used by one thread.
 */
public final class Trial {
    private final StudyStorage storage;
    private final StudyRecord study;
    private final TrialRecord start;
    private final Sampler sampler;
    private final Pruner pruner;
    private final Map<String, Object> params = new LinkedHashMap<>();
    private SamplingContext samplingContext;

    Trial(StudyStorage storage, StudyRecord study, TrialRecord start, Sampler sampler, Pruner pruner) {
        this.storage = storage;
        this.study = study;
        this.start = start;
        this.sampler = sampler;
        this.pruner = pruner;
    }

    /** The trial's number in its study. */
    public int number() {
        return start.number();
    }

    /** The trial's seed, derived from the study seed and the number: use it to seed the training run. */
    public long seed() {
        return Seeds.trialSeed(study.seed(), start.number());
    }

    /** The study this trial belongs to. */
    public StudyRecord study() {
        return study;
    }

    /** The parameters suggested so far, in order. */
    public Map<String, Object> params() {
        return java.util.Collections.unmodifiableMap(params);
    }

    /** The value of parameter {@code name} drawn from {@code distribution}. */
    public Object suggest(String name, Distribution distribution) {
        Object known = known(name, distribution);
        if (known != null) {
            return known;
        }
        return record(name, sampler.sample(samplingContext(), name, distribution));
    }

    /** The value already settled for {@code name}: suggested before, or fixed when enqueued (and then recorded). */
    private Object known(String name, Distribution distribution) {
        Object known = params.get(name);
        if (known != null && distribution.contains(known)) {
            return known;
        }
        Object fixed = start.params().get(name);
        if (fixed != null && distribution.contains(fixed)) {
            params.put(name, fixed);
            return fixed;
        }
        return null;
    }

    private Object record(String name, Object value) {
        storage.setTrialParam(start.id(), name, value);
        params.put(name, value);
        return value;
    }

    private SamplingContext samplingContext() {
        if (samplingContext == null) {
            samplingContext = SamplingContext.of(number(), seed(),
                    study.objectives().stream().map(ObjectiveSpec::direction).toList(), storage.trials(study.id()),
                    start.id(), EnumSet.of(TrialState.RUNNING));
        }
        return samplingContext;
    }

    /** A float from {@code [low, high]}, log-uniform when {@code log}. */
    public double suggestFloat(String name, double low, double high, boolean log) {
        return ((Number) suggest(name, new FloatDistribution(low, high, log, null))).doubleValue();
    }

    /** An integer from {@code [low, high]}. */
    public int suggestInt(String name, int low, int high) {
        return ((Number) suggest(name, IntDistribution.of(low, high))).intValue();
    }

    /** One of the choices. */
    public Object suggestCategorical(String name, List<?> choices) {
        return suggest(name, new CategoricalDistribution(new ArrayList<>(choices)));
    }

    /**
     * The active parameters of a search space ({@link SearchSpace#activeAfter}), in its order; an inactive
     * conditional parameter is neither sampled nor stored, and is absent from the answer. The parameters not yet
     * settled (suggested before or fixed when enqueued) are proposed level by level, parents before children: the
     * unconditional ones together by {@link Sampler#sampleJoint}, so a joint model sees them at once, then each
     * level of conditional ones that their parents' values activate by {@link Sampler#sampleConditional}.
     */
    public Map<String, Object> suggestAll(SearchSpace space) {
        return LevelByLevel.propose(sampler, this::samplingContext, space, this::known, this::record);
    }

    /** Stores the intermediate value of {@code step} (NaN allowed). */
    public void report(int step, double value) {
        storage.reportIntermediate(start.id(), step, value);
    }

    /** Sets a user attribute on the trial. */
    public void setUserAttr(String key, String value) {
        storage.setTrialAttr(start.id(), "user:" + key, value);
    }

    /** Whether the pruner says to stop after the latest report; the objective then throws {@link TrialPrunedException}. */
    public boolean shouldPrune() {
        TrialRecord current = storage.trial(start.id());
        List<TrialRecord> all = storage.trials(study.id());
        return pruner.prune(new PruningContext() {
            @Override
            public Direction direction() {
                return study.objective().direction();
            }

            @Override
            public TrialRecord trial() {
                return current;
            }

            @Override
            public List<TrialRecord> studyTrials() {
                return all;
            }

            @Override
            public void setTrialAttr(String key, String value) {
                storage.setTrialAttr(start.id(), key, value);
            }
        });
    }

    long id() {
        return start.id();
    }
}
