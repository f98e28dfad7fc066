package org.hyperlab.sweep.pruner;

import java.util.ArrayList;
import java.util.List;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;

/**
 * Optuna's {@code MedianPruner}: at the trial's last reported step s, prune when its best intermediate value so
 * far is worse than the median of the values that <em>completed</em> trials reported at step s. Nothing is
 * pruned while fewer than {@code nStartupTrials} trials have completed, before step {@code nWarmupSteps}, or when
 * fewer than {@code nMinTrials} completed trials reported step s. A trial whose every value is NaN is pruned.
 * The median interpolates linearly (the mean of the two middle values for an even count).
 */
public final class MedianPruner implements Pruner {
    private final int nStartupTrials;
    private final int nWarmupSteps;
    private final int nMinTrials;

    /** Optuna's defaults: 5 startup trials, 0 warm-up steps, 1 trial needed at the step. */
    public MedianPruner() {
        this(5, 0, 1);
    }

    /** Custom settings. */
    public MedianPruner(int nStartupTrials, int nWarmupSteps, int nMinTrials) {
        if (nStartupTrials < 0 || nWarmupSteps < 0 || nMinTrials < 1) {
            throw new IllegalArgumentException("need nStartupTrials >= 0, nWarmupSteps >= 0, nMinTrials >= 1");
        }
        this.nStartupTrials = nStartupTrials;
        this.nWarmupSteps = nWarmupSteps;
        this.nMinTrials = nMinTrials;
    }

    @Override
    public boolean prune(PruningContext context) {
        TrialRecord trial = context.trial();
        List<TrialRecord> completed = context.studyTrials().stream()
                .filter(t -> t.state() == TrialState.COMPLETE).toList();
        if (completed.isEmpty() || completed.size() < nStartupTrials || trial.lastStep().isEmpty()) {
            return false;
        }
        int step = trial.lastStep().getAsInt();
        if (step < nWarmupSteps) {
            return false;
        }
        Direction direction = context.direction();
        double best = Double.NaN;
        for (double v : trial.intermediate().values()) {
            if (!Double.isNaN(v) && (Double.isNaN(best) || direction.isBetter(v, best))) {
                best = v;
            }
        }
        if (Double.isNaN(best)) {
            return true;
        }
        List<Double> atStep = new ArrayList<>();
        for (TrialRecord t : completed) {
            Double v = t.intermediate().get(step);
            if (v != null && !v.isNaN()) {
                atStep.add(v);
            }
        }
        if (atStep.size() < nMinTrials) {
            return false;
        }
        return direction.isBetter(median(atStep), best);
    }

    /** The median with linear interpolation. */
    static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : 0.5 * (s.get(n / 2 - 1) + s.get(n / 2));
    }
}
