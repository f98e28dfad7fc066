package org.hyperlab.core.train;

/** Why training stopped. {@link #label()} is the kebab-case name used in JSON and on the command line. */
public enum StopReason {
    /** The monitored metric did not improve by more than min-delta for {@code patience} epochs. */
    EARLY_STOPPING("early-stopping"),
    /** The training loss changed by less than the tolerance between two consecutive epochs. */
    CONVERGED("converged"),
    /** The configured number of epochs ran. */
    MAX_EPOCHS("max-epochs"),
    /** A loss or a parameter became NaN or infinite. */
    DIVERGED("diverged"),
    /** A {@link TrainingListener} asked to stop (a sweep's pruner, a user interrupt). */
    PRUNED("pruned");

    private final String label;

    StopReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
