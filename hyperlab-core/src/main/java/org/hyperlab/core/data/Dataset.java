package org.hyperlab.core.data;

import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.storage.Matrix;

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

    /**
     * A new dataset (copied, same precision) of the rows {@code indices[0], indices[1], ...} in that order;
     * an index may repeat.
     */
    public Dataset slice(int[] indices) {
        for (int k = 0; k < indices.length; k++) {
            if (indices[k] < 0 || indices[k] >= size()) {
                throw new IndexOutOfBoundsException("dataset slice: index " + indices[k] + " at position " + k
                        + " is outside [0, " + size() + ")");
            }
        }
        Matrix rows = features.zeros(indices.length, featureCount());
        Kernels.gatherRows(features, indices, 0, indices.length, rows);
        int[] y = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            y[k] = labels[indices[k]];
        }
        return new Dataset(rows, y, numClasses);
    }

    /** A new dataset of the rows {@code from} (inclusive) to {@code to} (exclusive). */
    public Dataset slice(int from, int to) {
        if (from < 0 || to > size() || from > to) {
            throw new IndexOutOfBoundsException("dataset slice: [" + from + ", " + to + ") is outside [0, " + size() + ")");
        }
        int[] indices = new int[to - from];
        for (int k = 0; k < indices.length; k++) {
            indices[k] = from + k;
        }
        return slice(indices);
    }
}
