package org.hyperlab.core.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.loss.SoftmaxCrossEntropy;
import org.hyperlab.core.nn.FullyConnected;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.nn.Sequential;
import org.hyperlab.core.nn.Tanh;
import org.hyperlab.core.optim.LearningRateSchedules;
import org.hyperlab.core.optim.Optimizer;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.train.EpochMetrics;
import org.hyperlab.core.train.StopReason;
import org.hyperlab.core.train.Trainer;
import org.hyperlab.core.train.TrainingConfig;
import org.hyperlab.core.train.TrainingHistory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The {@link Trainer} loop against a plain PyTorch loop ({@code golden/training.json}): the tanh network of
 * {@code golden/networks.json} trained full-batch for 8 epochs (SGD with momentum at a constant rate; Adam under
 * StepLR), comparing each epoch's training loss and rate and the final weights. Full-batch, because hyperlab's
 * seeded shuffle cannot be replayed in PyTorch; with one batch the row order only changes summation order.
 * float64, 1e-12 relative (floor 1e-12 of the array's largest magnitude): the rounding differences of summation
 * order and of the optimizers' operation order, observed at a few ulps, do not grow over 8 smooth steps.
 */
class TrainerGoldenTest {
    private static final Fixture FIXTURE = Fixture.load("training.json");
    private static final Fixture NETWORK = Fixture.load("networks.json");

    @TestFactory
    Stream<DynamicTest> fullBatchTrainingMatchesTorch() {
        return FIXTURE.get("cases").list().stream().map(c -> DynamicTest.dynamicTest(c.get("name").string(), () -> {
            String name = c.get("name").string();
            FullyConnected first = FullyConnected.of(matrix(NETWORK.get("w1")), matrix(NETWORK.get("b1")));
            FullyConnected second = FullyConnected.of(matrix(NETWORK.get("w2")), matrix(NETWORK.get("b2")));
            Sequential model = new Sequential(first, new Tanh(), second);
            Optimizer optimizer = TorchOptimizers.create(c, model.parameters().toArray(Parameter[]::new));
            int epochs = c.get("epochs").integer();
            Dataset data = new Dataset(matrix(NETWORK.get("x")), NETWORK.get("classes").integers(), 3);
            TrainingConfig config = TrainingConfig.of(epochs, data.size(), 7L)
                    .withSchedule(LearningRateSchedules.parse(c.get("schedule").string()));
            TrainingHistory history = new Trainer(model, new SoftmaxCrossEntropy(), optimizer, config).fit(data, null);

            assertEquals(StopReason.MAX_EPOCHS, history.stopReason(), name);
            List<EpochMetrics> metrics = history.epochs();
            double[] losses = c.get("train_loss").vector();
            double[] rates = c.get("lr").vector();
            assertEquals(epochs, metrics.size(), name + ": epochs recorded");
            for (int e = 0; e < epochs; e++) {
                Close.assertClose(name + " training loss, epoch " + (e + 1), losses[e], metrics.get(e).trainLoss(),
                        Close.FLOAT64, 0.0);
                Close.assertClose(name + " rate, epoch " + (e + 1), rates[e], metrics.get(e).learningRate(),
                        Close.FLOAT64, 0.0);
            }
            Fixture last = c.get("final");
            compare(name + " final W1", last.get("w1"), first.weight());
            compare(name + " final b1", last.get("b1"), first.bias());
            compare(name + " final W2", last.get("w2"), second.weight());
            compare(name + " final b2", last.get("b2"), second.bias());
        }));
    }

    private static Matrix matrix(Fixture f) {
        return Matrix.of(Precision.FLOAT64, f.matrix());
    }

    private static void compare(String what, Fixture expected, Parameter actual) {
        double[] flat = Close.flat(expected.matrix());
        Close.assertClose(what, flat, actual.value().toFlatArray(), Close.FLOAT64, Close.FLOAT64 * Close.maxAbs(flat));
    }
}
