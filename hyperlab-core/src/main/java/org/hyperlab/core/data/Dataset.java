package org.hyperlab.core.data;

import org.hyperlab.core.tensor.Matrix;

/**
 * A labelled classification dataset: one observation per row of {@code features} (N x D) and an integer class
 * label in {@code [0, numClasses)} for each row.
 */
public record Dataset(Matrix features, int[] labels, int numClasses) {
    public Dataset {
        if (features.rows() != labels.length) {
            throw new IllegalArgumentException("dataset: " + features.rows() + " rows but " + labels.length + " labels");
        }
        if (numClasses < 1) {
            throw new IllegalArgumentException("dataset: numClasses must be >= 1, got " + numClasses);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= numClasses) {
                throw new IllegalArgumentException("dataset: label " + labels[i] + " at row " + i
                        + " is outside [0, " + numClasses + ")");
            }
        }
    }

    public int size() { return labels.length; }

    public int featureCount() { return features.cols(); }
}
