package org.hyperlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.hyperlab.core.init.Constant;
import org.hyperlab.core.init.XavierUniform;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FullyConnectedTest {
    // X (2x2), W (2x3), b (1x3); values small integers so float32 is exact too.
    private static final double[][] X = {{1, 2}, {3, -1}};
    private static final double[][] W = {{1, 0, -1}, {2, 1, 0}};
    private static final double[] B = {0.5, -1, 2};

    @ParameterizedTest
    @EnumSource(Precision.class)
    void forwardIsXTimesWPlusB(Precision p) {
        FullyConnected fc = FullyConnected.of(Matrix.of(p, W), Matrix.row(p, B));
        Matrix z = fc.forward(Matrix.of(p, X));
        // row 0: [1*1+2*2, 1*0+2*1, 1*-1+2*0] + b = [5.5, 1, 1]; row 1: [3-2, -1, -3] + b = [1.5, -2, -1]
        assertArrayEquals(new double[] {5.5, 1, 1, 1.5, -2, -1}, z.toFlatArray(), 0.0);
        assertEquals(p, z.precision());
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void backwardGivesXtG_columnSums_andGWt(Precision p) {
        FullyConnected fc = FullyConnected.of(Matrix.of(p, W), Matrix.row(p, B));
        fc.forward(Matrix.of(p, X));
        Matrix g = Matrix.of(p, new double[][] {{1, 0, 2}, {-1, 1, 0}});
        Matrix dx = fc.backward(g);
        // dW = Xᵀ g: [[1*1+3*-1, 0+3, 2+0], [2*1+(-1)(-1), 0-1, 4+0]] = [[-2,3,2],[3,-1,4]]
        assertArrayEquals(new double[] {-2, 3, 2, 3, -1, 4}, fc.weight().grad().toFlatArray(), 0.0);
        assertArrayEquals(new double[] {0, 1, 2}, fc.bias().grad().toFlatArray(), 0.0);
        // dX = g Wᵀ: row0 [1*1+0*0+2*-1, 1*2+0+0] = [-1, 2]; row1 [-1+0+0, -2+1+0] = [-1, -1]
        assertArrayEquals(new double[] {-1, 2, -1, -1}, dx.toFlatArray(), 0.0);
        // gradients accumulate (+=) over a second backward
        fc.backward(g);
        assertArrayEquals(new double[] {-4, 6, 4, 6, -2, 8}, fc.weight().grad().toFlatArray(), 0.0);
    }

    @Test
    void outputBufferIsReusedForSameBatchSizeOnly() {
        FullyConnected fc = new FullyConnected(2, 3, 7L, Precision.FLOAT32);
        Matrix first = fc.forward(Matrix.of(Precision.FLOAT32, X));
        Matrix second = fc.forward(Matrix.of(Precision.FLOAT32, X));
        assertSame(first, second);
        Matrix third = fc.forward(Precision.FLOAT32.zeros(5, 2));
        assertEquals("5x3", third.shape());
    }

    @Test
    void seededConstructionIsReproducibleAndBiasDefaultsToZero() {
        FullyConnected a = new FullyConnected(4, 3, 42L, Precision.FLOAT64);
        FullyConnected b = new FullyConnected(4, 3, 42L, Precision.FLOAT64);
        assertArrayEquals(a.weight().value().toFlatArray(), b.weight().value().toFlatArray(), 0.0);
        assertArrayEquals(new double[3], a.bias().value().toFlatArray(), 0.0);
        assertEquals("4x3", a.weight().value().shape());
        double bound = Math.sqrt(6.0 / 7.0);
        for (double w : a.weight().value().toFlatArray()) {
            assertTrue(Math.abs(w) <= bound, "weight " + w + " outside ±" + bound);
        }
    }

    @Test
    void biasCanBeInitializedWithXavierUsingFanIn1() {
        FullyConnected fc = new FullyConnected(50, 3, new XavierUniform(), new XavierUniform(),
                new SplittableRandom(1), Precision.FLOAT64);
        double biasBound = Math.sqrt(6.0 / (1 + 3));
        boolean someAboveWeightBound = false;
        for (double v : fc.bias().value().toFlatArray()) {
            assertTrue(Math.abs(v) <= biasBound);
            someAboveWeightBound |= Math.abs(v) > Math.sqrt(6.0 / 53);
        }
        assertTrue(someAboveWeightBound, "bias drawn with the weight's fans, not the 1 x out rule");
        fc = new FullyConnected(2, 2, new Constant(0.25), new Constant(-1), new SplittableRandom(1), Precision.FLOAT64);
        assertArrayEquals(new double[] {-1, -1}, fc.bias().value().toFlatArray(), 0.0);
    }

    @Test
    void wrongInputWidthNamesBothShapes() {
        FullyConnected fc = new FullyConnected(3, 2, 1L, Precision.FLOAT64);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fc.forward(Precision.FLOAT64.zeros(4, 5)));
        assertTrue(e.getMessage().contains("4x5") && e.getMessage().contains("expected 3"), e.getMessage());
    }
}
