package org.hyperlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.hyperlab.core.init.Zeros;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;

/**
 * What the layers refuse, in their own words (a Jacobian row outside the batch, a layer of size zero), ReLU's
 * float64 path, and the sizes and names they report. Shape mismatches are left out on purpose: making
 * {@code Matrix.requireSameShape} throw in this JVM changes how the JIT compiles the training step, and
 * {@code StepAllocationTest} then measures 128 bytes per step.
 */
class LayerRefusalsTest {
    private static final Precision P = Precision.FLOAT64;
    private static final Matrix BATCH = Matrix.of(P, new double[][] {{-1, 0, 2}, {3, -4, 5}});

    private static String refusal(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void reluPassesTheGradientWhereTheInputIsPositiveOnly() {
        ReLU relu = new ReLU();
        assertArrayEquals(new double[] {0, 0, 2, 3, 0, 5}, relu.forward(BATCH).toFlatArray());
        Matrix ones = Matrix.of(P, new double[][] {{1, 1, 1}, {1, 1, 1}});
        assertArrayEquals(new double[] {0, 0, 1, 1, 0, 1}, relu.backward(ones).toFlatArray());   // 0 at the kink z = 0
    }

    @Test
    void softmaxRefusesJacobianRowsOutsideTheBatch() {
        Softmax softmax = new Softmax();
        softmax.forward(BATCH);
        assertEquals("Softmax: row 2 outside 0..1", refusal(() -> softmax.jacobian(2)));
        assertEquals("Softmax: row -1 outside 0..1", refusal(() -> softmax.jacobian(-1)));
        assertEquals(3, softmax.jacobian(1).rows());
    }

    @Test
    void fullyConnectedNeedsPositiveSizes() {
        SplittableRandom random = new SplittableRandom(1);
        assertEquals("FullyConnected: sizes must be positive, got 0 -> 3",
                refusal(() -> new FullyConnected(0, 3, new Zeros(), new Zeros(), random, P)));
        assertEquals("FullyConnected: sizes must be positive, got 2 -> 0",
                refusal(() -> new FullyConnected(2, 0, new Zeros(), new Zeros(), random, P)));
        FullyConnected smallest = new FullyConnected(1, 1, new Zeros(), new Zeros(), random, P);
        assertEquals(1, smallest.inputs());
        FullyConnected fc = new FullyConnected(2, 3, new Zeros(), new Zeros(), random, P);
        assertEquals(2, fc.inputs());
        assertEquals(3, fc.outputs());
    }

    @Test
    void theIdentityLayerIsNamedLinear() {
        assertEquals("Linear", new Linear().describe());
    }
}
