package org.hyperlab.cli.train;

import java.io.PrintWriter;
import java.util.Locale;
import org.hyperlab.core.train.EpochMetrics;
import org.hyperlab.core.train.TrainingListener;

/**
 * Training progress on stderr: a progress bar redrawn in place during each epoch (only when {@code bar} is on,
 * i.e. stderr is a terminal) and one summary line per epoch with the losses, accuracies and seconds.
 */
final class ProgressPrinter implements TrainingListener {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int epochs;
    private final boolean bar;
    private int lastDrawn = -1;

    ProgressPrinter(PrintWriter err, int epochs, boolean bar) {
        this.err = err;
        this.epochs = epochs;
        this.bar = bar;
    }

    @Override
    public void onBatchEnd(int epoch, int batchIndex, int batchCount) {
        if (!bar) {
            return;
        }
        int filled = (int) ((long) (batchIndex + 1) * WIDTH / batchCount);
        if (filled == lastDrawn && batchIndex + 1 < batchCount) {
            return;
        }
        lastDrawn = filled;
        err.print(String.format(Locale.ROOT, "\repoch %d/%d [%s%s] %d/%d", epoch, epochs, "=".repeat(filled),
                " ".repeat(WIDTH - filled), batchIndex + 1, batchCount));
        err.flush();
    }

    @Override
    public Action onEpochEnd(EpochMetrics m) {
        if (bar) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            lastDrawn = -1;
        }
        err.println(summary(m, epochs));
        err.flush();
        return Action.CONTINUE;
    }

    /** One epoch as a line, e.g. {@code epoch 3/20  train J 0.2841 acc 0.9213  validation J 0.2901 acc 0.9187  4.2 s}. */
    static String summary(EpochMetrics m, int epochs) {
        String line = String.format(Locale.ROOT, "epoch %d/%d  train J %.4f acc %.4f", m.epoch(), epochs,
                m.trainLoss(), m.trainAccuracy());
        if (m.hasValidation()) {
            line += String.format(Locale.ROOT, "  validation J %.4f acc %.4f", m.validationLoss(), m.validationAccuracy());
        }
        return line + String.format(Locale.ROOT, "  lr %.3g  %.1f s", m.learningRate(), m.seconds());
    }
}
