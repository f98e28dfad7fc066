package org.hyperlab.sweep;

import java.util.List;
import java.util.Locale;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;

/**
 * The one line printed when a sweep's trial finishes, wherever it ran (a thread of {@code sweep run}, a Spark task):
 * {@code sweep: trial N STATE [METRIC=VALUE] after E epochs in S s {PARAMS} [(MESSAGE)][; best so far trial B (V)]}.
 */
public final class TrialProgressLine {
    private TrialProgressLine() {
    }

    /** The line for finished trial {@code t} of {@code study}, whose trials are now {@code all}. */
    public static String of(StudyRecord study, TrialRecord t, List<TrialRecord> all) {
        String value = t.value() == null ? "" : String.format(Locale.ROOT, " %s=%.6g", study.objective().metric(), t.value());
        String best = Study.best(all, study).map(b -> String.format(Locale.ROOT, "; best so far trial %d (%.6g)",
                b.number(), b.value())).orElse("");
        String message = t.message() == null ? "" : " (" + t.message() + ")";
        return String.format(Locale.ROOT, "sweep: trial %d %s%s after %d epochs in %.1f s %s%s%s", t.number(),
                t.state().name().toLowerCase(Locale.ROOT), value, t.intermediate().size(), t.durationSeconds(),
                t.params(), message, best);
    }
}
