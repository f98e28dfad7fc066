package org.hyperlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

/**
 * What the optimizers and schedules promise at their edges: zeroGrad clears every parameter's gradient, the closed
 * intervals include their ends, schedules need at least one epoch, and each describes itself with its settings.
 */
class OptimizerBoundariesTest {
    @Test
    void zeroGradClearsEveryParametersGradient() {
        OneElement a = new OneElement(Precision.FLOAT64, 1.0);
        OneElement b = new OneElement(Precision.FLOAT32, 2.0);
        Sgd sgd = new Sgd(List.of(a.parameter, b.parameter), SgdConfig.plain(0.1));
        a.parameter.grad().set(0, 3.0);
        b.parameter.grad().set(0, -4.0);
        sgd.zeroGrad();
        assertEquals(0.0, a.parameter.grad().get(0));
        assertEquals(0.0, b.parameter.grad().get(0));
        sgd.step();                                    // a zero gradient leaves plain SGD where it was
        assertEquals(1.0, a.parameter.value().get(0));
        assertEquals(2.0, b.parameter.value().get(0));
    }

    @Test
    void closedIntervalsIncludeOne() {
        assertEquals(1.0, new RmsPropConfig(0.01, 1.0, 1e-8, 0.0, 0.0, false).alpha());
        assertEquals(0.0, new RmsPropConfig(0.01, 0.0, 1e-8, 0.0, 0.0, false).alpha());
        assertEquals(1.0, new SgdConfig(0.1, 0.5, 1.0, 0.0, false).dampening());
        assertEquals("sgd: dampening must be in [0, 1], got 1.5", assertThrows(IllegalArgumentException.class,
                () -> new SgdConfig(0.1, 0.5, 1.5, 0.0, false)).getMessage());
        assertEquals("sgd: momentum must be in [0, 1), got 1.0", assertThrows(IllegalArgumentException.class,
                () -> new SgdConfig(0.1, 1.0, 0.0, 0.0, false)).getMessage());
        assertEquals(0.999, new SgdConfig(0.1, 0.999, 0.0, 0.0, false).momentum());
    }

    @Test
    void nesterovNeedsAPositiveMomentum() {
        assertEquals("sgd: nesterov momentum requires momentum > 0 and dampening = 0, got momentum 0.0, dampening 0.0",
                assertThrows(IllegalArgumentException.class, () -> new SgdConfig(0.1, 0.0, 0.0, 0.0, true)).getMessage());
        assertDoesNotThrow(() -> SgdConfig.nesterov(0.1, 1e-9));
    }

    @Test
    void schedulesNeedAtLeastOneEpoch() {
        assertEquals(0.0, new CosineAnnealing(1, 0.0).rate(1, 0.5), 1e-15);    // cos π = −1: η_min = 0 at T_max = 1
        assertEquals("cosine schedule: T_max must be >= 1 epoch, got 0", assertThrows(IllegalArgumentException.class,
                () -> new CosineAnnealing(0, 0.0)).getMessage());
        assertEquals(0.25, new StepDecay(1, 0.5).rate(2, 1.0));                           // 1·0.5²
        assertEquals("step schedule: step size must be >= 1 epoch, got 0", assertThrows(IllegalArgumentException.class,
                () -> new StepDecay(0, 0.5)).getMessage());
    }

    @Test
    void descriptionsCarryTheSettings() {
        assertEquals("cosine(10, 0.001)", new CosineAnnealing(10, 0.001).describe());
        assertEquals("step(3, 0.5)", new StepDecay(3, 0.5).describe());
        assertEquals("constant", new ConstantRate().describe());
        OneElement w = new OneElement(Precision.FLOAT64, 1.0);
        assertEquals("RMSprop(lr=0.01, alpha=0.9, eps=1.0E-8, weight_decay=0.0, momentum=0.5, centered=true)",
                new RmsProp(w.list(), new RmsPropConfig(0.01, 0.9, 1e-8, 0.0, 0.5, true)).describe());
        assertEquals("AdamW(lr=0.001, betas=(0.9, 0.999), eps=1.0E-8, weight_decay=0.01)",
                new AdamW(w.list(), new AdamWConfig(0.001, 0.9, 0.999, 1e-8, 0.01)).describe());
    }
}
