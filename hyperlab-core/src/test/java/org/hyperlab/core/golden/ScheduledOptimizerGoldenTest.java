package org.hyperlab.core.golden;

import java.util.List;
import java.util.stream.Stream;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.optim.LearningRateSchedule;
import org.hyperlab.core.optim.LearningRateSchedules;
import org.hyperlab.core.optim.Optimizer;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Optimizers whose learning rate a schedule changes between steps, against {@code torch.optim} with an
 * {@code lr_scheduler} stepped after every optimizer step ({@code golden/scheduled_optimizers.json}): before step
 * k (zero-based) the rate is set to {@code schedule.rate(k, base)} through {@link Optimizer#setLearningRate}, as the
 * trainer does once per epoch. This checks that a new rate takes effect on the next step only, and that Adam's and
 * AdamW's bias correction and AdaGrad's decay count steps, not rate changes. float64, 1e-12 relative (floor 1e-12
 * of the tensor's largest magnitude).
 */
class ScheduledOptimizerGoldenTest {
    private static final Fixture FIXTURE = Fixture.load("scheduled_optimizers.json");

    @TestFactory
    Stream<DynamicTest> scheduledTrajectoriesMatchTorch() {
        return FIXTURE.get("cases").list().stream().map(c -> DynamicTest.dynamicTest(c.get("name").string(), () -> {
            Parameter theta = TorchOptimizers.initialParameter(FIXTURE, Precision.FLOAT64);
            Optimizer optimizer = TorchOptimizers.create(c, theta);
            LearningRateSchedule schedule = LearningRateSchedules.parse(c.get("schedule").string());
            double base = optimizer.learningRate();
            List<Fixture> steps = c.get("float64").list();
            for (int k = 0; k < steps.size(); k++) {
                optimizer.setLearningRate(schedule.rate(k, base));
                optimizer.zeroGrad();
                TorchOptimizers.setGradient(FIXTURE, theta);
                optimizer.step();
                double[] expected = Close.flat(steps.get(k).matrix());
                Close.assertClose(c.get("name").string() + " step " + (k + 1), expected, theta.value().toFlatArray(),
                        Close.FLOAT64, Close.FLOAT64 * Close.maxAbs(expected));
            }
        }));
    }
}
