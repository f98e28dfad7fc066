package org.hyperlab.sweep;

import org.hyperlab.sweep.record.TrialState;

/**
 * The function a study optimizes. It asks the {@link Trial} for parameters, may {@link Trial#report report}
 * intermediate values and stop when {@link Trial#shouldPrune()} says so (by throwing
 * {@link TrialPrunedException}), and returns the metric. A NaN or infinite return value, or a
 * {@link TrialDivergedException}, marks the trial {@link TrialState#DIVERGED}; any other exception marks it
 * {@link TrialState#FAILED} with its message. A study of several objectives calls {@link #evaluateAll}, which a
 * {@link MultiObjectiveFunction} implements.
 */
@FunctionalInterface
public interface ObjectiveFunction {
    /** Evaluates one trial. */
    double evaluate(Trial trial) throws Exception;

    /** The value of every objective of the study, objective 0 first; a single objective by default. */
    default double[] evaluateAll(Trial trial) throws Exception {
        return new double[] {evaluate(trial)};
    }
}
