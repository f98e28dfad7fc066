package org.hyperlab.core.metrics;

import org.hyperlab.core.tensor.storage.Matrix;

/**
 * Counts of (true class, predicted class) pairs: {@code count(t, p)} is the number of observations of class t that
 * were predicted as p, so rows are true classes and columns predicted classes; the diagonal holds the correct ones.
 * Classes of matrix rows are read as in {@link Accuracy#classOf}.
 */
public final class ConfusionMatrix {
    private final long[][] counts;

    public ConfusionMatrix(int numClasses) {
        if (numClasses < 1) {
            throw new IllegalArgumentException("confusion matrix: the class count must be at least 1, got " + numClasses);
        }
        counts = new long[numClasses][numClasses];
    }

    public int numClasses() { return counts.length; }

    /** Records one observation. */
    public void add(int trueClass, int predictedClass) {
        check(trueClass, "true");
        check(predictedClass, "predicted");
        counts[trueClass][predictedClass]++;
    }

    /** Records a batch: predictions (scores or probabilities) against one-hot targets of the same shape. */
    public void add(Matrix predictions, Matrix targets) {
        predictions.requireSameShape(targets, "confusion matrix");
        for (int r = 0; r < predictions.rows(); r++) {
            add(Accuracy.classOf(targets, r), Accuracy.classOf(predictions, r));
        }
    }

    /** Records a batch against integer labels. */
    public void add(Matrix predictions, int[] labels) {
        if (labels.length != predictions.rows()) {
            throw new IllegalArgumentException("confusion matrix: " + labels.length + " labels for " + predictions.rows() + " rows");
        }
        for (int r = 0; r < labels.length; r++) {
            add(labels[r], Accuracy.classOf(predictions, r));
        }
    }

    /** Observations of class {@code trueClass} predicted as {@code predictedClass}. */
    public long count(int trueClass, int predictedClass) {
        check(trueClass, "true");
        check(predictedClass, "predicted");
        return counts[trueClass][predictedClass];
    }

    /** All recorded observations. */
    public long total() {
        long sum = 0;
        for (long[] row : counts) {
            for (long v : row) {
                sum += v;
            }
        }
        return sum;
    }

    /** Trace over total; NaN when empty. */
    public double accuracy() {
        long diagonal = 0;
        for (int i = 0; i < counts.length; i++) {
            diagonal += counts[i][i];
        }
        return (double) diagonal / total();
    }

    /** A copy of the counts, {@code [true][predicted]}. */
    public long[][] toArray() {
        long[][] out = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            out[i] = counts[i].clone();
        }
        return out;
    }

    private void check(int c, String which) {
        if (c < 0 || c >= counts.length) {
            throw new IllegalArgumentException("confusion matrix: " + which + " class " + c + " outside 0.." + (counts.length - 1));
        }
    }
}
