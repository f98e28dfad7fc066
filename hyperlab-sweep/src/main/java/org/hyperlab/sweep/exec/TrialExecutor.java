package org.hyperlab.sweep.exec;

/**
 * Runs trials (Optuna's executor split): calls {@link TrialTask#runNext()} at most {@code nTrials} times in total,
 * stopping early once a call returns {@code false}. A failing objective is the task's business (it records the
 * trial as failed); an exception escaping the task (e.g. the storage is gone) stops the executor and is rethrown.
 */
public interface TrialExecutor {
    /** Runs up to {@code nTrials} trials. */
    void execute(int nTrials, TrialTask task);
}
