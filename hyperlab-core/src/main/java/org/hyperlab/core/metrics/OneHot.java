package org.hyperlab.core.metrics;

import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/** One-hot encoding of integer class labels: row i has a 1 in column {@code labels[i]} and 0 elsewhere. */
public final class OneHot {
    private OneHot() {
    }

    /**
     * Encodes {@code labels} as an N x {@code numClasses} matrix.
     *
     * @throws IllegalArgumentException naming the first offending position when a label is negative or
     *     {@code >= numClasses}, or when {@code numClasses < 1}
     */
    public static Matrix encode(int[] labels, int numClasses, Precision precision) {
        if (numClasses < 1) {
            throw new IllegalArgumentException("one-hot: the class count must be at least 1, got " + numClasses);
        }
        Matrix out = precision.zeros(labels.length, numClasses);
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i];
            if (label < 0 || label >= numClasses) {
                throw new IllegalArgumentException("one-hot: label " + label + " at index " + i
                        + " is outside 0.." + (numClasses - 1) + " (" + numClasses + " classes)");
            }
            out.set(i, label, 1.0);
        }
        return out;
    }
}
