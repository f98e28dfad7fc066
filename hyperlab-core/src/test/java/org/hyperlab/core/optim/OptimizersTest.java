package org.hyperlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

class OptimizersTest {
    private final OneElement w = new OneElement(Precision.FLOAT64, 1.0);

    @Test
    void namesMapToTheirAlgorithmsWithTorchDefaults() {
        Sgd sgd = assertInstanceOf(Sgd.class, Optimizers.create("sgd", Map.of(), w.list()));
        assertEquals(SgdConfig.plain(1e-3), sgd.config());
        Sgd momentum = assertInstanceOf(Sgd.class, Optimizers.create("momentum", Map.of("lr", 0.1), w.list()));
        assertEquals(SgdConfig.withMomentum(0.1, 0.9), momentum.config());
        Sgd nesterov = assertInstanceOf(Sgd.class, Optimizers.create("Nesterov", Map.of("momentum", "0.5"), w.list()));
        assertEquals(SgdConfig.nesterov(1e-3, 0.5), nesterov.config());
        assertEquals(AdaGradConfig.of(1e-2),
                assertInstanceOf(AdaGrad.class, Optimizers.create("adagrad", Map.of(), w.list())).config());
        assertEquals(RmsPropConfig.of(1e-2),
                assertInstanceOf(RmsProp.class, Optimizers.create("rmsprop", Map.of(), w.list())).config());
        assertEquals(AdamConfig.defaults(),
                assertInstanceOf(Adam.class, Optimizers.create("adam", Map.of(), w.list())).config());
        assertEquals(AdamWConfig.defaults(),
                assertInstanceOf(AdamW.class, Optimizers.create("adamw", Map.of(), w.list())).config());
    }

    @Test
    void keysIgnoreCaseDashesAndUnderscoresAndAcceptAliases() {
        Adam adam = (Adam) Optimizers.create("adam", Map.of("learning-rate", "0.01", "Epsilon", 1e-6, "beta_2", 0.99), w.list());
        assertEquals(new AdamConfig(0.01, 0.9, 0.99, 1e-6), adam.config());
        RmsProp rms = (RmsProp) Optimizers.create("rmsprop", Map.of("centered", "true", "weightDecay", 0.1), w.list());
        assertTrue(rms.config().centered());
        assertEquals(0.1, rms.config().weightDecay(), 0.0);
    }

    @Test
    void unknownNamesAndKeysAreNamedInTheError() {
        assertEquals("unknown optimizer 'lbfgs' (expected one of sgd, momentum, nesterov, adagrad, rmsprop, adam, adamw)",
                assertThrows(IllegalArgumentException.class, () -> Optimizers.create("lbfgs", Map.of(), w.list())).getMessage());
        assertEquals("adam: unknown hyperparameter 'momentum' (accepted: beta1, beta2, eps, lr)",
                assertThrows(IllegalArgumentException.class,
                        () -> Optimizers.create("adam", Map.of("momentum", 0.9), w.list())).getMessage());
        assertEquals("adam: hyperparameter 'lr' must be a number, got 'fast'",
                assertThrows(IllegalArgumentException.class,
                        () -> Optimizers.create("adam", Map.of("lr", "fast"), w.list())).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Optimizers.create("sgd", Map.of("lr", -1), w.list())).getMessage().contains("sgd: learning rate"));
    }
}
