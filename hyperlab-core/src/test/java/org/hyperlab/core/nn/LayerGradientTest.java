package org.hyperlab.core.nn;

import java.util.SplittableRandom;
import org.hyperlab.core.init.XavierUniform;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.testing.GradientChecker;
import org.hyperlab.core.testing.RandomMatrices;
import org.hyperlab.core.testing.TestSeeds;
import org.junit.jupiter.api.Test;

/** Every layer's backward against central differences, on fresh random shapes and values (seed in failures). */
class LayerGradientTest {
    private static final int CASES = 5;
    private static final Precision P = Precision.FLOAT64;

    @Test
    void fullyConnected() {
        check("FullyConnected", (random, in) -> new FullyConnected(in, RandomMatrices.size(random, 6),
                new XavierUniform(), new XavierUniform(), random, P), Inputs.UNIFORM);
    }

    @Test
    void sequentialOfFullyConnectedLayers() {
        check("Sequential", (random, in) -> {
            int hidden = RandomMatrices.size(random, 5);
            return new Sequential(
                    new FullyConnected(in, hidden, new XavierUniform(), new XavierUniform(), random, P),
                    new FullyConnected(hidden, RandomMatrices.size(random, 4), new XavierUniform(), new XavierUniform(), random, P));
        }, Inputs.UNIFORM);
    }

    @Test
    void softmaxThroughItsJacobian() {
        check("Softmax", (random, in) -> new Softmax(), Inputs.UNIFORM, 2); // one column: constant 1
    }

    @Test
    void reluAwayFromItsKink() {
        check("ReLU", (random, in) -> new ReLU(), Inputs.AWAY_FROM_ZERO);
    }

    @Test
    void logisticSigmoid() {
        check("LogisticSigmoid", (random, in) -> new LogisticSigmoid(), Inputs.UNIFORM);
    }

    @Test
    void tanh() {
        check("Tanh", (random, in) -> new Tanh(), Inputs.UNIFORM);
    }

    @Test
    void linear() {
        check("Linear", (random, in) -> new Linear(), Inputs.UNIFORM);
    }

    @Test
    void inputZScoringFittedOnOtherDataIncludingAConstantFeature() {
        check("Input", (random, in) -> {
            Matrix training = RandomMatrices.uniform(random, 7, in, -3, 5);
            for (int r = 0; r < training.rows(); r++) {
                training.set(r, 0, 2.5); // feature 0 is constant: σ taken as 1
            }
            return Input.zScoring().fit(training);
        }, Inputs.UNIFORM);
        check("Input(identity)", (random, in) -> Input.identity(), Inputs.UNIFORM);
    }

    @Test
    void wholeNetwork() {
        check("Network", (random, in) -> {
            int hidden = RandomMatrices.size(random, 5);
            return new Sequential(
                    Input.zScoring().fit(RandomMatrices.uniform(random, 6, in, -1, 3)),
                    new FullyConnected(in, hidden, new XavierUniform(), new XavierUniform(), random, P),
                    new Tanh(),
                    new FullyConnected(hidden, hidden, new XavierUniform(), new XavierUniform(), random, P),
                    new LogisticSigmoid(),
                    new FullyConnected(hidden, 1 + RandomMatrices.size(random, 4), new XavierUniform(), new XavierUniform(), random, P),
                    new Linear(),
                    new Softmax());
        }, Inputs.UNIFORM);
    }

    /** How a case's input is drawn. */
    enum Inputs { UNIFORM, AWAY_FROM_ZERO }

    /** Builds a layer for a case, given its random source and input width. */
    interface Factory {
        Layer create(SplittableRandom random, int inputs);
    }

    static void check(String name, Factory factory, Inputs inputs) {
        check(name, factory, inputs, 1);
    }

    static void check(String name, Factory factory, Inputs inputs, int minCols) {
        long seed = TestSeeds.fresh();
        SplittableRandom random = new SplittableRandom(seed);
        for (int c = 0; c < CASES; c++) {
            int rows = RandomMatrices.size(random, 5);
            int cols = minCols - 1 + RandomMatrices.size(random, 6);
            Layer layer = factory.create(random, cols);
            Matrix x = inputs == Inputs.UNIFORM
                    ? RandomMatrices.uniform(random, rows, cols, -2, 2)
                    : RandomMatrices.awayFromZero(random, rows, cols, 1e-3, 2);
            if (inputs == Inputs.AWAY_FROM_ZERO) {
                x.set(0, Math.abs(x.get(0))); // at least one active unit, so the check is never all zeros
            }
            int outCols = layer.forward(x).cols();
            Matrix upstream = RandomMatrices.uniform(random, rows, outCols, -1, 1);
            GradientChecker.checkLayer(layer, x, upstream, name + " case " + c + ", " + TestSeeds.describe(seed));
        }
    }

}
