package org.hyperlab.core.train;

/**
 * What one epoch measured. {@code epoch} counts from 1. {@code trainLoss} is the mean of the epoch's batch losses
 * weighted by batch size (so, for a mean loss, the mean over every training example, each seen with the
 * parameters of its own step); {@code trainAccuracy} likewise counts argmax hits during those forward passes.
 * The validation values come from a pass over the validation set after the epoch's last step, and are NaN when
 * there is no validation set. {@code seconds} is the epoch's wall time (training and validation);
 * {@code learningRate} the rate the schedule gave this epoch.
 */
public record EpochMetrics(int epoch, double trainLoss, double validationLoss, double trainAccuracy,
                           double validationAccuracy, double seconds, double learningRate) {

    /** True when a validation set was evaluated. */
    public boolean hasValidation() {
        return !Double.isNaN(validationLoss);
    }
}
