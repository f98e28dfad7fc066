package org.hyperlab.core.train;

/**
 * A model's loss and accuracy on a dataset: {@code loss} is the mean over rows (batch means weighted by batch
 * size), {@code accuracy} the fraction of rows whose argmax output equals the label, {@code predictions} the
 * argmax class of every row in the dataset's order.
 */
public record Evaluation(double loss, double accuracy, int[] predictions) {
}
