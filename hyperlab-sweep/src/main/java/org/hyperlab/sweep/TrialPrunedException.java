package org.hyperlab.sweep;

import org.hyperlab.sweep.record.TrialState;

/** Thrown by an objective function to end its trial as {@link TrialState#PRUNED}. */
public class TrialPrunedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public TrialPrunedException(String message) {
        super(message);
    }
}
