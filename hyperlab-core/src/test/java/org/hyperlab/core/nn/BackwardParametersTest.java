package org.hyperlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.Matrix;
import org.hyperlab.core.tensor.Precision;
import org.junit.jupiter.api.Test;

/** {@link Layer#backwardParameters} gives the same parameter gradients as a full backward pass. */
class BackwardParametersTest {
    private static Matrix random(Precision p, int r, int c, SplittableRandom rng) {
        Matrix m = p.zeros(r, c);
        for (int i = 0; i < m.size(); i++) {
            m.set(i, rng.nextDouble() * 2 - 1);
        }
        return m;
    }

    private static Sequential model(Precision p, Matrix x) {
        return new Sequential(Input.zScoring().fit(x), new FullyConnected(7, 5, 3, p), new ReLU(),
                new FullyConnected(5, 3, 4, p));
    }

    @Test
    void parameterGradientsMatchTheFullBackwardPass() {
        for (Precision p : Precision.values()) {
            SplittableRandom rng = new SplittableRandom(11);
            Matrix x = random(p, 6, 7, rng), g = random(p, 6, 3, rng);
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
                Matrix x = random(p, 9, 33, rng), shift = random(sp, 1, 33, rng), scale = random(sp, 1, 33, rng);
                Matrix expected = x.copy(), actual = x.zerosLike();
                Kernels.addRowVectorInPlace(expected, shift);
                Kernels.multiplyRowVectorInPlace(expected, scale);
                Kernels.shiftScaleColumns(x, shift, scale, actual);
                assertArrayEquals(expected.toFlatArray(), actual.toFlatArray(), 0.0, p + "/" + sp);
            }
        }
    }
}
