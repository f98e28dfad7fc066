package org.hyperlab.core.train;

import org.hyperlab.core.tensor.Matrix;

/** Class predictions by argmax: the column of a row's largest output (the first one on ties). */
public final class Predictions {
    private Predictions() {
    }

    /** The index of the largest element of {@code outputs}' row {@code row}; NaN never wins. */
    public static int argmax(Matrix outputs, int row) {
        int cols = outputs.cols();
        int base = row * cols;
        int best = 0;
        double bestValue = outputs.get(base);
        for (int c = 1; c < cols; c++) {
            double v = outputs.get(base + c);
            if (v > bestValue || Double.isNaN(bestValue) && !Double.isNaN(v)) {
                best = c;
                bestValue = v;
            }
        }
        return best;
    }

    /** How many of the first {@code labels.length} rows of {@code outputs} have their argmax at their label. */
    public static int countCorrect(Matrix outputs, int[] labels) {
        int correct = 0;
        for (int r = 0; r < labels.length; r++) {
            if (argmax(outputs, r) == labels[r]) {
                correct++;
            }
        }
        return correct;
    }
}
