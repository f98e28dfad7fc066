package org.hyperlab.sweep.pareto;

import java.util.ArrayList;
import java.util.List;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.ObjectiveSpec;

/**
 * A study's Pareto front: its complete trials that no other complete trial dominates
 * ({@link NonDominatedSort#dominates}, after each value is turned to a minimized one by its objective's
 * direction), in trial-number order. Trials with equal values are all on the front. For a single objective the front
 * is the trials sharing the best value.
 */
public final class ParetoFront {
    private ParetoFront() {
    }

    /** The non-dominated complete trials of {@code trials} for {@code objectives}, by number. */
    public static List<TrialRecord> of(List<TrialRecord> trials, List<ObjectiveSpec> objectives) {
        List<Direction> directions = objectives.stream().map(ObjectiveSpec::direction).toList();
        List<TrialRecord> complete = complete(trials, directions.size());
        double[][] points = minimized(complete, directions);
        int[] rank = NonDominatedSort.ranks(points);
        List<TrialRecord> front = new ArrayList<>();
        for (int i = 0; i < complete.size(); i++) {
            if (rank[i] == 0) {
                front.add(complete.get(i));
            }
        }
        return front;
    }

    /** The complete trials that carry a value for each of {@code objectives} objectives. */
    public static List<TrialRecord> complete(List<TrialRecord> trials, int objectives) {
        return trials.stream().filter(t -> t.state() == TrialState.COMPLETE && t.values().size() == objectives)
                .sorted(java.util.Comparator.comparingInt(TrialRecord::number)).toList();
    }

    /** A trial's values as a point to be minimized: each negated where its objective is maximized. */
    public static double[] minimized(TrialRecord trial, List<Direction> directions) {
        double[] p = new double[directions.size()];
        for (int k = 0; k < p.length; k++) {
            p[k] = directions.get(k).toMinimized(trial.values().get(k));
        }
        return p;
    }

    /** {@link #minimized(TrialRecord, List)} of each trial. */
    public static double[][] minimized(List<TrialRecord> trials, List<Direction> directions) {
        double[][] points = new double[trials.size()][];
        for (int i = 0; i < points.length; i++) {
            points[i] = minimized(trials.get(i), directions);
        }
        return points;
    }
}
