package org.hyperlab.core.nn;

import java.util.SplittableRandom;
import org.hyperlab.core.init.XavierUniform;
import org.hyperlab.core.tensor.Matrix;
import org.hyperlab.core.tensor.Precision;
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

    /** How a case's input is drawn. */
    enum Inputs { UNIFORM, AWAY_FROM_ZERO }

    /** Builds a layer for a case, given its random source and input width. */
    interface Factory {
        Layer create(SplittableRandom random, int inputs);
    }

    static void check(String name, Factory factory, Inputs inputs) {
        long seed = TestSeeds.fresh();
        SplittableRandom random = new SplittableRandom(seed);
        for (int c = 0; c < CASES; c++) {
            int rows = RandomMatrices.size(random, 5);
            int cols = RandomMatrices.size(random, 6);
            Layer layer = factory.create(random, cols);
            Matrix x = inputs == Inputs.UNIFORM
                    ? RandomMatrices.uniform(random, rows, cols, -2, 2)
                    : RandomMatrices.awayFromZero(random, rows, cols, 1e-3, 2);
            int outCols = layer.forward(x).cols();
            Matrix upstream = RandomMatrices.uniform(random, rows, outCols, -1, 1);
            GradientChecker.checkLayer(layer, x, upstream, name + " case " + c + ", " + TestSeeds.describe(seed));
        }
    }

}
