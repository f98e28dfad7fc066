package org.hyperlab.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.loss.SoftmaxCrossEntropy;
import org.hyperlab.core.nn.FullyConnected;
import org.hyperlab.core.nn.Input;
import org.hyperlab.core.nn.Layer;
import org.hyperlab.core.nn.ReLU;
import org.hyperlab.core.nn.Sequential;
import org.hyperlab.core.optim.Adam;
import org.hyperlab.core.optim.AdamConfig;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.SparseFeatures;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.testing.TestSeeds;
import org.junit.jupiter.api.Test;

/**
 * Training on mostly-zero float32 features goes through the sparse path (mini-batches as no-copy views of the sparse form, {@link SparseFeatures#isSparse})
 * and follows the dense path's loss curve ({@code -Dhyperlab.sparse=false}) within float32 rounding: the two
 * differ only in the order and number of float32 roundings per product (relative ~k·2⁻²⁴ ≈ 4e-6 for k = 60), which
 * 3 epochs of Adam at lr 1e-3 do not amplify beyond 1e-4 relative, while a wrong gradient term moves the loss by
 * percents. Covers the narrow sparse kernels (10 outputs) and the densified wide ones (an 80-unit hidden layer).
 */
class SparseTrainingTest {
    private final long seed = TestSeeds.fresh();

    private Dataset sparseDataset() {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 700, d = 60, classes = 10;
        FloatMatrix x = new FloatMatrix(n, d);
        double[][] teacher = new double[d][classes];
        for (double[] row : teacher) {
            for (int j = 0; j < classes; j++) {
                row[j] = random.nextGaussian();
            }
        }
        int[] labels = new int[n];
        for (int r = 0; r < n; r++) {
            double[] score = new double[classes];
            for (int c = 0; c < d; c++) {
                if (random.nextDouble() < 0.18) {
                    float v = 1 + random.nextInt(255);
                    x.set(r, c, v);
                    for (int j = 0; j < classes; j++) {
                        score[j] += v * teacher[c][j];
                    }
                }
            }
            int best = 0;
            for (int j = 1; j < classes; j++) {
                best = score[j] > score[best] ? j : best;
            }
            labels[r] = best;
        }
        return new Dataset(x, labels, classes);
    }

    private List<EpochMetrics> train(Dataset data, Dataset validation, int hidden, boolean sparse) {
        String before = System.getProperty("hyperlab.sparse");
        System.setProperty("hyperlab.sparse", Boolean.toString(sparse));
        try {
            MiniBatches probe = new MiniBatches(data, 32, Precision.FLOAT32);
            if (sparse) {
                assertTrue(SparseFeatures.isSparse(probe.batch(0).features()));
            } else {
                assertInstanceOf(FloatMatrix.class, probe.batch(0).features());
                assertFalse(SparseFeatures.isSparse(probe.batch(0).features()));
            }
            Layer model = hidden == 0
                    ? new Sequential(Input.zScoring().fit(data.features()), new FullyConnected(60, 10, 3, Precision.FLOAT32))
                    : new Sequential(Input.zScoring().fit(data.features()), new FullyConnected(60, hidden, 3, Precision.FLOAT32),
                            new ReLU(), new FullyConnected(hidden, 10, 4, Precision.FLOAT32));
            Trainer trainer = new Trainer(model, new SoftmaxCrossEntropy(), new Adam(model.parameters(), AdamConfig.defaults()),
                    TrainingConfig.of(3, 32, seed));
            return trainer.fit(data, validation).epochs();
        } finally {
            if (before == null) {
                System.clearProperty("hyperlab.sparse");
            } else {
                System.setProperty("hyperlab.sparse", before);
            }
        }
    }

    @Test
    void sparseTrainingFollowsTheDenseLossCurve() {
        assumeTrue(Kernels.sparseProductsAvailable());
        Dataset all = sparseDataset();
        Dataset train = all.slice(0, 600), validation = all.slice(600, 700);
        for (int hidden : new int[] {0, 80}) {
            List<EpochMetrics> dense = train(train, validation, hidden, false);
            List<EpochMetrics> sparse = train(train, validation, hidden, true);
            assertEquals(dense.size(), sparse.size());
            for (int e = 0; e < dense.size(); e++) {
                String what = "hidden " + hidden + " epoch " + (e + 1) + ", " + TestSeeds.describe(seed);
                assertEquals(dense.get(e).trainLoss(), sparse.get(e).trainLoss(), 1e-4 * dense.get(e).trainLoss(), what);
                assertEquals(dense.get(e).validationLoss(), sparse.get(e).validationLoss(),
                        1e-4 * dense.get(e).validationLoss(), what);
            }
        }
    }
}
