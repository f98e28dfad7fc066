package org.hyperlab.sweep.record;

/**
 * The life cycle of a trial. {@code WAITING} trials are enqueued with fixed parameters (grid points, re-runs of
 * trials lost with a dead process) and claimed atomically by a worker, which makes them {@code RUNNING}. A trial
 * ends in exactly one of the four finished states.
 */
public enum TrialState {
    /** Enqueued, not yet claimed by a worker. */
    WAITING,
    /** Claimed by a worker that is evaluating it. */
    RUNNING,
    /** Finished with a finite objective value. */
    COMPLETE,
    /** Stopped early by the pruner; its intermediate values are kept. */
    PRUNED,
    /** The objective raised an error (message kept) or its process died. */
    FAILED,
    /** The objective's value was NaN or infinite: a result, ranked worst by the samplers. */
    DIVERGED;

    /** Whether this state is final. */
    public boolean isFinished() {
        return this != WAITING && this != RUNNING;
    }
}
