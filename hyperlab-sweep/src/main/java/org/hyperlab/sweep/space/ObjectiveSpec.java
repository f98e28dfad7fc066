package org.hyperlab.sweep.space;

import java.util.Objects;

/**
 * What a study optimizes: a metric name (e.g. {@code val_loss}, {@code val_accuracy}) and a direction.
 *
 * @param metric    the metric's name, non-blank
 * @param direction minimize or maximize
 */
public record ObjectiveSpec(String metric, Direction direction) {

    /** Validates the fields. */
    public ObjectiveSpec {
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("objective metric must be a non-empty name");
        }
        Objects.requireNonNull(direction, "direction");
    }
}
