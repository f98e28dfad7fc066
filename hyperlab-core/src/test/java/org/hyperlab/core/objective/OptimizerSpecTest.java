package org.hyperlab.core.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A 1-D run's optimizer: each hyperparameter accepted only by the optimizers that read it (the refusal lists them),
 * the given ones passed on under the factory's names, and the kind of descent that decides the stability limit.
 */
class OptimizerSpecTest {
    private static String refusal(String name, Double momentum, Double beta1, Double beta2, Double eps) {
        return assertThrows(IllegalArgumentException.class,
                () -> new OptimizerSpec(name, 0.1, momentum, beta1, beta2, eps)).getMessage();
    }

    @Test
    void aHyperparameterTheOptimizerDoesNotReadIsRefused() {
        assertEquals("optimizer adam does not use momentum (only sgd, momentum, nesterov, rmsprop do)",
                refusal("adam", 0.9, null, null, null));
        assertEquals("optimizer sgd does not use beta1 (only adam does)", refusal("sgd", null, 0.9, null, null));
        assertEquals("optimizer rmsprop does not use beta2 (only adam does)", refusal("rmsprop", null, null, 0.99, null));
        assertEquals("optimizer sgd does not use epsilon (only adagrad, rmsprop, adam do)",
                refusal("sgd", null, null, null, 1e-8));
        assertEquals("unknown optimizer 'lbfgs' (expected one of sgd, momentum, nesterov, adagrad, rmsprop, adam)",
                refusal(" LBFGS ", null, null, null, null));
    }

    @Test
    void onlyTheGivenHyperparametersArePassedOn() {
        assertEquals(Map.of("lr", 0.1), OptimizerSpec.sgd(0.1).hyperparameters());
        assertEquals(Map.of("lr", 0.1, "beta1", 0.8, "beta2", 0.99, "eps", 1e-7),
                new OptimizerSpec("Adam", 0.1, null, 0.8, 0.99, 1e-7).hyperparameters());
        assertEquals(Map.of("lr", 0.1, "momentum", 0.5), new OptimizerSpec("sgd", 0.1, 0.5, null, null, null).hyperparameters());
    }

    @Test
    void theKindOfDescent() {
        assertTrue(OptimizerSpec.sgd(0.1).isPlainGradientDescent());
        assertTrue(new OptimizerSpec("sgd", 0.1, 0.0, null, null, null).isPlainGradientDescent());
        OptimizerSpec heavy = new OptimizerSpec("sgd", 0.1, 0.5, null, null, null);
        assertFalse(heavy.isPlainGradientDescent());
        assertTrue(heavy.isHeavyBall());
        assertEquals(0.5, heavy.effectiveMomentum());
        OptimizerSpec momentum = new OptimizerSpec("momentum", 0.1, null, null, null, null);
        assertTrue(momentum.isHeavyBall());
        assertEquals(0.9, momentum.effectiveMomentum());                 // torch's default for momentum
        OptimizerSpec nesterov = new OptimizerSpec("nesterov", 0.1, null, null, null, null);
        assertFalse(nesterov.isHeavyBall());
        assertEquals(0.9, nesterov.effectiveMomentum());
        assertFalse(OptimizerSpec.sgd(0.1).isHeavyBall());
        assertFalse(new OptimizerSpec("adam", 0.1, null, null, null, null).isHeavyBall());
        assertEquals(0.0, new OptimizerSpec("adam", 0.1, null, null, null, null).effectiveMomentum());
    }
}
