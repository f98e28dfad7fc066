package org.hyperlab.sweep.pruner;

import java.util.ArrayList;
import java.util.List;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;

/**
 * Asynchronous successive halving (Li et al., "A System for Massively Parallel Hyperparameter Tuning", 2020),
 * as Optuna's {@code SuccessiveHalvingPruner}. Rung r is reached at step
 * {@code minResource * reductionFactor^(minEarlyStoppingRate + r)}. When the trial's last step reaches its next
 * rung, its value there is recorded as the trial attribute {@code completed_rung_r}; it continues only if that
 * value is among the best {@code max(1, floor(k / reductionFactor))} of the k values recorded at rung r by all
 * trials so far (itself included); otherwise it is pruned. A NaN value is pruned. With {@code minResource = 0}
 * ("auto") the minimum resource is {@code max(1, floor(s / 100))} where s is the largest last step of the
 * completed trials, and nothing is pruned before a trial has completed.
 */
public final class SuccessiveHalvingPruner implements Pruner {
    static final String RUNG_PREFIX = "completed_rung_";
    private final int minResource;
    private final int reductionFactor;
    private final int minEarlyStoppingRate;
    private final String rungPrefix;

    /** Optuna's defaults: automatic minimum resource, reduction factor 4, minimum early-stopping rate 0. */
    public SuccessiveHalvingPruner() {
        this(0, 4, 0);
    }

    /**
     * @param minResource          steps before the first rung, or 0 for automatic
     * @param reductionFactor      at least 2
     * @param minEarlyStoppingRate at least 0
     */
    public SuccessiveHalvingPruner(int minResource, int reductionFactor, int minEarlyStoppingRate) {
        this(minResource, reductionFactor, minEarlyStoppingRate, RUNG_PREFIX);
    }

    /**
     * Successive halving whose rung values are stored under {@code rungPrefix + r}: only trials that use the same
     * prefix compete (Hyperband gives each bracket its own).
     */
    SuccessiveHalvingPruner(int minResource, int reductionFactor, int minEarlyStoppingRate, String rungPrefix) {
        this.rungPrefix = rungPrefix;
        if (minResource < 0 || reductionFactor < 2 || minEarlyStoppingRate < 0) {
            throw new IllegalArgumentException("need minResource >= 0 (0 = auto), reductionFactor >= 2, "
                    + "minEarlyStoppingRate >= 0");
        }
        this.minResource = minResource;
        this.reductionFactor = reductionFactor;
        this.minEarlyStoppingRate = minEarlyStoppingRate;
    }

    @Override
    public boolean prune(PruningContext context) {
        TrialRecord trial = context.trial();
        if (trial.lastStep().isEmpty()) {
            return false;
        }
        int step = trial.lastStep().getAsInt();
        double value = trial.intermediate().get(step);
        List<TrialRecord> trials = context.studyTrials();
        long resource = minResource > 0 ? minResource : estimateMinResource(trials);
        if (resource <= 0) {
            return false;
        }
        int rung = 0;
        while (trial.attrs().containsKey(rungPrefix + rung)) {
            rung++;
        }
        while (true) {
            double promotionStep = resource * Math.pow(reductionFactor, minEarlyStoppingRate + rung);
            if (step < promotionStep) {
                return false;
            }
            if (Double.isNaN(value)) {
                return true;
            }
            String key = rungPrefix + rung;
            context.setTrialAttr(key, Double.toString(value));
            List<Double> competing = new ArrayList<>();
            for (TrialRecord t : trials) {
                if (t.id() != trial.id() && t.attrs().containsKey(key)) {
                    competing.add(Double.parseDouble(t.attrs().get(key)));
                }
            }
            competing.add(value);
            if (!promotable(value, competing, context.direction())) {
                return true;
            }
            rung++;
        }
    }

    private boolean promotable(double value, List<Double> competing, Direction direction) {
        int index = Math.max(competing.size() / reductionFactor - 1, 0);
        competing.sort(null);
        if (direction == Direction.MAXIMIZE) {
            return value >= competing.get(competing.size() - 1 - index);
        }
        return value <= competing.get(index);
    }

    private static long estimateMinResource(List<TrialRecord> trials) {
        int last = -1;
        for (TrialRecord t : trials) {
            if (t.state() == TrialState.COMPLETE && t.lastStep().isPresent()) {
                last = Math.max(last, t.lastStep().getAsInt());
            }
        }
        return last < 0 ? 0 : Math.max(last / 100, 1);
    }
}
