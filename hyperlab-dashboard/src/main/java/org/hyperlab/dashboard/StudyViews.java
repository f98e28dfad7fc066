package org.hyperlab.dashboard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.analysis.ParameterImportance;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.storage.StudyStorage;

/**
 * The study documents of the API, built from a study's trials as {@link StudyStorage} returns them. The study document is compact, one array
 * per trial {@code [number, state, value, seconds, [param values in the order of "params"], [steps], [values]]},
 * so that a study of 10,000 trials with 20 intermediate values each stays a few megabytes. Its {@code fingerprint}
 * changes whenever a trial is added, changes state or value, or reports a step, so a page that polls can skip
 * unchanged studies. The best value is the best {@code COMPLETE} value in the study's direction.
 */
final class StudyViews {
    /** Quantile bins of {@link ParameterImportance}. */
    static final int IMPORTANCE_BINS = 10;

    private StudyViews() {
    }

    /** The study document: the header of {@link #header}, {@code params}, {@code trials}, {@code importance}, {@code fingerprint}. */
    static Map<String, Object> document(StudyRecord s, List<TrialRecord> trials) {
        Map<String, Object> doc = header(s, trials);
        LinkedHashSet<String> names = new LinkedHashSet<>();
        trials.forEach(t -> names.addAll(t.params().keySet()));
        List<String> params = List.copyOf(names);
        doc.put("params", params);
        List<Object[]> rows = new ArrayList<>(trials.size());
        for (TrialRecord t : trials) {
            Object[] values = new Object[params.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = t.params().get(params.get(i));
            }
            int[] steps = new int[t.intermediate().size()];
            Double[] reported = new Double[steps.length];
            int i = 0;
            for (Map.Entry<Integer, Double> e : t.intermediate().entrySet()) {
                steps[i] = e.getKey();
                reported[i++] = finiteOrNull(e.getValue());
            }
            rows.add(new Object[] {t.number(), t.state().name(), finiteOrNull(t.value()),
                    finiteOrNull(t.durationSeconds()), values, steps, reported});
        }
        doc.put("trials", rows);
        doc.put("importance", ParameterImportance.compute(trials, IMPORTANCE_BINS));
        doc.put("fingerprint", fingerprint(trials));
        return doc;
    }

    /** Trial {@code number}'s details (parameters, reports, attributes, error message), or empty when there is none. */
    static Optional<Map<String, Object>> trial(StudyRecord study, List<TrialRecord> trials, int number) {
        return trials.stream().filter(t -> t.number() == number).findFirst().map(t -> {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("study", study.name());
            doc.put("number", t.number());
            doc.put("state", t.state().name());
            doc.put("value", finiteOrNull(t.value()));
            doc.put("seconds", finiteOrNull(t.durationSeconds()));
            doc.put("params", t.params());
            Map<String, Double> reports = new LinkedHashMap<>();
            t.intermediate().forEach((k, v) -> reports.put(String.valueOf(k), finiteOrNull(v)));
            doc.put("intermediate", reports);
            doc.put("attrs", t.attrs());
            doc.put("message", t.message());
            doc.put("started", t.started() == null ? null : t.started().toString());
            doc.put("finished", t.finished() == null ? null : t.finished().toString());
            return doc;
        });
    }

    /**
     * The list row of a study: name, metric, direction, created, total, the count of every state, and the best
     * {@code COMPLETE} trial and its value (null when there is none).
     */
    static Map<String, Object> header(StudyRecord s, List<TrialRecord> trials) {
        Map<TrialState, Integer> counts = new EnumMap<>(TrialState.class);
        for (TrialState state : TrialState.values()) {
            counts.put(state, 0);
        }
        Direction direction = s.objective().direction();
        TrialRecord best = null;
        for (TrialRecord t : trials) {
            counts.merge(t.state(), 1, Integer::sum);
            if (t.state() == TrialState.COMPLETE && t.value() != null && Double.isFinite(t.value())
                    && (best == null || direction.isBetter(t.value(), best.value()))) {
                best = t;
            }
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", s.name());
        row.put("metric", s.objective().metric());
        row.put("direction", direction.name().toLowerCase(java.util.Locale.ROOT));
        row.put("created", s.created().toString());
        row.put("total", trials.size());
        row.put("states", counts);
        row.put("bestTrial", best == null ? null : best.number());
        row.put("bestValue", best == null ? null : best.value());
        return row;
    }

    /** A hash of what a page draws: number, state, value and last report of every trial. */
    static String fingerprint(List<TrialRecord> trials) {
        long h = 1125899906842597L;
        for (TrialRecord t : trials) {
            h = 31 * h + t.number();
            h = 31 * h + t.state().ordinal();
            h = 31 * h + (t.value() == null ? 7 : Double.hashCode(t.value()));
            h = 31 * h + t.intermediate().size();
            h = 31 * h + (t.intermediate().isEmpty() ? 0 : Double.hashCode(t.intermediate().get(t.intermediate().lastKey())));
            h = 31 * h + t.attrs().size();
        }
        return trials.size() + "-" + Long.toHexString(h);
    }

    private static Double finiteOrNull(Double v) {
        return v == null || !Double.isFinite(v) ? null : v;
    }
}
