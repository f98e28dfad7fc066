package org.hyperlab.core.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.hyperlab.core.tensor.runtime.Parallel;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;

/** Test helper: a product pair must give the same bits on 1, 2 and 3 threads. */
public final class ThreadIdentity {
    private ThreadIdentity() {
    }

    /**
     * Runs {@code X·W} (m×n) and {@code Xᵀ·G} (k×n) with 1, 2 and 3 threads and asserts bit-identical results; the
     * caller restores the thread count.
     */
    public static void assertProductsSameForOneToThreeThreads(Matrix x, Matrix w, Matrix g, String label) {
        int m = x.rows(), k = x.cols(), n = w.cols();
        float[][] forward = new float[3][], backward = new float[3][];
        for (int t = 1; t <= 3; t++) {
            Parallel.setThreads(t);
            FloatMatrix z = new FloatMatrix(m, n), dw = new FloatMatrix(k, n);
            Kernels.matmul(x, w, z, false);
            Kernels.matmulTransA(x, g, dw, false);
            forward[t - 1] = z.data();
            backward[t - 1] = dw.data();
        }
        for (int t = 1; t < 3; t++) {
            assertArrayEquals(forward[0], forward[t], 0f, label + " forward, " + (t + 1) + " threads");
            assertArrayEquals(backward[0], backward[t], 0f, label + " backward, " + (t + 1) + " threads");
        }
    }
}
