package org.hyperlab.core.golden;

import java.util.stream.Stream;
import org.hyperlab.core.loss.Loss;
import org.hyperlab.core.loss.Losses;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Losses against PyTorch ({@code golden/losses.json}, {@code reduction='mean'}, gradients by autograd):
 * {@code F.cross_entropy} from logits (also with logits of ±1000) → {@code softmax-cross-entropy};
 * {@code F.nll_loss(log p)} on probabilities → {@code cross-entropy} (ε = 0); {@code F.binary_cross_entropy}
 * (hard, soft and saturated p ∈ {0, 1}, where PyTorch clamps) → {@code log-loss}; {@code F.mse_loss} →
 * {@code squared-error}. The fixture's inputs are exactly representable in float32, so both precisions see them.
 *
 * <p>float64: value and every gradient element within 1e-12 relative (floor: 1e-12 of the largest gradient
 * element, for entries like e⁻²⁰ next to 0.5). float32 against the same float64 values: the float32 kernels round
 * each operation to 2⁻²⁴ ≈ 6e-8 relative, so 1e-6 relative (floor 1e-6 of the largest element) is a few ulps.
 *
 * <p>One looser bound: where p·(1 − p) falls below the clamp (p exactly 0 or 1), PyTorch 1.13's float64 BCE
 * gradient divides by 1e-12 rounded to float32 (9.99999996e-13; the fixture's −2.500000009989507e11 for N = 4 is
 * −1/(4·9.99999996e-13)), while hyperlab uses the documented 1e-12 exactly: a 4e-9 relative difference, allowed
 * (1e-8) for that case's gradient only.
 */
class LossGoldenTest {
    private static final Fixture FIXTURE = Fixture.load("losses.json");
    private static final double FLOAT32 = 1e-6;
    private static final double FLOAT32_CLAMP = 1e-8;

    @TestFactory
    Stream<DynamicTest> float64MatchesTorch() {
        return cases(Precision.FLOAT64, Close.FLOAT64);
    }

    @TestFactory
    Stream<DynamicTest> float32MatchesTorchWithinFloat32Rounding() {
        return cases(Precision.FLOAT32, FLOAT32);
    }

    private static Stream<DynamicTest> cases(Precision precision, double tolerance) {
        return FIXTURE.get("cases").list().stream().map(c -> DynamicTest.dynamicTest(c.get("name").string(), () -> {
            String name = c.get("name").string() + " " + precision;
            Loss loss = Losses.byName(c.get("loss").string());
            Matrix prediction = Matrix.of(precision, c.get("prediction").matrix());
            Matrix target = Matrix.of(precision, c.get("target").matrix());
            double value = loss.forward(prediction, target);
            Close.assertClose(name + " value", c.get("value").number(), value, tolerance, 0.0);
            double[] expected = Close.flat(c.get("gradient").matrix());
            double gradientTolerance = c.get("name").string().equals("bce-saturated")
                    ? Math.max(tolerance, FLOAT32_CLAMP) : tolerance;
            Close.assertClose(name + " gradient", expected, loss.backward().toFlatArray(), gradientTolerance,
                    tolerance * Close.maxAbs(expected));
        }));
    }
}
