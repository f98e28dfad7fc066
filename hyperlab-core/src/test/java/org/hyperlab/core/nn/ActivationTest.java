package org.hyperlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Values of the activations at points where they are known exactly, and their derivatives there. */
class ActivationTest {
    private static final Precision P = Precision.FLOAT64;

    @ParameterizedTest
    @EnumSource(Precision.class)
    void reluClampsNegativesAndPassesGradientOnlyWhereActive(Precision p) {
        ReLU relu = new ReLU();
        Matrix y = relu.forward(Matrix.row(p, -2, 0, 3, -0.5));
        assertArrayEquals(new double[] {0, 0, 3, 0}, y.toFlatArray(), 0.0);
        Matrix dz = relu.backward(Matrix.row(p, 5, 5, 5, 5));
        assertArrayEquals(new double[] {0, 0, 5, 0}, dz.toFlatArray(), 0.0);
    }

    @Test
    void sigmoidKnownValuesAndDerivative() {
        LogisticSigmoid s = new LogisticSigmoid();
        double ln3 = Math.log(3);
        // σ(0) = 1/2, σ(ln 3) = 3/4, σ(−ln 3) = 1/4; σ' = σ(1 − σ): 1/4, 3/16, 3/16
        Matrix y = s.forward(Matrix.row(P, 0, ln3, -ln3));
        assertArrayEquals(new double[] {0.5, 0.75, 0.25}, y.toFlatArray(), 1e-15);
        Matrix dz = s.backward(Matrix.row(P, 1, 1, 2));
        assertArrayEquals(new double[] {0.25, 3.0 / 16, 6.0 / 16}, dz.toFlatArray(), 1e-15);
    }

    @Test
    void sigmoidSaturatesWithoutOverflow() {
        Matrix y = new LogisticSigmoid().forward(Matrix.row(P, -1000, 1000, -745, 40));
        assertTrue(y.allFinite());
        assertArrayEquals(new double[] {0, 1}, new double[] {y.get(0), y.get(1)}, 0.0);
        assertTrue(y.get(2) > 0 && y.get(2) < 1e-300);
    }

    @Test
    void tanhKnownValuesAndDerivative() {
        Tanh t = new Tanh();
        double z = Math.log(2); // tanh(ln 2) = (2 − 1/2)/(2 + 1/2) = 3/5, derivative 1 − 9/25 = 16/25
        Matrix y = t.forward(Matrix.row(P, 0, z, -z));
        assertArrayEquals(new double[] {0, 0.6, -0.6}, y.toFlatArray(), 1e-15);
        assertArrayEquals(new double[] {1, 16.0 / 25, 32.0 / 25}, t.backward(Matrix.row(P, 1, 1, 2)).toFlatArray(), 1e-15);
    }

    @Test
    void linearIsTheIdentity() {
        Matrix x = Matrix.row(P, 1, -2);
        Linear linear = new Linear();
        assertSame(x, linear.forward(x));
        Matrix g = Matrix.row(P, 3, 4);
        assertSame(g, linear.backward(g));
    }

    @Test
    void backwardBeforeForwardIsAnError() {
        assertThrows(IllegalStateException.class, () -> new Tanh().backward(Matrix.row(P, 1)));
        assertThrows(IllegalStateException.class, () -> new Softmax().backward(Matrix.row(P, 1)));
    }
}
