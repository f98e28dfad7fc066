package org.hyperlab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.data.MnistData;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

/**
 * A training workload runs end to end through the training-run API on a small data set of MNIST's shape: the run it
 * builds (an epoch bound far above what the time-bounded warm-up uses) must pass the API's own checks.
 */
class BenchmarkRunsTest {
    @Test
    void aSoftmaxRegressionWorkloadTimesItsEpochs() {
        SplittableRandom random = new SplittableRandom(3);
        FloatMatrix x = (FloatMatrix) Precision.FLOAT32.zeros(64, 784);
        for (int i = 0; i < x.size(); i++) {
            x.set(i, random.nextInt(4) == 0 ? random.nextInt(256) : 0);
        }
        int[] labels = random.ints(64, 0, 10).toArray();
        Dataset train = new Dataset(x, labels, 10);
        Ceilings ceilings = new Ceilings(10, 20, 5, 10, 2);
        Workload w = new Benchmark(new MnistData(train, train), ceilings, line -> { }).softmaxRegression(16, 2, null);
        assertEquals("epoch", w.unit());
        assertTrue(w.timing().median() > 0, "timed epochs: " + w.timing());
    }
}
