package org.hyperlab.core.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

class SoftmaxCrossEntropyTest {
    private static final Precision P = Precision.FLOAT64;

    @Test
    void equalLogitsGiveLogOfClassCount() {
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        double j = loss.forward(Matrix.of(P, new double[][] {{0, 0, 0, 0}, {5, 5, 5, 5}}),
                Matrix.of(P, new double[][] {{1, 0, 0, 0}, {0, 0, 0, 1}}));
        assertEquals(Math.log(4), j, 1e-15);
        // (P − Y)/N with P = 1/4 everywhere and N = 2
        assertArrayEquals(new double[] {-0.375, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125, -0.375},
                loss.backward().toFlatArray(), 1e-15);
    }

    @Test
    void twoClassValueMatchesSoftplus() {
        // logits [a, 0] with target class 1: J = −log(1/(1+e^a)) = log(1 + e^a)
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        double a = 1.5;
        double j = loss.forward(Matrix.row(P, a, 0), Matrix.row(P, 0, 1));
        assertEquals(Math.log1p(Math.exp(a)), j, 1e-15);
        double p = 1 / (1 + Math.exp(-a));
        assertArrayEquals(new double[] {p, -p}, loss.backward().toFlatArray(), 1e-15);
    }

    @Test
    void hugeLogitsStayFinite() {
        for (Precision precision : Precision.values()) {
            SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
            // the target class has probability e^-2000: J = 2000 exactly (in the limit), no infinity or NaN
            double j = loss.forward(Matrix.row(precision, 1000, -1000), Matrix.row(precision, 0, 1));
            assertEquals(2000.0, j, 1e-9);
            assertArrayEquals(new double[] {1, -1}, loss.backward().toFlatArray(), 0.0);
            j = loss.forward(Matrix.row(precision, 1000, -1000), Matrix.row(precision, 1, 0));
            assertEquals(0.0, j, 0.0);
            assertTrue(loss.backward().allFinite());
        }
    }
}
