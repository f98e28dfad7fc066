package org.hyperlab.sweep.sampler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hyperlab.sweep.pareto.Hypervolume;
import org.hyperlab.sweep.pareto.NonDominatedSort;
import org.hyperlab.sweep.pareto.ParetoFront;
import org.hyperlab.sweep.record.TrialRecord;

/**
 * TPE's split of the observed trials into the {@code nBelow} good ones (l) and the rest (g), both returned in trial
 * order. One objective: the {@link TrialRanking} order. Several objectives (multi-objective TPE: Ozaki, Tanigaki,
 * Watanabe and Onishi, "Multiobjective tree-structured Parzen estimator for computationally expensive
 * optimization problems", GECCO 2020, and JAIR 75, 2022; as Optuna's {@code TPESampler} does): the complete trials
 * are sorted into non-domination ranks and whole ranks go to l while they fit; the rank that does not fit is cut
 * by greedy hypervolume subset selection (each step takes the trial adding the most hypervolume to those taken,
 * ties by trial number), with the reference point {@code max(1.1 w, 0.9 w)} of that rank's worst value w per
 * objective (a zero replaced by 1e-12), as Optuna's {@code _get_reference_point}. Trials that are not complete go to
 * g.
 */
final class TpeSplit {
    private static final double EPS = 1e-12;

    private TpeSplit() {
    }

    /** {@code [below, above]} of {@code observed}. */
    static List<List<TrialRecord>> split(List<TrialRecord> observed, int nBelow, SamplingContext context) {
        List<TrialRecord> below;
        List<TrialRecord> above = new ArrayList<>();
        if (!context.isMultiObjective()) {
            List<TrialRecord> sorted = new ArrayList<>(observed);
            sorted.sort(TrialRanking.bestFirst(context.direction()));
            below = new ArrayList<>(sorted.subList(0, nBelow));
            above.addAll(sorted.subList(nBelow, sorted.size()));
        } else {
            List<TrialRecord> complete = ParetoFront.complete(observed, context.directions().size());
            below = belowByDominance(complete, nBelow, context);
            java.util.Set<Long> good = new java.util.HashSet<>();
            below.forEach(t -> good.add(t.id()));
            for (TrialRecord t : observed) {
                if (!good.contains(t.id())) {
                    above.add(t);
                }
            }
        }
        below.sort(Comparator.comparingInt(TrialRecord::number));
        above.sort(Comparator.comparingInt(TrialRecord::number));
        return List.of(below, above);
    }

    private static List<TrialRecord> belowByDominance(List<TrialRecord> complete, int nBelow, SamplingContext context) {
        double[][] points = ParetoFront.minimized(complete, context.directions());
        List<TrialRecord> below = new ArrayList<>();
        for (List<Integer> front : NonDominatedSort.fronts(points)) {
            if (below.size() + front.size() <= nBelow) {
                front.forEach(i -> below.add(complete.get(i)));
                continue;
            }
            for (int i : hypervolumeSubset(points, front, nBelow - below.size())) {
                below.add(complete.get(i));
            }
            break;
        }
        return below;
    }

    /** Greedy hypervolume subset selection of {@code k} of the points indexed by {@code front}. */
    private static List<Integer> hypervolumeSubset(double[][] points, List<Integer> front, int k) {
        double[] reference = reference(points, front);
        List<Integer> chosen = new ArrayList<>();
        List<Integer> left = new ArrayList<>(front);
        while (chosen.size() < k && !left.isEmpty()) {
            double base = Hypervolume.of(pointsOf(points, chosen), reference);
            int best = -1;
            double bestGain = Double.NEGATIVE_INFINITY;
            for (int i : left) {
                List<Integer> with = new ArrayList<>(chosen);
                with.add(i);
                double gain = Hypervolume.of(pointsOf(points, with), reference) - base;
                if (gain > bestGain) {
                    best = i;
                    bestGain = gain;
                }
            }
            chosen.add(best);
            left.remove(Integer.valueOf(best));
        }
        return chosen;
    }

    private static double[] reference(double[][] points, List<Integer> front) {
        double[] worst = points[front.get(0)].clone();
        for (int i : front) {
            for (int m = 0; m < worst.length; m++) {
                worst[m] = Math.max(worst[m], points[i][m]);
            }
        }
        double[] reference = new double[worst.length];
        for (int m = 0; m < worst.length; m++) {
            reference[m] = Math.max(1.1 * worst[m], 0.9 * worst[m]);
            if (reference[m] == 0) {
                reference[m] = EPS;
            }
        }
        return reference;
    }

    private static double[][] pointsOf(double[][] points, List<Integer> indices) {
        double[][] out = new double[indices.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = points[indices.get(i)];
        }
        return out;
    }
}
