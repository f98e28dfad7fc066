package org.hyperlab.sweep;

/** Thrown by an objective function whose training diverged (NaN or overflow): the trial ends DIVERGED. */
public class TrialDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; the message is stored with the trial. */
    public TrialDivergedException(String message) {
        super(message);
    }
}
