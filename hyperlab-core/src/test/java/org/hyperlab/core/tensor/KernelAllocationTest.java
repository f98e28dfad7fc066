package org.hyperlab.core.tensor;

import org.hyperlab.core.tensor.simd.FloatArrays;
import org.hyperlab.core.tensor.simd.FloatKernels;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.hyperlab.core.testing.Allocations;
import org.junit.jupiter.api.Test;

/**
 * Once compiled, the float32 kernels of a training step allocate nothing per call. With the Vector API an allocation
 * there means the JIT boxed a vector (a {@code Float512Vector} and its array, ~96 bytes each, e.g. a vector passed
 * to a method it did not inline), which is also 3-4x slower; a capturing lambda per call costs 40-64 bytes. The
 * bound, 16 bytes per call, is below both; calls are repeated (see {@link Allocations}) so a kernel the JIT has not
 * compiled yet does not fail the test. No timing is asserted.
 */
class KernelAllocationTest {
    private static final double BOUND = 16;
    private final SplittableRandom rng = new SplittableRandom(5);

    private float[] random(int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (rng.nextDouble() * 8 - 4);
        }
        return x;
    }

    private static void assertAllocationFree(String kernel, Runnable body) {
        double bytes = Allocations.leastBytesPerCall(body, 30, 3_000);
        assertTrue(bytes <= BOUND, kernel + " allocates " + bytes + " bytes per call once warmed up");
    }

    @Test
    void stepKernelsAllocateNothingPerCall() {
        assumeTrue(Allocations.countable());
        FloatKernels f = Kernels.floatKernels();
        int rows = 32, in = 48, hidden = 32, classes = 10;
        float[] x = random(rows * in), w1 = random(in * hidden), w2 = random(hidden * classes);
        float[] h = new float[rows * hidden], z = new float[rows * classes], y = new float[rows * classes];
        float[] dz = new float[rows * classes], dh = random(rows * hidden), dw1 = new float[in * hidden];
        float[] dw2 = new float[hidden * classes];
        for (int r = 0; r < rows; r++) {
            y[r * classes + rng.nextInt(classes)] = 1f;
        }
        assertAllocationFree("matmul (panel)", () -> f.matmul(x, w1, h, rows, in, hidden, false));
        assertAllocationFree("matmul (dot products)", () -> f.matmul(h, w2, z, rows, hidden, classes, false));
        assertAllocationFree("softmaxCrossEntropy", () -> FloatArrays.softmaxCrossEntropy(f, z, y, dz, rows, classes));
        assertAllocationFree("matmulTransA (narrow)", () -> f.matmulTransA(h, dz, dw2, hidden, rows, classes, false));
        assertAllocationFree("matmulTransB", () -> f.matmulTransB(dz, w2, dh, rows, classes, hidden, false));
        assertAllocationFree("matmulTransA (panel)", () -> f.matmulTransA(x, dh, dw1, in, rows, hidden, false));
        assertAllocationFree("relu", () -> f.relu(h, h, h.length));
        assertAllocationFree("reluBackward", () -> f.reluBackward(h, dh, dh, h.length));
        double[] sums = new double[hidden];
        assertAllocationFree("addColumnSums (wide)", () -> f.addColumnSums(dh, rows, hidden, sums));
        assertAllocationFree("addColumnSums (narrow)", () -> f.addColumnSums(dz, rows, classes, sums));
        float[] bias = random(hidden);
        assertAllocationFree("addRow", () -> f.addRow(h, rows, hidden, bias));
        float[] m = new float[w1.length], v = new float[w1.length];
        assertAllocationFree("adam", () -> f.adam(w1, dw1, m, v, w1.length, 0.9f, 0.1f, 0.999f, 0.001f, -1e-6f, 0.03f,
                1e-8f, 1f));
    }
}
