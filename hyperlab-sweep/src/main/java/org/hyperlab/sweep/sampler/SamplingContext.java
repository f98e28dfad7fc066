package org.hyperlab.sweep.sampler;

import java.util.List;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.space.Direction;

/**
 * What a sampler may use for one trial.
 *
 * @param trialNumber the trial's number
 * @param trialSeed   the trial's seed (derived from the study seed and the number)
 * @param direction   the direction of the study's objective 0
 * @param history     the study's finished trials (complete, pruned, diverged) when the trial started
 * @param pending     the study's other trials still running, with the parameters they have so far (the constant
 *                    liar of {@link TpeSampler} treats them as bad results, so parallel workers spread out)
 * @param directions  the direction of every objective of the study, objective 0 first (one entry for a
 *                    single-objective study)
 */
public record SamplingContext(int trialNumber, long trialSeed, Direction direction, List<TrialRecord> history,
                              List<TrialRecord> pending, List<Direction> directions) {

    /** Copies the lists. */
    public SamplingContext {
        history = List.copyOf(history);
        pending = List.copyOf(pending);
        directions = List.copyOf(directions);
    }

    /** A single-objective context. */
    public SamplingContext(int trialNumber, long trialSeed, Direction direction, List<TrialRecord> history,
                           List<TrialRecord> pending) {
        this(trialNumber, trialSeed, direction, history, pending, List.of(direction));
    }

    /** A single-objective context without running trials. */
    public SamplingContext(int trialNumber, long trialSeed, Direction direction, List<TrialRecord> history) {
        this(trialNumber, trialSeed, direction, history, List.of());
    }

    /** Whether the study has several objectives. */
    public boolean isMultiObjective() {
        return directions.size() > 1;
    }
}
