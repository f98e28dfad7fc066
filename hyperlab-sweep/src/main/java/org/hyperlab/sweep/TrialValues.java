package org.hyperlab.sweep;

import java.util.ArrayList;
import java.util.List;
import org.hyperlab.sweep.record.StudyRecord;

/**
 * The rule for the values that complete a trial: one finite value per objective of the study. A NaN or infinite
 * value makes the trial DIVERGED; a wrong count is the objective's fault (FAILED, or an error for ask-and-tell).
 */
final class TrialValues {
    private TrialValues() {
    }

    /**
     * Why {@code values} cannot complete a trial of {@code study} (a count other than its objectives', or a NaN or
     * infinite value: "the objective value was NaN"), or null when they can.
     */
    static String problem(StudyRecord study, double[] values) {
        int expected = study.objectives().size();
        if (values == null || values.length != expected) {
            return "study '" + study.name() + "' has " + expected + " objective(s) but " + (values == null ? 0
                    : values.length) + " value(s) were given";
        }
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k])) {
                return expected == 1 ? "the objective value was " + values[k]
                        : "objective " + study.objectives().get(k).metric() + " was " + values[k];
            }
        }
        return null;
    }

    /** Whether {@code values} have the study's count (so a problem with them is divergence, not a failure). */
    static boolean countMatches(StudyRecord study, double[] values) {
        return values != null && values.length == study.objectives().size();
    }

    static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }
}
