package org.hyperlab.report.assignment;

import java.nio.file.Path;

/**
 * The settings of one assignment report: the seed, the data, and how much of MNIST to use. {@link #full} follows
 * the assignment (50,000 training / 10,000 validation images, 20 epochs); {@link #quick} uses a small seeded
 * subset and fewer epochs and configurations, for tests and first looks. Sections 1–5 are identical in both.
 *
 * @param seed             the one seed every random choice derives from
 * @param quick            the quick variant
 * @param dataDir          MNIST IDX files to use, or null for the standard location (fetched when missing)
 * @param trainSize        training rows of the main MNIST run (null: everything left after validation)
 * @param validationSize   validation rows split off the training file
 * @param epochs           maximum epochs of the main run
 * @param compareTrainSize training rows of each comparison run
 * @param compareEpochs    maximum epochs of each comparison run
 * @param smallTrainSize   training rows of the overfitting experiment
 * @param smallEpochs      epochs of the overfitting experiment
 */
public record AssignmentSettings(long seed, boolean quick, Path dataDir, Integer trainSize, int validationSize,
                                 int epochs, int compareTrainSize, int compareEpochs, int smallTrainSize,
                                 int smallEpochs) {
    /** The assignment's settings. */
    public static AssignmentSettings full(long seed, Path dataDir) {
        return new AssignmentSettings(seed, false, dataDir, null, 10_000, 20, 10_000, 8, 500, 200);
    }

    /** A small, fast variant (a few thousand images, a few epochs). */
    public static AssignmentSettings quick(long seed, Path dataDir) {
        return new AssignmentSettings(seed, true, dataDir, 3_000, 1_000, 6, 1_500, 3, 200, 60);
    }
}
