package org.hyperlab.sweep;

import org.hyperlab.sweep.record.TrialState;

/**
 * Thrown by an objective to end its trial {@link TrialState#FAILED} with exactly this message as the stored reason
 * (any other exception is stored with its class name).
 */
public class TrialFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure whose message is the stored reason. */
    public TrialFailedException(String message) {
        super(message);
    }
}
