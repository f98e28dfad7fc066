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
import org.hyperlab.sweep.pareto.ParetoFront;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;

/** The JSON documents, text tables and CSV of stored studies (pure formatting, no storage access). */
final class SweepDocuments {
    private SweepDocuments() {
    }

    /**
     * Trials best first: complete by value (with several objectives: the Pareto front first, then by objective 0),
     * then pruned, diverged, failed, running, waiting; ties by number.
     */
    static List<TrialRecord> bestFirst(StudyRecord study, List<TrialRecord> trials) {
        Set<Integer> front = frontNumbers(study, trials);
        List<TrialRecord> sorted = new ArrayList<>(trials);
        sorted.sort(Comparator.comparingInt((TrialRecord t) -> rank(t.state()))
                .thenComparingInt(t -> front.contains(t.number()) ? 0 : 1)
                .thenComparingDouble(t -> t.value() == null ? 0 : study.objective().direction().toMinimized(t.value()))
                .thenComparingInt(TrialRecord::number));
        return sorted;
    }

    /** The numbers of the trials on the Pareto front; empty for a single-objective study. */
    static Set<Integer> frontNumbers(StudyRecord study, List<TrialRecord> trials) {
        Set<Integer> front = new java.util.HashSet<>();
        if (study.isMultiObjective()) {
            ParetoFront.of(trials, study.objectives()).forEach(t -> front.add(t.number()));
        }
        return front;
    }

    /**
     * A value as the tables print it: six significant digits; with several objectives a whole number (a parameter
     * count) in full.
     */
    static String number(StudyRecord study, double v) {
        return org.hyperlab.sweep.TrialProgressLine.number(study, v);
    }

    /** {@code [{"metric", "direction"}, ...]}: every objective of the study. */
    static List<Map<String, Object>> objectives(StudyRecord study) {
        return study.objectives().stream().map(o -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metric", o.metric());
            m.put("direction", o.direction().name().toLowerCase(Locale.ROOT));
            return m;
        }).toList();
    }

    /** {@code {"study", "objectives", "paretoFront": [trials by number]}}: the result of a multi-objective study. */
    static Map<String, Object> paretoFront(StudyRecord study, List<TrialRecord> trials) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("study", study.name());
        m.put("objectives", objectives(study));
        m.put("paretoFront", ParetoFront.of(trials, study.objectives()).stream().map(SweepDocuments::trial).toList());
        return m;
    }

    /** A trial's values as {@code metric=value} pairs, space-separated (objective 0 only when it has one). */
    static String values(StudyRecord study, TrialRecord t) {
        return org.hyperlab.sweep.TrialProgressLine.values(study, t);
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
        if (t.values().size() > 1) {
            m.put("values", t.values());
        }
        Map<String, Double> inter = new LinkedHashMap<>();
        t.intermediate().forEach((k, v) -> inter.put(Integer.toString(k), Json.finiteOrNull(v)));
        m.put("intermediate", inter);
        m.put("seconds", Double.isNaN(t.durationSeconds()) ? null : t.durationSeconds());
        if (t.message() != null) {
            m.put("message", t.message());
        }
        return m;
    }

    /**
     * {@code {"study", "metric", "direction", "trials": [...best first], "best"}}; with several objectives
     * {@code metric} and {@code direction} are objective 0's, {@code objectives} lists them all, {@code best} is null
     * and {@code paretoFront} holds the non-dominated complete trials.
     */
    static Map<String, Object> study(StudyRecord study, List<TrialRecord> trials) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("study", study.name());
        m.put("metric", study.objective().metric());
        m.put("direction", study.objective().direction().name().toLowerCase(Locale.ROOT));
        if (study.isMultiObjective()) {
            m.put("objectives", objectives(study));
        }
        m.put("seed", study.seed());
        m.put("trials", bestFirst(study, trials).stream().map(SweepDocuments::trial).toList());
        if (study.isMultiObjective()) {
            m.put("best", null);
            m.put("paretoFront", ParetoFront.of(trials, study.objectives()).stream().map(SweepDocuments::trial)
                    .toList());
        } else {
            m.put("best", Study.best(trials, study).map(SweepDocuments::trial).orElse(null));
        }
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

    /**
     * A fixed-width table of the trials, best first; with several objectives one column per objective and a
     * {@code front} column marking the Pareto front with {@code *}.
     */
    static String table(StudyRecord study, List<TrialRecord> trials) {
        List<String> names = new ArrayList<>(paramNames(trials));
        Set<Integer> front = frontNumbers(study, trials);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("trial", "state"));
        study.objectives().forEach(o -> header.add(o.metric()));
        if (study.isMultiObjective()) {
            header.add("front");
        }
        header.addAll(List.of("epochs", "seconds"));
        header.addAll(names);
        rows.add(header);
        for (TrialRecord t : bestFirst(study, trials)) {
            List<String> r = new ArrayList<>(List.of(Integer.toString(t.number()), t.state().name().toLowerCase(Locale.ROOT)));
            for (int k = 0; k < study.objectives().size(); k++) {
                r.add(k < t.values().size() ? number(study, t.values().get(k)) : "-");
            }
            if (study.isMultiObjective()) {
                r.add(front.contains(t.number()) ? "*" : "");
            }
            r.addAll(List.of(Integer.toString(t.intermediate().size()),
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

    /**
     * CSV: number,state,value,seconds,message then one column per parameter; quoted where needed. When a trial has
     * several objective values, a last column {@code values} holds them, separated by {@code ;}.
     */
    static String csv(List<TrialRecord> trials) {
        List<String> names = new ArrayList<>(paramNames(trials));
        StringBuilder sb = new StringBuilder("number,state,value,seconds,message");
        names.forEach(n -> sb.append(',').append(quote(n)));
        boolean several = trials.stream().anyMatch(t -> t.values().size() > 1);
        if (several) {
            sb.append(",values");
        }
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
            if (several) {
                sb.append(',').append(String.join(";", t.values().stream().map(String::valueOf).toList()));
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
