package org.hyperlab.sweep.storage;

/** A write to a trial that is no longer running (finished, or marked failed by a resume). */
public class StaleTrialException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** For the given trial. */
    public StaleTrialException(long trialId, String state) {
        super("trial " + trialId + " is " + state + ", not RUNNING; the write was refused");
    }
}
