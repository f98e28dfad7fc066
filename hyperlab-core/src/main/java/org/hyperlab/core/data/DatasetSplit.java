package org.hyperlab.core.data;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * A seeded split of a training set into the part the model trains on and a held-out validation part (the test
 * set is a separate file and never enters a split).
 *
 * <p>Rule: a Fisher-Yates shuffle of {@code 0..N-1} driven by {@code new SplittableRandom(seed)}; the first
 * {@code validationSize} shuffled indices form the validation set, the next {@code trainSize} the training
 * set. Each part is then put back in the file's order, so the split is a pure function of (N, sizes, seed) and
 * the two parts never share a row.
 */
public record DatasetSplit(Dataset train, Dataset validation) {
    /** MNIST's customary validation size: 60,000 training images split 50,000 / 10,000. */
    public static final int DEFAULT_VALIDATION_SIZE = 10_000;

    /** Splits off {@code validationSize} rows for validation and trains on all the others. */
    public static DatasetSplit of(Dataset full, int validationSize, long seed) {
        return of(full, validationSize, full.size() - validationSize, seed);
    }

    /** Splits off {@code validationSize} rows for validation and keeps {@code trainSize} of the others. */
    public static DatasetSplit of(Dataset full, int validationSize, int trainSize, long seed) {
        int[][] parts = indices(full.size(), validationSize, trainSize, seed);
        return new DatasetSplit(full.slice(parts[0]), full.slice(parts[1]));
    }

    /**
     * The same split of images kept as bytes: rows are selected first and only they are widened to
     * {@code precision} (see {@link LabeledImages}); gives exactly the datasets {@code of(full.toDataset(...))} would.
     */
    public static DatasetSplit of(LabeledImages full, int validationSize, int trainSize, long seed, Precision precision) {
        int[][] parts = indices(full.size(), validationSize, trainSize, seed);
        return new DatasetSplit(full.slice(parts[0]).toDataset(precision), full.slice(parts[1]).toDataset(precision));
    }

    /**
     * The row indices of the two parts, {@code {train, validation}}, each in ascending order.
     *
     * @throws IllegalArgumentException if the sizes are negative or need more than {@code n} rows
     */
    public static int[][] indices(int n, int validationSize, int trainSize, long seed) {
        if (validationSize < 0 || trainSize < 1) {
            throw new IllegalArgumentException("split: validation size must be >= 0 and train size >= 1, got "
                    + validationSize + " and " + trainSize);
        }
        if ((long) validationSize + trainSize > n) {
            throw new IllegalArgumentException("split: validation size " + validationSize + " plus train size "
                    + trainSize + " exceed the " + n + " available rows");
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] validation = Arrays.copyOfRange(perm, 0, validationSize);
        int[] train = Arrays.copyOfRange(perm, validationSize, validationSize + trainSize);
        Arrays.sort(validation);
        Arrays.sort(train);
        return new int[][] {train, validation};
    }
}
