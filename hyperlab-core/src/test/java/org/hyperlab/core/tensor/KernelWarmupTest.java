package org.hyperlab.core.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.junit.jupiter.api.Test;

/**
 * The warm-up must not change any state that affects numbers (its small rounds and its full-batch step, which uses the
 * thread pool): the same inputs give the same bits after it.
 */
class KernelWarmupTest {
    private static FloatMatrix filled(int rows, int cols, int salt) {
        FloatMatrix m = new FloatMatrix(rows, cols);
        float[] d = m.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) Math.cos(0.11 * i + salt);
        }
        return m;
    }

    private static float[][] step() {
        FloatMatrix x = filled(128, 784, 1);
        FloatMatrix w = filled(784, 10, 2);
        FloatMatrix z = new FloatMatrix(128, 10);
        Kernels.matmul(x, w, z, false);
        FloatMatrix y = new FloatMatrix(128, 10);
        for (int r = 0; r < 128; r++) {
            y.set(r * 10 + r % 10, 1.0);
        }
        FloatMatrix g = new FloatMatrix(128, 10);
        double loss = Kernels.softmaxCrossEntropy(z, y, g);
        FloatMatrix gw = new FloatMatrix(784, 10);
        Kernels.matmulTransA(x, g, gw, false);
        FloatMatrix dx = new FloatMatrix(128, 784);
        Kernels.matmulTransB(g, w, dx, false);
        return new float[][] {z.data(), g.data(), gw.data(), dx.data(), {(float) loss}};
    }

    @Test
    void sameBitsBeforeAndAfterTheWarmup() {
        float[][] before = step();
        KernelWarmup.runNow(KernelWarmup.FULL_BATCH_EVERY);   // including one full-batch step
        float[][] after = step();
        for (int i = 0; i < before.length; i++) {
            assertArrayEquals(before[i], after[i], "output " + i);
        }
    }
}
