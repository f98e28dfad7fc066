package org.hyperlab.core.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.hyperlab.core.init.XavierUniform;
import org.hyperlab.core.loss.Loss;
import org.hyperlab.core.loss.SoftmaxCrossEntropy;
import org.hyperlab.core.nn.FullyConnected;
import org.hyperlab.core.nn.Layer;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

/** The checker must reject deliberately broken backward passes, or it proves nothing. */
class GradientCheckerTest {
    private final long seed = TestSeeds.fresh();
    private final SplittableRandom random = new SplittableRandom(seed);
    private final String context = TestSeeds.describe(seed);

    @Test
    void acceptsACorrectLayer() {
        FullyConnected fc = layer();
        GradientChecker.checkLayer(fc, input(), upstream(), context);
    }

    @Test
    void rejectsAWrongSignOnTheInputGradient() {
        Layer broken = new Broken(layer(), dx -> Kernels.scaleInPlace(dx, -1.0), p -> { });
        AssertionError e = assertThrows(AssertionError.class,
                () -> GradientChecker.checkLayer(broken, input(), upstream(), context));
        assertTrue(e.getMessage().contains("input"), e.getMessage());
    }

    @Test
    void rejectsAParameterGradientOffByAFactor() {
        Layer broken = new Broken(layer(), dx -> { }, p -> Kernels.scaleInPlace(p.get(0).grad(), 1.01));
        AssertionError e = assertThrows(AssertionError.class,
                () -> GradientChecker.checkLayer(broken, input(), upstream(), context));
        assertTrue(e.getMessage().contains("parameter W"), e.getMessage());
    }

    @Test
    void rejectsAMissingBiasGradient() {
        Layer broken = new Broken(layer(), dx -> { }, p -> p.get(1).zeroGrad());
        AssertionError e = assertThrows(AssertionError.class,
                () -> GradientChecker.checkLayer(broken, input(), upstream(), context));
        assertTrue(e.getMessage().contains("parameter b"), e.getMessage());
    }

    @Test
    void rejectsALossGradientWithoutTheBatchMean() {
        SoftmaxCrossEntropy real = new SoftmaxCrossEntropy();
        Loss broken = new Loss() {
            @Override public double forward(Matrix prediction, Matrix target) { return real.forward(prediction, target); }

            @Override public Matrix backward() {
                Matrix g = real.backward();
                Kernels.scaleInPlace(g, 4.0); // as if ∂J/∂Z were (P − Y) instead of (P − Y)/N with N = 4
                return g;
            }

            @Override public String describe() { return "broken"; }
        };
        Matrix logits = RandomMatrices.uniform(random, 4, 3, -2, 2);
        Matrix targets = RandomMatrices.oneHotRows(random, 4, 3);
        GradientChecker.checkLoss(real, logits, targets, context);
        assertThrows(AssertionError.class, () -> GradientChecker.checkLoss(broken, logits, targets, context));
    }

    @Test
    void rejectsADegenerateCheck() {
        Layer constant = new Layer() {
            private final Matrix out = Precision.FLOAT64.zeros(2, 2);
            @Override public Matrix forward(Matrix input) { return out; }
            @Override public Matrix backward(Matrix gradOutput) { return Precision.FLOAT64.zeros(2, 2); }
            @Override public String describe() { return "constant"; }
        };
        AssertionError e = assertThrows(AssertionError.class, () -> GradientChecker.checkLayer(constant,
                Precision.FLOAT64.zeros(2, 2), Matrix.of(Precision.FLOAT64, new double[][] {{1, 1}, {1, 1}}), context));
        assertTrue(e.getMessage().contains("degenerate"), e.getMessage());
    }

    @Test
    void refusesFloat32() {
        Matrix x = Precision.FLOAT32.zeros(2, 3);
        assertThrows(IllegalArgumentException.class, () -> GradientChecker.checkLayer(layer(), x, upstream(), context));
    }

    private FullyConnected layer() {
        return new FullyConnected(3, 4, new XavierUniform(), new XavierUniform(), random, Precision.FLOAT64);
    }

    private Matrix input() { return RandomMatrices.uniform(random, 2, 3, -2, 2); }

    private Matrix upstream() { return RandomMatrices.uniform(random, 2, 4, -1, 1); }

    /** A layer whose backward is corrupted after the real one ran. */
    private static final class Broken implements Layer {
        private final Layer inner;
        private final Consumer<Matrix> corruptInputGradient;
        private final Consumer<List<Parameter>> corruptParameters;

        Broken(Layer inner, Consumer<Matrix> corruptInputGradient, Consumer<List<Parameter>> corruptParameters) {
            this.inner = inner;
            this.corruptInputGradient = corruptInputGradient;
            this.corruptParameters = corruptParameters;
        }

        @Override public Matrix forward(Matrix input) { return inner.forward(input); }

        @Override public Matrix backward(Matrix gradOutput) {
            Matrix dx = inner.backward(gradOutput);
            corruptInputGradient.accept(dx);
            corruptParameters.accept(inner.parameters());
            return dx;
        }

        @Override public List<Parameter> parameters() { return inner.parameters(); }

        @Override public String describe() { return "broken " + inner.describe(); }
    }
}
