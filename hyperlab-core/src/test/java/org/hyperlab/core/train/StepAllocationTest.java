package org.hyperlab.core.train;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.loss.SoftmaxCrossEntropy;
import org.hyperlab.core.nn.FullyConnected;
import org.hyperlab.core.nn.Input;
import org.hyperlab.core.nn.Layer;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.nn.ReLU;
import org.hyperlab.core.nn.Sequential;
import org.hyperlab.core.optim.Adam;
import org.hyperlab.core.optim.AdamConfig;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.testing.Allocations;
import org.hyperlab.core.testing.RandomMatrices;
import org.junit.jupiter.api.Test;

/**
 * The training step (what {@link Trainer} runs per mini-batch: batch, zero gradients, forward, loss, backward, Adam)
 * of a float32 MLP on dense data allocates nothing per step once compiled, including across the smaller last batch
 * of an epoch (the layers keep their buffers for both batch sizes). The bound, 16 bytes per step on average, is far
 * below what a reallocated buffer (here 1–4 KB) or a boxed vector (~96 bytes) costs. No timing is asserted.
 */
class StepAllocationTest {
    @Test
    void aWarmedUpEpochOfStepsAllocatesNothing() {
        assumeTrue(Allocations.countable());
        SplittableRandom random = new SplittableRandom(11);
        int n = 200, d = 24, classes = 10, batch = 32; // 6 full batches and one of 8 rows per epoch
        // dense: batches are gathered, not sparse views
        FloatMatrix x = (FloatMatrix) RandomMatrices.gaussian(Precision.FLOAT32, random, n, d, 1);
        int[] labels = new int[n];
        for (int r = 0; r < n; r++) {
            labels[r] = random.nextInt(classes);
        }
        Dataset data = new Dataset(x, labels, classes);
        Layer model = new Sequential(Input.zScoring().fit(x), new FullyConnected(d, 32, 1, Precision.FLOAT32), new ReLU(),
                new FullyConnected(32, classes, 2, Precision.FLOAT32));
        List<Parameter> parameters = model.parameters();
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        Adam adam = new Adam(parameters, AdamConfig.defaults());
        MiniBatches batches = new MiniBatches(data, batch, Precision.FLOAT32);
        int steps = batches.count();
        Runnable epoch = () -> {
            for (int b = 0; b < steps; b++) {
                MiniBatches.Batch next = batches.batch(b);
                for (int p = 0; p < parameters.size(); p++) {
                    parameters.get(p).zeroGrad();
                }
                loss.forward(model.forward(next.features()), next.targets());
                model.backwardParameters(loss.backward());
                adam.step();
            }
        };
        double bytesPerStep = Allocations.leastBytesPerCall(epoch, 40, 400) / steps;
        assertTrue(bytesPerStep <= 16, "a training step allocates " + bytesPerStep + " bytes once warmed up");
    }
}
