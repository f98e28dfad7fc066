package org.hyperlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.testing.RandomMatrices;
import org.junit.jupiter.api.Test;

/** {@link Layer#backwardParameters} gives the same parameter gradients as a full backward pass. */
class BackwardParametersTest {
    private static Sequential model(Precision p, Matrix x) {
        return new Sequential(Input.zScoring().fit(x), new FullyConnected(7, 5, 3, p), new ReLU(),
                new FullyConnected(5, 3, 4, p));
    }

    @Test
    void parameterGradientsMatchTheFullBackwardPass() {
        for (Precision p : Precision.values()) {
            SplittableRandom rng = new SplittableRandom(11);
            Matrix x = RandomMatrices.uniform(p, rng, 6, 7, -1, 1), g = RandomMatrices.uniform(p, rng, 6, 3, -1, 1);
            Sequential full = model(p, x), partial = model(p, x);
            full.forward(x);
            full.backward(g);
            partial.forward(x);
            partial.backwardParameters(g);
            for (int i = 0; i < full.parameters().size(); i++) {
                assertArrayEquals(full.parameters().get(i).grad().toFlatArray(),
                        partial.parameters().get(i).grad().toFlatArray(), 0.0, p + " parameter " + i);
            }
        }
    }

    @Test
    void shiftScaleColumnsEqualsAddThenMultiply() {
        SplittableRandom rng = new SplittableRandom(5);
        for (Precision p : Precision.values()) {
            for (Precision sp : Precision.values()) {
                Matrix x = RandomMatrices.uniform(p, rng, 9, 33, -1, 1), shift = RandomMatrices.uniform(sp, rng, 1, 33, -1, 1),
                        scale = RandomMatrices.uniform(sp, rng, 1, 33, -1, 1);
                Matrix expected = x.copy(), actual = x.zerosLike();
                Kernels.addRowVectorInPlace(expected, shift);
                Kernels.multiplyRowVectorInPlace(expected, scale);
                Kernels.shiftScaleColumns(x, shift, scale, actual);
                assertArrayEquals(expected.toFlatArray(), actual.toFlatArray(), 0.0, p + "/" + sp);
            }
        }
    }
}
