package org.hyperlab.spark;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hyperlab.sweep.record.Seeds;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.sampler.LevelByLevel;
import org.hyperlab.sweep.sampler.Sampler;
import org.hyperlab.sweep.sampler.SamplingContext;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.space.SearchSpace;
import org.hyperlab.sweep.storage.StudyStorage;

/**
 * Picks the driver's next trial, as Hyperopt's {@code SparkTrials} does (the driver samples, the tasks evaluate):
 * the lowest-numbered {@code WAITING} trial not yet handed to a task (planned grid points, re-runs queued by a
 * resume), else, unless the sampler is finite, a new {@code WAITING} trial with a full parameter set drawn at once
 * ({@link LevelByLevel}: only the parameters its conditions make active) for the number it is about to get. The
 * trials running and waiting count as pending, so TPE's constant liar spreads the parallel trials out.
 */
final class DriverSampling {
    private static final Set<TrialState> PENDING = EnumSet.of(TrialState.RUNNING, TrialState.WAITING);
    private final StudyStorage storage;
    private final StudyRecord study;
    private final Sampler sampler;
    private final SearchSpace space;

    DriverSampling(StudyStorage storage, StudyRecord study, Sampler sampler, SearchSpace space) {
        this.storage = storage;
        this.study = study;
        this.sampler = sampler;
        this.space = space;
    }

    /** The next trial to hand out, or empty when a finite sampler has nothing left. */
    Optional<TrialRecord> next(Set<Long> handedOut) {
        List<TrialRecord> trials = storage.trials(study.id());
        Optional<TrialRecord> waiting = trials.stream()
                .filter(t -> t.state() == TrialState.WAITING && !handedOut.contains(t.id())).findFirst();
        if (waiting.isPresent() || sampler.isFinite()) {
            return waiting;
        }
        // numbers are given in creation order from 0, so the new trial gets the next one unless another process
        // adds a trial meanwhile; then it is sampled with a neighbour's seed, which is as good a seed
        int number = trials.stream().mapToInt(TrialRecord::number).max().orElse(-1) + 1;
        SamplingContext context = SamplingContext.of(number, Seeds.trialSeed(study.seed(), number),
                study.objectives().stream().map(ObjectiveSpec::direction).toList(), trials, -1, PENDING);
        Map<String, Object> params = LevelByLevel.propose(sampler, context, space);
        return Optional.of(storage.createTrial(study.id(), TrialState.WAITING, params));
    }
}
