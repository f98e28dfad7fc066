package org.hyperlab.sweep.sampler;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
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

    /** The states of the trials a sampler learns from: finished with a result (a failure says nothing). */
    public static final Set<TrialState> HISTORY = EnumSet.of(TrialState.COMPLETE, TrialState.PRUNED,
            TrialState.DIVERGED);

    /**
     * The context of trial {@code trialNumber} given all the study's {@code trials}: those in {@link #HISTORY} are
     * the history, those in {@code pendingStates} other than trial {@code selfId} itself are pending;
     * {@code directions} are the objectives' directions, objective 0 first.
     */
    public static SamplingContext of(int trialNumber, long trialSeed, List<Direction> directions,
                                     List<TrialRecord> trials, long selfId, Set<TrialState> pendingStates) {
        List<TrialRecord> history = new ArrayList<>();
        List<TrialRecord> pending = new ArrayList<>();
        for (TrialRecord t : trials) {
            if (HISTORY.contains(t.state())) {
                history.add(t);
            } else if (pendingStates.contains(t.state()) && t.id() != selfId) {
                pending.add(t);
            }
        }
        return new SamplingContext(trialNumber, trialSeed, directions.get(0), history, pending, directions);
    }

    /** Whether the study has several objectives. */
    public boolean isMultiObjective() {
        return directions.size() > 1;
    }
}
