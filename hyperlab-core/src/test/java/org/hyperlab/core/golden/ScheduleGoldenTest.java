package org.hyperlab.core.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.stream.Stream;
import org.hyperlab.core.optim.CosineAnnealing;
import org.hyperlab.core.optim.ExponentialDecay;
import org.hyperlab.core.optim.LearningRateSchedule;
import org.hyperlab.core.optim.LearningRateSchedules;
import org.hyperlab.core.optim.StepDecay;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Learning-rate schedules against {@code torch.optim.lr_scheduler} ({@code golden/schedules.json}): the rate of each
 * of 20 epochs from base 0.1 for StepLR, ExponentialLR and CosineAnnealingLR (also past T_max, where both rise
 * again). Each schedule is parsed from its command-line form, as a user would give it. PyTorch updates the rate
 * recursively (lr ← lr·γ, or the cosine ratio) while hyperlab uses the closed form, so they agree to rounding:
 * within 1e-12 relative.
 */
class ScheduleGoldenTest {
    private static final Fixture FIXTURE = Fixture.load("schedules.json");

    @TestFactory
    Stream<DynamicTest> schedulesMatchTorch() {
        return FIXTURE.get("cases").list().stream().map(c -> DynamicTest.dynamicTest(c.get("name").string(), () -> {
            LearningRateSchedule schedule = LearningRateSchedules.parse(commandLineForm(c));
            double base = c.get("base_lr").number();
            double[] expected = c.get("lr").vector();
            assertEquals(20, expected.length);
            double[] actual = new double[expected.length];
            for (int epoch = 0; epoch < actual.length; epoch++) {
                actual[epoch] = schedule.rate(epoch, base);
            }
            Close.assertClose(c.get("name").string() + " (" + schedule.describe() + ") lr per epoch", expected, actual,
                    Close.FLOAT64, 0.0);
        }));
    }

    /** The {@code --schedule} text for a fixture case, checked to parse into the matching class. */
    private static String commandLineForm(Fixture c) {
        String kind = c.get("schedule").string();
        return switch (kind) {
            case "StepLR" -> {
                String text = "step:" + c.get("step_size").integer() + ":" + c.get("gamma").number();
                assertInstanceOf(StepDecay.class, LearningRateSchedules.parse(text));
                yield text;
            }
            case "ExponentialLR" -> {
                String text = "exponential:" + c.get("gamma").number();
                assertInstanceOf(ExponentialDecay.class, LearningRateSchedules.parse(text));
                yield text;
            }
            case "CosineAnnealingLR" -> {
                String text = "cosine:" + c.get("t_max").integer() + ":" + c.get("eta_min").number();
                assertInstanceOf(CosineAnnealing.class, LearningRateSchedules.parse(text));
                yield text;
            }
            default -> throw new IllegalStateException("unknown schedule in fixture: " + kind);
        };
    }
}
