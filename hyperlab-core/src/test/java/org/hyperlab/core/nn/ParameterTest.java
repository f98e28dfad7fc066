package org.hyperlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

/** Lazy gradient zeroing: a zeroed gradient reads as zero, and the first writer is told to overwrite it. */
class ParameterTest {
    @Test
    void zeroedGradientReadsAsZeroAndTheFirstWriterOverwrites() {
        Parameter p = new Parameter("w", Matrix.row(Precision.FLOAT32, 1, 2, 3));
        p.grad().set(1, 5.0);
        assertTrue(p.accumulateIntoGrad(), "not zeroed: add");
        p.zeroGrad();
        assertArrayEquals(new double[] {0, 0, 0}, p.grad().toFlatArray(), 0.0, "read after zeroGrad");
        p.grad().set(0, 4.0);
        p.zeroGrad();
        assertFalse(p.accumulateIntoGrad(), "zeroed and not cleared: overwrite");
        assertTrue(p.accumulateIntoGrad(), "written since: add");
    }

    @Test
    void twoBackwardPassesAfterZeroGradAddUpAndZeroGradStartsAfresh() {
        FullyConnected layer = FullyConnected.of(Matrix.of(Precision.FLOAT32, new double[][] {{1, 2}, {3, 4}}),
                Matrix.row(Precision.FLOAT32, 0, 0));
        Matrix x = Matrix.of(Precision.FLOAT32, new double[][] {{1, 1}});
        Matrix g = Matrix.of(Precision.FLOAT32, new double[][] {{1, -1}});
        layer.weight().grad().fillInPlace(7.0); // stale values that zeroGrad must hide
        layer.weight().zeroGrad();
        layer.bias().zeroGrad();
        for (int pass = 0; pass < 2; pass++) {
            layer.forward(x);
            layer.backwardParameters(g);
        }
        // ∂J/∂W = Σ Xᵀ·δZ = 2 · [[1, -1], [1, -1]], ∂J/∂b = 2 · [1, -1]
        assertArrayEquals(new double[] {2, -2, 2, -2}, layer.weight().grad().toFlatArray(), 0.0);
        assertArrayEquals(new double[] {2, -2}, layer.bias().grad().toFlatArray(), 0.0);
        layer.weight().zeroGrad();
        layer.forward(x);
        layer.backwardParameters(g);
        assertArrayEquals(new double[] {1, -1, 1, -1}, layer.weight().grad().toFlatArray(), 0.0);
    }
}
