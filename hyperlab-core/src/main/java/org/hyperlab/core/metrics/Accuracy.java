package org.hyperlab.core.metrics;

import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;

/**
 * Classification accuracy: the fraction of rows whose predicted class equals the true class.
 *
 * <p>The class of a row with several columns is its argmax (the first maximal column on ties; NaN never wins
 * over a number, so a partly diverged row still has a class). A single-column
 * matrix is read as a binary probability (or 0/1 target): class 1 when the value is ≥ 0.5, else class 0.
 */
public final class Accuracy {
    private Accuracy() {
    }

    /** The class of row {@code r}: argmax over the columns, or the 0.5 threshold for one column. */
    public static int classOf(Matrix m, int r) {
        int cols = m.cols();
        if (cols == 1) {
            return m.get(r) >= 0.5 ? 1 : 0;
        }
        int base = r * cols;
        if (m instanceof FloatMatrix f) {
            return Kernels.argmaxRow(f, r);
        }
        int best = 0;
        double bestValue = m.get(base);
        for (int c = 1; c < cols; c++) {
            double v = m.get(base + c);
            if (v > bestValue || Double.isNaN(bestValue) && !Double.isNaN(v)) {
                best = c;
                bestValue = v;
            }
        }
        return best;
    }

    /** The class of every row (see {@link #classOf}). */
    public static int[] classes(Matrix m) {
        int[] out = new int[m.rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = classOf(m, r);
        }
        return out;
    }

    /** Number of rows where the predicted class equals the target's class (targets one-hot, same shape). */
    public static int countCorrect(Matrix predictions, Matrix targets) {
        predictions.requireSameShape(targets, "accuracy");
        int correct = 0;
        for (int r = 0; r < predictions.rows(); r++) {
            if (classOf(predictions, r) == classOf(targets, r)) {
                correct++;
            }
        }
        return correct;
    }

    /** Number of rows whose predicted class equals {@code labels[r]}. */
    public static int countCorrect(Matrix predictions, int[] labels) {
        if (labels.length != predictions.rows()) {
            throw new IllegalArgumentException("accuracy: " + labels.length + " labels for " + predictions.rows() + " rows");
        }
        if (predictions instanceof FloatMatrix f && f.cols() > 1) {
            return Kernels.countArgmaxHits(f, labels); // the same rule, one vector per row where it fits
        }
        int correct = 0;
        for (int r = 0; r < labels.length; r++) {
            if (classOf(predictions, r) == labels[r]) {
                correct++;
            }
        }
        return correct;
    }

    /** Fraction of correct rows in [0, 1]; NaN for an empty batch. */
    public static double of(Matrix predictions, Matrix targets) {
        return (double) countCorrect(predictions, targets) / predictions.rows();
    }

    /** Fraction of rows whose predicted class equals the label; NaN for an empty batch. */
    public static double of(Matrix predictions, int[] labels) {
        return (double) countCorrect(predictions, labels) / predictions.rows();
    }
}
