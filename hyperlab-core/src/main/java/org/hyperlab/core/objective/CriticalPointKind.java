package org.hyperlab.core.objective;

/** What a stationary point J'(w*) = 0 is, from the higher-order derivative test and the shape of J. */
public enum CriticalPointKind {
    GLOBAL_MINIMUM("global minimum"),
    LOCAL_MINIMUM("local minimum"),
    LOCAL_MAXIMUM("local maximum"),
    GLOBAL_MAXIMUM("global maximum"),
    /** J' keeps its sign across w*: neither a minimum nor a maximum (a stationary inflection point). */
    SADDLE("saddle point");

    private final String label;

    CriticalPointKind(String label) {
        this.label = label;
    }

    /** Lower-case words, e.g. {@code local maximum}. */
    public String label() { return label; }

    public boolean isMinimum() { return this == GLOBAL_MINIMUM || this == LOCAL_MINIMUM; }

    public boolean isMaximum() { return this == GLOBAL_MAXIMUM || this == LOCAL_MAXIMUM; }
}
