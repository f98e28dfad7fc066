package org.hyperlab.core.objective;

/** How a 1-D descent run ended. */
public enum DescentStatus {
    /** The last step and the gradient were both below the tolerance. */
    CONVERGED("converged"),
    /** Still moving after the last epoch. */
    NOT_CONVERGED("not-converged"),
    /** w or J stopped being finite (overflow); the history ends at the last finite point. */
    DIVERGED("diverged");

    private final String label;

    DescentStatus(String label) {
        this.label = label;
    }

    /** {@code converged}, {@code not-converged} or {@code diverged}. */
    public String label() { return label; }
}
