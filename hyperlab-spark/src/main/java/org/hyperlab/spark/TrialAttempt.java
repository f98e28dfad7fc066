package org.hyperlab.spark;

import java.util.Optional;
import org.hyperlab.sweep.ObjectiveFunction;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.storage.StaleTrialException;
import org.hyperlab.sweep.storage.StudyStorage;

/**
 * One attempt at one enqueued trial, as a Spark task runs it; no Spark in here, so the rules are tested without it.
 * The trial's owner is the Spark application that enqueued it ({@value #OWNER_ATTR} trial attribute).
 * <ul>
 *   <li>{@code WAITING}: claim it (atomic WAITING to RUNNING, {@link StudyStorage#claimTrial}), mark it as the owner's,
 *       and evaluate it.</li>
 *   <li>{@code RUNNING} and marked as the owner's: an earlier attempt of this same task left it (the attempt failed,
 *       or its executor was lost) or is still at it (a speculative copy): evaluate it again. Whichever attempt
 *       finishes first is stored; the store refuses the other's finish ({@link StaleTrialException}), so the trial
 *       is finished once.</li>
 *   <li>{@code RUNNING} for someone else (a {@code sweep run} or worker process claimed it first), or finished:
 *       nothing to do.</li>
 * </ul>
 */
public final class TrialAttempt {
    /** The trial attribute naming the Spark application whose task owns the trial. */
    public static final String OWNER_ATTR = "spark-app";

    /** What an attempt did. */
    public enum Outcome {
        /** This attempt evaluated the trial and stored its outcome. */
        FINISHED,
        /** This attempt evaluated the trial, but another attempt (or a resume) finished it first. */
        FINISHED_ELSEWHERE,
        /** The trial was finished, or is running for another worker: nothing done. */
        SKIPPED
    }

    /** Called after the claim, before the evaluation; tests inject a task failure here. */
    @FunctionalInterface
    public interface AfterClaim {
        /** Nothing. */
        AfterClaim NONE = trial -> { };

        /** Runs after {@code trial} was claimed or taken over. */
        void run(TrialRecord trial);
    }

    private TrialAttempt() {
    }

    /**
     * Runs the attempt for trial {@code trialId} of {@code study} on behalf of {@code owner}.
     *
     * @throws RuntimeException whatever {@code afterClaim} throws, leaving the trial RUNNING for a retry
     */
    public static Outcome run(StudyStorage storage, Study study, ObjectiveFunction objective, long trialId,
                              String owner, AfterClaim afterClaim) {
        Optional<TrialRecord> trial = claim(storage, trialId, owner);
        if (trial.isEmpty()) {
            return Outcome.SKIPPED;
        }
        afterClaim.run(trial.get());
        return study.runClaimed(objective, trial.get()).isPresent() ? Outcome.FINISHED : Outcome.FINISHED_ELSEWHERE;
    }

    /** The trial to evaluate: claimed now, or taken over from an earlier attempt of the owner; empty: none. */
    static Optional<TrialRecord> claim(StudyStorage storage, long trialId, String owner) {
        Optional<TrialRecord> claimed = storage.claimTrial(trialId);
        try {
            if (claimed.isPresent()) {
                storage.setTrialAttr(trialId, OWNER_ATTR, owner);
                return claimed;
            }
            TrialRecord current = storage.trial(trialId);
            boolean ours = current.state() == TrialState.RUNNING && owner.equals(current.attrs().get(OWNER_ATTR));
            return ours ? Optional.of(current) : Optional.empty();
        } catch (StaleTrialException e) {
            // finished by another attempt between the claim and the mark
            return Optional.empty();
        }
    }
}
