package org.hyperlab.core.optim;

import java.util.Locale;

/**
 * Parses a schedule from its command-line text: {@code constant}, {@code step:STEP_SIZE:GAMMA},
 * {@code exponential:GAMMA}, {@code cosine:T_MAX} or {@code cosine:T_MAX:ETA_MIN} (η_min defaults to 0).
 */
public final class LearningRateSchedules {
    /** The accepted forms, for help texts and error messages. */
    public static final String FORMS = "constant, step:STEP_SIZE:GAMMA, exponential:GAMMA, cosine:T_MAX[:ETA_MIN]";

    private LearningRateSchedules() {
    }

    /** Parses {@code text}; a malformed one throws a one-line message naming the accepted forms. */
    public static LearningRateSchedule parse(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split(":", -1);
        try {
            switch (parts[0]) {
                case "constant":
                    requireArity(parts, 1, 1);
                    return LearningRateSchedule.constant();
                case "step":
                    requireArity(parts, 3, 3);
                    return LearningRateSchedule.step(Integer.parseInt(parts[1]), Double.parseDouble(parts[2]));
                case "exponential":
                    requireArity(parts, 2, 2);
                    return LearningRateSchedule.exponential(Double.parseDouble(parts[1]));
                case "cosine":
                    requireArity(parts, 2, 3);
                    return LearningRateSchedule.cosine(Integer.parseInt(parts[1]),
                            parts.length == 3 ? Double.parseDouble(parts[2]) : 0.0);
                default:
                    throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("schedule: cannot read '" + text + "' (expected " + FORMS + ")");
        }
    }

    private static void requireArity(String[] parts, int min, int max) {
        if (parts.length < min || parts.length > max) {
            throw new NumberFormatException();
        }
    }
}
