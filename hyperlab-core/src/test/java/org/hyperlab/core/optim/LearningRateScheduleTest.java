package org.hyperlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The schedules' rates against torch.optim.lr_scheduler's formulas, epoch by epoch (epoch 0 = first epoch). */
class LearningRateScheduleTest {
    @Test
    void constant() {
        assertEquals(0.1, LearningRateSchedule.constant().rate(57, 0.1), 0.0);
    }

    @Test
    void stepMultipliesByGammaEveryStepSizeEpochs() {
        LearningRateSchedule s = LearningRateSchedule.step(2, 0.5);
        double[] expected = {1.0, 1.0, 0.5, 0.5, 0.25};
        for (int e = 0; e < expected.length; e++) {
            assertEquals(expected[e], s.rate(e, 1.0), 0.0, "epoch " + e);
        }
    }

    @Test
    void exponential() {
        LearningRateSchedule s = LearningRateSchedule.exponential(0.5);
        assertEquals(0.8, s.rate(0, 0.8), 0.0);
        assertEquals(0.4, s.rate(1, 0.8), 0.0);
        assertEquals(0.1, s.rate(3, 0.8), 0.0);
    }

    @Test
    void cosineFallsFromBaseToMinimumAtTMax() {
        LearningRateSchedule s = LearningRateSchedule.cosine(10, 0.1);
        assertEquals(1.0, s.rate(0, 1.0), 1e-15);
        assertEquals(0.55, s.rate(5, 1.0), 1e-15);                          // 0.1 + 0.9·(1 + cos(π/2))/2
        assertEquals(0.1 + 0.9 * (1 + Math.sqrt(0.5)) / 2,
                LearningRateSchedule.cosine(8, 0.1).rate(2, 1.0), 1e-15);   // cos(π·2/8) = √½
        assertEquals(0.1, s.rate(10, 1.0), 1e-15);
    }

    @Test
    void parsesCommandLineForms() {
        assertEquals(new ConstantRate(), LearningRateSchedules.parse("constant"));
        assertEquals(new StepDecay(10, 0.5), LearningRateSchedules.parse("step:10:0.5"));
        assertEquals(new ExponentialDecay(0.9), LearningRateSchedules.parse("Exponential:0.9"));
        assertEquals(new CosineAnnealing(50, 0.0), LearningRateSchedules.parse("cosine:50"));
        assertEquals(new CosineAnnealing(50, 1e-5), LearningRateSchedules.parse("cosine:50:1e-5"));
        for (String bad : new String[] {"linear", "step:10", "step:x:0.5", "cosine:", "constant:1"}) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> LearningRateSchedules.parse(bad))
                    .getMessage().startsWith("schedule: cannot read '" + bad + "' (expected constant, step:"), bad);
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LearningRateSchedules.parse("step:0:0.5"))
                .getMessage().contains("step size must be >= 1"));
    }
}
