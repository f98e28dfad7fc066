package org.hyperlab.core.objective;

import java.util.List;

/**
 * One finished 1-D descent run with its explanation.
 *
 * @param optimizer        the optimizer's name ({@code sgd}, {@code adam}, …)
 * @param settings         the optimizer's description with its hyperparameters
 * @param w0               the starting point
 * @param lr               the learning rate η
 * @param epochs           the number of epochs asked for
 * @param status           converged, not converged or diverged
 * @param divergedAtEpoch  the epoch at which w or J stopped being finite, or null
 * @param last             the last finite point (the final point unless diverged)
 * @param history          one point per epoch from epoch 0 (the start), up to the last finite one
 * @param diagnosis        where it ended and why, computed from the objective's analysis
 */
public record DescentRun(String optimizer, String settings, double w0, double lr, int epochs, DescentStatus status,
        Integer divergedAtEpoch, DescentPoint last, List<DescentPoint> history, String diagnosis) {
    public DescentRun {
        history = List.copyOf(history);
    }
}
