package org.hyperlab.core.train;

import java.util.SplittableRandom;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.tensor.SparseFeatures;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * Cuts a dataset into mini-batches of {@code batchSize} rows in a (re)shuffled order. Batch {@code b} holds the
 * rows {@code order[b·size .. min((b+1)·size, N))}; the last batch is partial when N is not a multiple of the
 * size. Features are gathered and targets one-hot encoded into buffers allocated once (one pair for full
 * batches, one for the partial last batch), so {@link #batch(int)} returns views that the next call overwrites (callers
 * must not write into them: float32 targets are updated by clearing the previous batch's ones, not refilled).
 *
 * <p>Which rows go where is this class's job; how they get there is the kernels': {@link SparseFeatures#rowSelection} gives
 * a gather buffer, or for mostly-zero float32 features (MNIST's pixels are 81 % zeros) a no-copy view of their
 * sparse form, and {@link SparseFeatures#selectRows} fills or re-points it (one per batch size, so a batch allocates
 * nothing).
 */
public final class MiniBatches {
    /** One batch: features (rows x D), one-hot targets (rows x classes), and the rows' labels. */
    public record Batch(Matrix features, Matrix targets, int[] labels) {
        public int size() {
            return labels.length;
        }
    }

    private final Dataset data;
    private final int batchSize;
    private final int[] order;
    private final Batch full;
    private final Batch partial;

    /** Batches of {@code data} (in its own order until {@link #shuffle}), buffers in {@code precision}. */
    public MiniBatches(Dataset data, int batchSize, Precision precision) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        if (data.size() == 0) {
            throw new IllegalArgumentException("cannot make batches of an empty dataset");
        }
        this.data = data;
        this.batchSize = Math.min(batchSize, data.size());
        this.order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.full = newBatch(this.batchSize, precision);
        int rest = data.size() % this.batchSize;
        this.partial = rest == 0 ? null : newBatch(rest, precision);
    }

    /** Buffers for one batch; the features are whatever {@link SparseFeatures#rowSelection} chose. */
    private Batch newBatch(int rows, Precision precision) {
        Matrix features = SparseFeatures.rowSelection(data.features(), order, rows, precision);
        return new Batch(features, precision.zeros(rows, data.numClasses()), new int[rows]);
    }

    /** Number of batches per epoch, ⌈N / batchSize⌉. */
    public int count() {
        return (data.size() + batchSize - 1) / batchSize;
    }

    /** The effective batch size (the requested one, capped at N). */
    public int batchSize() {
        return batchSize;
    }

    /** Reorders the rows with a Fisher–Yates shuffle driven by {@code random}. */
    public void shuffle(SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Fills and returns batch {@code index} (0-based, below {@link #count()}). */
    public Batch batch(int index) {
        if (index < 0 || index >= count()) {
            throw new IndexOutOfBoundsException("batch " + index + " of " + count());
        }
        int from = index * batchSize;
        int rows = Math.min(batchSize, order.length - from);
        Batch b = rows == batchSize ? full : partial;
        SparseFeatures.selectRows(data.features(), order, from, rows, b.features());
        Matrix targets = b.targets();
        int[] labels = b.labels(), all = data.labels();
        if (targets instanceof FloatMatrix f) { // only the previous batch's ones are cleared (a full batch: 60,000, not 600,000)
            float[] t = f.data();
            int cols = f.cols();
            for (int r = 0; r < rows; r++) {
                int label = all[order[from + r]];
                t[r * cols + labels[r]] = 0f;
                t[r * cols + label] = 1f;
                labels[r] = label;
            }
            return b;
        }
        targets.fillInPlace(0.0);
        for (int r = 0; r < rows; r++) {
            int label = all[order[from + r]];
            labels[r] = label;
            targets.set(r, label, 1.0);
        }
        return b;
    }
}
