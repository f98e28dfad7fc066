package org.hyperlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

class SequentialTest {
    private static final Precision P = Precision.FLOAT64;

    @Test
    void chainsForwardAndBackwardAndConcatenatesParameters() {
        // f(x) = (x·2 + 1)·3 − 1 = 6x + 2 with 1x1 layers
        FullyConnected first = FullyConnected.of(Matrix.row(P, 2), Matrix.row(P, 1));
        FullyConnected second = FullyConnected.of(Matrix.row(P, 3), Matrix.row(P, -1));
        Sequential model = new Sequential(first, second);
        Matrix out = model.forward(Matrix.of(P, new double[][] {{1}, {-2}}));
        assertArrayEquals(new double[] {8, -10}, out.toFlatArray(), 0.0);
        Matrix dx = model.backward(Matrix.of(P, new double[][] {{1}, {1}}));
        assertArrayEquals(new double[] {6, 6}, dx.toFlatArray(), 0.0);
        assertEquals(4, model.parameters().size());
        assertEquals(first.weight(), model.parameters().get(0));
        assertEquals(second.bias(), model.parameters().get(3));
        // ∂/∂W2 = Σ h = (3) + (-3) = 0; ∂/∂W1 = Σ 3·x = 3 − 6 = −3
        assertArrayEquals(new double[] {0}, second.weight().grad().toFlatArray(), 0.0);
        assertArrayEquals(new double[] {-3}, first.weight().grad().toFlatArray(), 0.0);
        assertEquals("Sequential[FullyConnected(1 -> 1) -> FullyConnected(1 -> 1)]", model.describe());
    }
}
