package org.hyperlab.sweep.objective;

import java.util.List;
import java.util.Optional;
import org.hyperlab.core.train.EpochMetrics;
import org.hyperlab.core.train.Monitor;
import org.hyperlab.sweep.space.Direction;

/**
 * The metrics a {@code train} objective may name: the four per-epoch ones ({@link Monitor}: a trial's value is that
 * of its best epoch in the objective's direction), {@value #SECONDS} (the trial's training time: the sum of its
 * epochs' wall times, training and validation) and {@value #PARAMETERS} (the model's count of weights and biases).
 * Losses, {@code seconds} and {@code parameters} are minimized by default, accuracies maximized.
 */
public final class TrainMetrics {
    /** The training time of a trial, in seconds. */
    public static final String SECONDS = "seconds";
    /** The parameter count of a trial's model. */
    public static final String PARAMETERS = "parameters";
    /** Every name, for messages. */
    public static final String NAMES = "validation-loss, validation-accuracy, train-loss, train-accuracy, "
            + SECONDS + ", " + PARAMETERS;

    private TrainMetrics() {
    }

    /** The canonical name of {@code text} (a {@link Monitor} label, seconds or parameters); else an error naming all. */
    public static String canonical(String text) {
        if (SECONDS.equals(text) || PARAMETERS.equals(text)) {
            return text;
        }
        try {
            return Monitor.parse(text).label();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("train metric must be one of " + NAMES + ", got '" + text + "'", e);
        }
    }

    /** The per-epoch metric a canonical name stands for, if it is one. */
    public static Optional<Monitor> perEpoch(String canonical) {
        return SECONDS.equals(canonical) || PARAMETERS.equals(canonical) ? Optional.empty()
                : Optional.of(Monitor.parse(canonical));
    }

    /** Maximize for accuracies, minimize for the rest. */
    public static Direction defaultDirection(String canonical) {
        return perEpoch(canonical).map(m -> m.maximize() ? Direction.MAXIMIZE : Direction.MINIMIZE)
                .orElse(Direction.MINIMIZE);
    }

    /** A finished run's value of metric {@code canonical}: its best epoch's, the summed epoch times, or the count. */
    static double value(String canonical, Direction direction, List<EpochMetrics> epochs, long parameters) {
        if (PARAMETERS.equals(canonical)) {
            return parameters;
        }
        if (SECONDS.equals(canonical)) {
            double total = 0;
            for (EpochMetrics m : epochs) {
                total += m.seconds();
            }
            return total;
        }
        Monitor metric = Monitor.parse(canonical);
        double best = Double.NaN;
        for (EpochMetrics m : epochs) {
            double v = metric.valueOf(m);
            if (Double.isNaN(best) || direction.isBetter(v, best)) {
                best = v;
            }
        }
        return best;
    }
}
