package org.hyperlab.core.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.optim.Optimizer;
import org.hyperlab.core.optim.Optimizers;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every optimizer against {@code torch.optim} ({@code golden/optimizers.json}): a 2x3 parameter stepped 10 times
 * with the gradient g(θ) = θ·θ·θ − a·θ + c of Σ ¼θ⁴ − ½aθ² + cθ (so each gradient depends on the current
 * parameters and every state variable matters). Each optimizer is built by {@link Optimizers#create} from
 * PyTorch's own hyperparameter names and values as recorded in the fixture (defaults filled in by torch).
 *
 * <p>float64: elementwise within 1e-12 relative (with a floor of 1e-12 of the tensor's largest magnitude for
 * elements passing near 0). float32: PyTorch does every operation in float32 while hyperlab computes each update
 * in double and rounds once when storing, so the two differ by float32 rounding (2⁻²⁴ ≈ 6e-8 relative per
 * operation) carried through 10 steps. Observed: at most 2 float32 ulps (2.4e-7 on elements near 1.8); the bound,
 * 1e-6 of the tensor's largest magnitude, is about 8 ulps, far below the effect of any hyperparameter tested.
 */
class OptimizerGoldenTest {
    private static final Fixture FIXTURE = Fixture.load("optimizers.json");
    private static final double FLOAT32_TOLERANCE = 1e-6;

    @TestFactory
    Stream<DynamicTest> float64TrajectoriesMatchTorch() {
        return FIXTURE.get("cases").list().stream().map(c -> DynamicTest.dynamicTest(c.get("name").string(),
                () -> check(c, Precision.FLOAT64, Close.FLOAT64, Close.FLOAT64)));
    }

    @TestFactory
    Stream<DynamicTest> float32TrajectoriesMatchTorchWithinFloat32Rounding() {
        return FIXTURE.get("cases").list().stream().map(c -> DynamicTest.dynamicTest(c.get("name").string(),
                () -> check(c, Precision.FLOAT32, 0.0, FLOAT32_TOLERANCE)));
    }

    @Test
    void fixtureCoversEveryAlgorithmAndOption() {
        List<String> names = FIXTURE.get("cases").list().stream().map(c -> c.get("name").string()).toList();
        for (String required : List.of("sgd", "sgd-momentum", "sgd-momentum-dampening", "sgd-nesterov",
                "sgd-weight-decay", "adagrad", "rmsprop", "rmsprop-momentum", "rmsprop-centered", "adam", "adamw")) {
            assertTrue(names.contains(required), "fixture lacks " + required + ": " + names);
        }
        assertEquals(10, FIXTURE.get("steps").integer());
        assertFalse(FIXTURE.get("torch_version").string().isBlank());
    }

    private static void check(Fixture c, Precision precision, double rel, double scaleTolerance) {
        String key = precision == Precision.FLOAT64 ? "float64" : "float32";
        Parameter theta = TorchOptimizers.initialParameter(FIXTURE, precision);
        Optimizer optimizer = TorchOptimizers.create(c, theta);
        List<Fixture> steps = c.get(key).list();
        for (int k = 0; k < steps.size(); k++) {
            optimizer.zeroGrad();
            TorchOptimizers.setGradient(FIXTURE, theta);
            optimizer.step();
            double[] expected = Close.flat(steps.get(k).matrix());
            Close.assertClose(c.get("name").string() + " " + key + " step " + (k + 1), expected,
                    theta.value().toFlatArray(), rel, scaleTolerance * Close.maxAbs(expected));
        }
    }
}
