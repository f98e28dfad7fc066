package org.hyperlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.function.Function;
import org.hyperlab.core.init.XavierUniform;
import org.hyperlab.core.loss.CrossEntropy;
import org.hyperlab.core.loss.LogLoss;
import org.hyperlab.core.loss.Loss;
import org.hyperlab.core.loss.SoftmaxCrossEntropy;
import org.hyperlab.core.loss.SquaredError;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.testing.RandomMatrices;
import org.hyperlab.core.testing.TestSeeds;
import org.junit.jupiter.api.Test;

/**
 * float32 layers and losses agree with their float64 twins (same seed) to float32 accuracy: every value is
 * rounded at about 6e-8 relative per operation, so after a few layers of a handful of terms a relative error of
 * 1e-4 (plus 1e-6 absolute for values near 0) is generous while a wrong float32 path (e.g. a buffer of the
 * wrong shape or stale contents) is far off.
 */
class PrecisionAgreementTest {
    private final long seed = TestSeeds.fresh();

    @Test
    void everyLayerInOneNetwork() {
        Function<Precision, Sequential> build = precision -> {
            SplittableRandom random = new SplittableRandom(seed);
            Matrix training = RandomMatrices.uniform(random, 20, 5, -1, 4).to(precision);
            return new Sequential(
                    Input.zScoring().fit(training),
                    new FullyConnected(5, 6, new XavierUniform(), new XavierUniform(), random, precision), new ReLU(),
                    new FullyConnected(6, 6, new XavierUniform(), new XavierUniform(), random, precision), new Tanh(),
                    new FullyConnected(6, 4, new XavierUniform(), new XavierUniform(), random, precision), new LogisticSigmoid(),
                    new FullyConnected(4, 3, new XavierUniform(), new XavierUniform(), random, precision), new Linear(),
                    new Softmax());
        };
        Sequential wide = build.apply(Precision.FLOAT64);
        Sequential narrow = build.apply(Precision.FLOAT32);
        SplittableRandom random = new SplittableRandom(seed ^ 1);
        Matrix x = RandomMatrices.uniform(random, 7, 5, -1, 4);
        Matrix g = RandomMatrices.uniform(random, 7, 3, -1, 1);
        for (int pass = 0; pass < 2; pass++) { // the second pass reuses every buffer
            assertClose(wide.forward(x), narrow.forward(x.to(Precision.FLOAT32)), "output");
            assertClose(wide.backward(g), narrow.backward(g.to(Precision.FLOAT32)), "input gradient");
        }
        for (int k = 0; k < wide.parameters().size(); k++) {
            assertClose(wide.parameters().get(k).grad(), narrow.parameters().get(k).grad(), "parameter " + k);
        }
    }

    @Test
    void everyLoss() {
        SplittableRandom random = new SplittableRandom(seed);
        Matrix probabilities = RandomMatrices.probabilityRows(random, 6, 4, 0.2);
        Matrix oneHot = RandomMatrices.oneHotRows(random, 6, 4);
        checkLoss(new SoftmaxCrossEntropy(), new SoftmaxCrossEntropy(), RandomMatrices.uniform(random, 6, 4, -5, 5), oneHot);
        checkLoss(new CrossEntropy(1e-6), new CrossEntropy(1e-6), probabilities, oneHot);
        checkLoss(new LogLoss(), new LogLoss(), probabilities, oneHot);
        checkLoss(new SquaredError(), new SquaredError(), RandomMatrices.uniform(random, 6, 4, -5, 5), probabilities);
    }

    private void checkLoss(Loss wide, Loss narrow, Matrix prediction, Matrix target) {
        double j64 = wide.forward(prediction, target);
        double j32 = narrow.forward(prediction.to(Precision.FLOAT32), target.to(Precision.FLOAT32));
        assertEquals(j64, j32, 1e-4 * Math.abs(j64) + 1e-6, wide.describe() + " " + TestSeeds.describe(seed));
        Matrix narrowGrad = narrow.backward();
        assertEquals(Precision.FLOAT32, narrowGrad.precision());
        assertClose(wide.backward(), narrowGrad, wide.describe());
    }

    private void assertClose(Matrix wide, Matrix narrow, String what) {
        assertEquals(Precision.FLOAT32, narrow.precision(), what);
        assertEquals(wide.shape(), narrow.shape(), what);
        for (int i = 0; i < wide.size(); i++) {
            assertEquals(wide.get(i), narrow.get(i), 1e-4 * Math.abs(wide.get(i)) + 1e-6,
                    what + " entry " + i + ", " + TestSeeds.describe(seed));
        }
    }
}
