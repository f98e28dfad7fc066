package org.hyperlab.cli.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hyperlab.cli.common.Json;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;

/** The JSON documents, text tables and CSV of stored studies (pure formatting, no storage access). */
final class SweepDocuments {
    private SweepDocuments() {
    }

    /** Trials best first: complete by value, then pruned, diverged, failed, running, waiting; ties by number. */
    static List<TrialRecord> bestFirst(StudyRecord study, List<TrialRecord> trials) {
        List<TrialRecord> sorted = new ArrayList<>(trials);
        sorted.sort(Comparator.comparingInt((TrialRecord t) -> rank(t.state()))
                .thenComparingDouble(t -> t.value() == null ? 0 : study.objective().direction().toMinimized(t.value()))
                .thenComparingInt(TrialRecord::number));
        return sorted;
    }

    private static int rank(TrialState s) {
        return switch (s) {
            case COMPLETE -> 0;
            case PRUNED -> 1;
            case DIVERGED -> 2;
            case FAILED -> 3;
            case RUNNING -> 4;
            case WAITING -> 5;
        };
    }

    /** One trial as JSON: number, state, params, value, intermediate (step → value, NaN as null), message. */
    static Map<String, Object> trial(TrialRecord t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", t.number());
        m.put("state", t.state().name().toLowerCase(Locale.ROOT));
        m.put("params", t.params());
        m.put("value", t.value());
        Map<String, Double> inter = new LinkedHashMap<>();
        t.intermediate().forEach((k, v) -> inter.put(Integer.toString(k), Json.finiteOrNull(v)));
        m.put("intermediate", inter);
        m.put("seconds", Double.isNaN(t.durationSeconds()) ? null : t.durationSeconds());
        if (t.message() != null) {
            m.put("message", t.message());
        }
        return m;
    }

    /** {@code {"study", "metric", "direction", "trials": [...best first], "best"}}. */
    static Map<String, Object> study(StudyRecord study, List<TrialRecord> trials) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("study", study.name());
        m.put("metric", study.objective().metric());
        m.put("direction", study.objective().direction().name().toLowerCase(Locale.ROOT));
        m.put("seed", study.seed());
        m.put("trials", bestFirst(study, trials).stream().map(SweepDocuments::trial).toList());
        m.put("best", Study.best(trials, study).map(SweepDocuments::trial).orElse(null));
        return m;
    }

    /** Counts by state, in enum order, only the states present. */
    static Map<String, Integer> counts(List<TrialRecord> trials) {
        Map<String, Integer> c = new LinkedHashMap<>();
        for (TrialState s : TrialState.values()) {
            int n = (int) trials.stream().filter(t -> t.state() == s).count();
            if (n > 0) {
                c.put(s.name().toLowerCase(Locale.ROOT), n);
            }
        }
        return c;
    }

    private static Set<String> paramNames(List<TrialRecord> trials) {
        Set<String> names = new LinkedHashSet<>();
        trials.forEach(t -> names.addAll(t.params().keySet()));
        return names;
    }

    /** A fixed-width table of the trials, best first. */
    static String table(StudyRecord study, List<TrialRecord> trials) {
        List<String> names = new ArrayList<>(paramNames(trials));
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("trial", "state", study.objective().metric(), "epochs", "seconds"));
        header.addAll(names);
        rows.add(header);
        for (TrialRecord t : bestFirst(study, trials)) {
            List<String> r = new ArrayList<>(List.of(Integer.toString(t.number()), t.state().name().toLowerCase(Locale.ROOT),
                    t.value() == null ? "-" : String.format(Locale.ROOT, "%.6g", t.value()),
                    Integer.toString(t.intermediate().size()),
                    Double.isNaN(t.durationSeconds()) ? "-" : String.format(Locale.ROOT, "%.1f", t.durationSeconds())));
            for (String n : names) {
                Object v = t.params().get(n);
                r.add(v == null ? "-" : v instanceof Double d ? String.format(Locale.ROOT, "%.4g", d) : v.toString());
            }
            rows.add(r);
        }
        int[] width = new int[header.size()];
        rows.forEach(r -> {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        });
        StringBuilder sb = new StringBuilder();
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                sb.append(i == 0 ? "" : "  ").append(String.format("%-" + width[i] + "s", r.get(i)));
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }

    /** CSV: number,state,value,seconds,message then one column per parameter; quoted where needed. */
    static String csv(List<TrialRecord> trials) {
        List<String> names = new ArrayList<>(paramNames(trials));
        StringBuilder sb = new StringBuilder("number,state,value,seconds,message");
        names.forEach(n -> sb.append(',').append(quote(n)));
        sb.append('\n');
        for (TrialRecord t : trials) {
            sb.append(t.number()).append(',').append(t.state().name().toLowerCase(Locale.ROOT)).append(',')
                    .append(t.value() == null ? "" : t.value().toString()).append(',')
                    .append(Double.isNaN(t.durationSeconds()) ? "" : Double.toString(t.durationSeconds())).append(',')
                    .append(t.message() == null ? "" : quote(t.message()));
            for (String n : names) {
                Object v = t.params().get(n);
                sb.append(',').append(v == null ? "" : quote(v.toString()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** The progress line of a finished trial. */
    static String progress(StudyRecord study, TrialRecord t, List<TrialRecord> all) {
        return org.hyperlab.sweep.TrialProgressLine.of(study, t, all);
    }
}
