package org.hyperlab.sweep;

/**
 * The function of a study with several objectives (Optuna's objective returning a tuple): {@link #evaluateAll}
 * returns one value per objective of the study, in the study's order. The trial is DIVERGED when any value is NaN
 * or infinite, FAILED when the count differs from the study's objectives; otherwise as {@link ObjectiveFunction}.
 */
@FunctionalInterface
public interface MultiObjectiveFunction extends ObjectiveFunction {
    @Override
    double[] evaluateAll(Trial trial) throws Exception;

    /** Objective 0's value. */
    @Override
    default double evaluate(Trial trial) throws Exception {
        return evaluateAll(trial)[0];
    }
}
