package org.hyperlab.core.optim;

import java.util.List;
import org.hyperlab.core.nn.Parameter;

/** Validation shared by the hyperparameter records: each failure is one line naming the optimizer and value. */
final class Checks {
    private Checks() {
    }

    /** Requires a finite value {@code >= 0}. */
    static double nonNegative(String owner, String name, double value) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(owner + ": " + name + " must be a finite number >= 0, got " + value);
        }
        return value;
    }

    /** Requires {@code 0 <= value < 1} (momentum-like coefficients, β of Adam). */
    static double unitInterval(String owner, String name, double value) {
        if (!(value >= 0.0 && value < 1.0)) {
            throw new IllegalArgumentException(owner + ": " + name + " must be in [0, 1), got " + value);
        }
        return value;
    }

    /** Requires {@code 0 <= value <= 1} (dampening, RMSProp's smoothing constant). */
    static double closedUnitInterval(String owner, String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(owner + ": " + name + " must be in [0, 1], got " + value);
        }
        return value;
    }

    /** Requires a non-empty list of parameters and returns an unmodifiable copy. */
    static List<Parameter> parameters(String owner, List<Parameter> parameters) {
        if (parameters == null || parameters.isEmpty()) {
            throw new IllegalArgumentException(owner + ": needs at least one parameter to optimize");
        }
        return List.copyOf(parameters);
    }
}
