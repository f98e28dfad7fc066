package org.hyperlab.core.train;

/**
 * A training history as CSV: a header {@code epoch,trainLoss,validationLoss,trainAccuracy,validationAccuracy,
 * seconds,learningRate} and one row per finished epoch. Numbers are written with {@link Double#toString} (they
 * read back to the same double); a missing value (no validation set) is an empty cell.
 */
public final class HistoryCsv {
    /** The header row. */
    public static final String HEADER = "epoch,trainLoss,validationLoss,trainAccuracy,validationAccuracy,seconds,learningRate";

    private HistoryCsv() {
    }

    /** The CSV text, header first, each line ending with a newline. */
    public static String format(TrainingHistory history) {
        return format(history.epochs());
    }

    /** The CSV text of these epochs (a run still in progress), header first. */
    public static String format(java.util.List<EpochMetrics> epochs) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (EpochMetrics m : epochs) {
            sb.append(m.epoch());
            for (double v : new double[] {m.trainLoss(), m.validationLoss(), m.trainAccuracy(), m.validationAccuracy(),
                    m.seconds(), m.learningRate()}) {
                sb.append(',').append(Double.isNaN(v) ? "" : Double.toString(v));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
