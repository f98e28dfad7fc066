package org.hyperlab.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hyperlab.sweep.pareto.ParetoFront;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;

/**
 * The one line printed when a sweep's trial finishes, wherever it ran (a thread of {@code sweep run}, a Spark task):
 * {@code sweep: trial N STATE [METRIC=VALUE ...] after E epochs in S s {PARAMS} [(MESSAGE)]} then
 * {@code ; best so far trial B (V)}, or for a study of several objectives {@code ; Pareto front so far: K trial(s)}.
 */
public final class TrialProgressLine {
    private TrialProgressLine() {
    }

    /** The line for finished trial {@code t} of {@code study}, whose trials are now {@code all}. */
    public static String of(StudyRecord study, TrialRecord t, List<TrialRecord> all) {
        String value = t.value() == null ? "" : " " + values(study, t);
        String best = study.isMultiObjective()
                ? "; Pareto front so far: " + ParetoFront.of(all, study.objectives()).size() + " trial(s)"
                : Study.best(all, study).map(b -> String.format(Locale.ROOT, "; best so far trial %d (%.6g)",
                b.number(), b.value())).orElse("");
        String message = t.message() == null ? "" : " (" + t.message() + ")";
        return String.format(Locale.ROOT, "sweep: trial %d %s%s after %d epochs in %.1f s %s%s%s", t.number(),
                t.state().name().toLowerCase(Locale.ROOT), value, t.intermediate().size(), t.durationSeconds(),
                t.params(), message, best);
    }

    /** {@code METRIC=VALUE} for each objective of a complete trial, space-separated. */
    public static String values(StudyRecord study, TrialRecord t) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < t.values().size() && k < study.objectives().size(); k++) {
            parts.add(study.objectives().get(k).metric() + "=" + number(study, t.values().get(k)));
        }
        return String.join(" ", parts);
    }

    /**
     * A value as printed: six significant digits; in a study of several objectives a whole number (e.g. a parameter
     * count) in full.
     */
    public static String number(StudyRecord study, double v) {
        if (study.isMultiObjective() && v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
