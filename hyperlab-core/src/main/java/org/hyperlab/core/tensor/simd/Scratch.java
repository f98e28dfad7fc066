package org.hyperlab.core.tensor.simd;

/**
 * Per-thread reusable work arrays for kernels (transposed operands), grown on demand and never shrunk, so the
 * training loop allocates nothing after its first batch. A kernel may hold at most one array of each slot.
 */
public final class Scratch {
    private static final ThreadLocal<float[][]> FLOATS = ThreadLocal.withInitial(() -> new float[3][0]);

    private static final ThreadLocal<double[][]> DOUBLES = ThreadLocal.withInitial(() -> new double[1][0]);

    private static final ThreadLocal<int[]> INTS = ThreadLocal.withInitial(() -> new int[0]);

    private Scratch() {
    }

    /** A double array of at least {@code size} elements; contents are undefined. */
    public static double[] doubles(int size) {
        double[][] slot = DOUBLES.get();
        if (slot[0].length < size) {
            slot[0] = new double[size];
        }
        return slot[0];
    }

    /** An int array of at least {@code size} elements; contents are undefined. */
    static int[] ints(int size) {
        int[] a = INTS.get();
        if (a.length < size) {
            a = new int[size];
            INTS.set(a);
        }
        return a;
    }

    /** A float array of at least {@code size} elements for {@code slot} (0, 1 or 2); contents are undefined. */
    public static float[] floats(int slot, int size) {
        float[][] slots = FLOATS.get();
        if (slots[slot].length < size) {
            slots[slot] = new float[size];
        }
        return slots[slot];
    }

    /** {@code out[j·rows + i] = in[i·cols + j]}: the transpose of a rows×cols row-major array. */
    static void transpose(float[] in, int rows, int cols, float[] out) {
        final int t = 32;
        for (int i0 = 0; i0 < rows; i0 += t) {
            int i1 = Math.min(rows, i0 + t);
            for (int j0 = 0; j0 < cols; j0 += t) {
                int j1 = Math.min(cols, j0 + t);
                for (int i = i0; i < i1; i++) {
                    for (int j = j0; j < j1; j++) {
                        out[j * rows + i] = in[i * cols + j];
                    }
                }
            }
        }
    }
}
