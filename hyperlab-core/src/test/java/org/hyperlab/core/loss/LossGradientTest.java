package org.hyperlab.core.loss;

import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.testing.GradientChecker;
import org.hyperlab.core.testing.RandomMatrices;
import org.hyperlab.core.testing.TestSeeds;
import org.junit.jupiter.api.Test;

/** Every loss's gradient against central differences, on fresh random shapes and values (seed in failures). */
class LossGradientTest {
    private static final int CASES = 5;

    @Test
    void softmaxCrossEntropyWithOneHotAndSoftTargets() {
        check("SoftmaxCrossEntropy", SoftmaxCrossEntropy::new,
                (random, rows, cols) -> RandomMatrices.uniform(random, rows, cols, -4, 4),
                (random, rows, cols) -> random.nextBoolean()
                        ? RandomMatrices.oneHotRows(random, rows, cols)
                        : RandomMatrices.probabilityRows(random, rows, cols, 0.0));
    }

    @Test
    void crossEntropyOnProbabilitiesExactAndWithEpsilon() {
        for (double epsilon : new double[] {0.0, 1e-6, 1e-2}) {
            check("CrossEntropy(eps=" + epsilon + ")", () -> new CrossEntropy(epsilon),
                    (random, rows, cols) -> RandomMatrices.probabilityRows(random, rows, cols, 0.2),
                    (random, rows, cols) -> random.nextBoolean()
                            ? RandomMatrices.oneHotRows(random, rows, cols)
                            : RandomMatrices.probabilityRows(random, rows, cols, 0.0));
        }
    }

    @Test
    void logLossOnProbabilities() {
        check("LogLoss", LogLoss::new,
                (random, rows, cols) -> RandomMatrices.uniform(random, rows, cols, 0.05, 0.95),
                (random, rows, cols) -> random.nextBoolean()
                        ? RandomMatrices.uniform(random, rows, cols, 0, 1).applyInPlace(Math::rint)
                        : RandomMatrices.uniform(random, rows, cols, 0, 1));
    }

    @Test
    void squaredError() {
        check("SquaredError", SquaredError::new,
                (random, rows, cols) -> RandomMatrices.uniform(random, rows, cols, -3, 3),
                (random, rows, cols) -> RandomMatrices.uniform(random, rows, cols, -3, 3));
    }

    /** Draws a matrix of the given shape. */
    interface Draw {
        Matrix draw(SplittableRandom random, int rows, int cols);
    }

    static void check(String name, Supplier<Loss> loss, Draw prediction, Draw target) {
        long seed = TestSeeds.fresh();
        SplittableRandom random = new SplittableRandom(seed);
        for (int c = 0; c < CASES; c++) {
            int rows = RandomMatrices.size(random, 6);
            int cols = 1 + RandomMatrices.size(random, 5);
            GradientChecker.checkLoss(loss.get(), prediction.draw(random, rows, cols), target.draw(random, rows, cols),
                    name + " case " + c + ", " + TestSeeds.describe(seed));
        }
    }
}
