package org.hyperlab.sweep.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;

/**
 * Parameter importance as the <em>correlation ratio</em> eta^2 of each parameter alone (a first-order,
 * one-parameter-at-a-time variance decomposition; simpler than fANOVA, which fits random forests and also
 * splits out interactions). Over the complete trials with objective values y_i:
 * {@code eta^2 = sum_g n_g (mean_g - mean)^2 / sum_i (y_i - mean)^2}, the share of the variance of y explained by
 * the group means, where the groups g are the parameter's distinct values (categorical parameters, and numeric
 * ones with at most {@code bins} distinct values) or else {@code bins} quantile bins of equal count (so a log scale
 * changes nothing). eta^2 is 1 when the objective is a function of the parameter alone and 0 when every group
 * has the same mean; with few trials per group it is biased upward. Diverged and pruned trials have no value and
 * are left out. {@code share} is eta^2 divided by the sum over parameters.
 */
public final class ParameterImportance {
    private ParameterImportance() {
    }

    /**
     * One parameter's importance.
     *
     * @param name  the parameter
     * @param eta2  the correlation ratio, in [0, 1]
     * @param share eta2 over the sum of all parameters' eta2 (0 when that sum is 0)
     */
    public record Importance(String name, double eta2, double share) {
    }

    /** The importances of every parameter seen in the complete trials, most important first. */
    public static List<Importance> compute(List<TrialRecord> trials, int bins) {
        if (bins < 2) {
            throw new IllegalArgumentException("bins must be at least 2, got " + bins);
        }
        List<TrialRecord> complete = trials.stream()
                .filter(t -> t.state() == TrialState.COMPLETE && t.value() != null).toList();
        LinkedHashSet<String> names = new LinkedHashSet<>();
        complete.forEach(t -> names.addAll(t.params().keySet()));
        Map<String, Double> eta = new LinkedHashMap<>();
        for (String name : names) {
            List<TrialRecord> with = complete.stream().filter(t -> t.params().containsKey(name)).toList();
            eta.put(name, eta2(with, name, bins));
        }
        double total = eta.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Importance> out = new ArrayList<>();
        eta.forEach((n, e) -> out.add(new Importance(n, e, total > 0 ? e / total : 0)));
        out.sort(Comparator.comparingDouble(Importance::eta2).reversed());
        return out;
    }

    private static double eta2(List<TrialRecord> trials, String name, int bins) {
        int n = trials.size();
        if (n < 2) {
            return 0;
        }
        Map<Object, Integer> group = groups(trials, name, bins);
        double mean = trials.stream().mapToDouble(TrialRecord::value).average().orElse(0);
        double total = 0;
        Map<Integer, double[]> sums = new HashMap<>();
        for (TrialRecord t : trials) {
            double y = t.value();
            total += (y - mean) * (y - mean);
            double[] s = sums.computeIfAbsent(group.get(t.params().get(name)), k -> new double[2]);
            s[0] += y;
            s[1] += 1;
        }
        if (total == 0) {
            return 0;
        }
        double between = 0;
        for (double[] s : sums.values()) {
            double gm = s[0] / s[1];
            between += s[1] * (gm - mean) * (gm - mean);
        }
        return Math.min(1.0, between / total);
    }

    /** Maps each distinct value to its group index. */
    private static Map<Object, Integer> groups(List<TrialRecord> trials, String name, int bins) {
        Map<Object, Integer> group = new HashMap<>();
        boolean numeric = trials.stream().allMatch(t -> t.params().get(name) instanceof Number);
        if (!numeric) {
            for (TrialRecord t : trials) {
                group.putIfAbsent(t.params().get(name), group.size());
            }
            return group;
        }
        TreeSet<Double> distinct = new TreeSet<>();
        trials.forEach(t -> distinct.add(((Number) t.params().get(name)).doubleValue()));
        List<Double> sorted = new ArrayList<>();
        trials.forEach(t -> sorted.add(((Number) t.params().get(name)).doubleValue()));
        sorted.sort(null);
        for (TrialRecord t : trials) {
            double v = ((Number) t.params().get(name)).doubleValue();
            int g;
            if (distinct.size() <= bins) {
                g = distinct.headSet(v).size();
            } else {
                int rank = java.util.Collections.binarySearch(sorted, v);
                while (rank > 0 && sorted.get(rank - 1) == v) {
                    rank--;
                }
                g = (int) ((long) rank * bins / sorted.size());
            }
            group.put(t.params().get(name), g);
        }
        return group;
    }
}
