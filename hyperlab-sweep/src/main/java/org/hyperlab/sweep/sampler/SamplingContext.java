package org.hyperlab.sweep.sampler;

import java.util.List;
import org.hyperlab.sweep.TrialRecord;
import org.hyperlab.sweep.space.Direction;

/**
 * What a sampler may use for one trial.
 *
 * @param trialNumber the trial's number
 * @param trialSeed   the trial's seed (derived from the study seed and the number)
 * @param direction   the study's direction
 * @param history     the study's finished trials (complete, pruned, diverged) when the trial started
 */
public record SamplingContext(int trialNumber, long trialSeed, Direction direction, List<TrialRecord> history) {

    /** Copies the history. */
    public SamplingContext {
        history = List.copyOf(history);
    }
}
