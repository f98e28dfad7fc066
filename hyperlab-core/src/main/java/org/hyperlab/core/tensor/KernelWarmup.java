package org.hyperlab.core.tensor;

import org.hyperlab.core.tensor.runtime.KernelSettings;
import org.hyperlab.core.tensor.runtime.Parallel;
import org.hyperlab.core.tensor.simd.FloatKernels;
import org.hyperlab.core.tensor.simd.SimdPanel;
import org.hyperlab.core.tensor.sparse.SparseKernels;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * A one-off warm-up of the SIMD float32 kernels on a background daemon thread, started when {@link Kernels} is
 * first used. Until the JIT's top tier (C2) compiles them, Vector API kernels run a Java fallback 10–100× slower,
 * which made the first training epoch of every run several times slower than the next ones. The warm-up runs
 * every hot kernel, in each product layout the training shapes choose (dot products, panels, the transposed
 * Aᵀ·B, the sparse first-layer products in their narrow, padded and wide forms), plus softmax-cross-entropy, Adam,
 * ReLU, z-scoring, bias rows and column sums (narrow and wide rows) and the row gather, on small private arrays, so
 * C2 compiles them while the caller is still loading data; every {@link #FULL_BATCH_EVERY} rounds it also runs one
 * softmax-regression step on a full batch ({@link FullBatch}), whose branches small batches never take.
 *
 * <p>It touches no shared state that affects numbers: its inputs and outputs are its own arrays and it uses only
 * its own thread's {@link org.hyperlab.core.tensor.simd.Scratch}. The small rounds' products are too small to be split onto the {@link Parallel}
 * pool; the full-batch step splits its work when the pool is free, and a caller that finds the pool busy runs its
 * parts itself, with the same bits (the pool's contract).
 * The kernels give the same bits compiled or interpreted (see {@link org.hyperlab.core.tensor.simd.SimdMath}), so a run's results do not depend
 * on whether or when the warm-up finished. {@link KernelSettings#warmUpRounds} sets the number of rounds (0 disables it).
 */
final class KernelWarmup implements Runnable {
    /** Rounds of the whole kernel set ({@link KernelSettings#warmUpRounds}). */
    static final int ROUNDS = KernelSettings.warmUpRounds();

    /** One full-batch step ({@link FullBatch}) every this many rounds, the first at round {@code FULL_BATCH_EVERY − 1}. */
    static final int FULL_BATCH_EVERY = 64;

    private static final int ROWS = 16;
    private static final int IN = 288;
    private static final int HIDDEN = 80;
    private static final int OUT = 10;

    private static Thread thread;
    private static boolean declined;

    private final int rounds;

    private KernelWarmup(int rounds) {
        this.rounds = rounds;
    }

    /** Starts the warm-up thread once for a SIMD backend; does nothing for plain loops or with 0 rounds. */
    static synchronized void startFor(FloatKernels kernels) {
        if (!kernels.vectorized() || ROUNDS <= 0 || thread != null || declined) {
            return;
        }
        thread = new Thread(new KernelWarmup(ROUNDS), "hyperlab-kernel-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Makes every later {@link #startFor} start nothing (see {@link Kernels#declineWarmUp}). */
    static synchronized void decline() {
        declined = true;
    }

    /** Waits until the warm-up thread, if one was started, has finished. */
    static void await() {
        Thread t;
        synchronized (KernelWarmup.class) {
            t = thread;
        }
        if (t == null) {
            return;
        }
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs the warm-up on the calling thread (for tests and measurements). */
    static void runNow(int rounds) {
        new KernelWarmup(rounds).run();
    }

    private static FloatMatrix filled(int rows, int cols, int salt) {
        FloatMatrix m = new FloatMatrix(rows, cols);
        float[] d = m.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) Math.sin(0.37 * i + salt) * 0.5f;
        }
        return m;
    }

    @Override
    public void run() {
        FloatMatrix source = filled(4 * ROWS, IN, 1);
        int[] order = new int[source.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = (i * 37) % order.length;
        }
        FloatMatrix x = new FloatMatrix(ROWS, IN);
        FloatMatrix shift = filled(1, IN, 2);
        FloatMatrix scale = filled(1, IN, 3);
        Matrix shiftD = Matrix.of(Precision.FLOAT64, new double[][] {new double[IN]});
        double[] ones = new double[IN];
        java.util.Arrays.fill(ones, 1.0);
        Matrix scaleD = Matrix.of(Precision.FLOAT64, new double[][] {ones});
        FloatMatrix w = filled(IN, OUT, 4);
        FloatMatrix w1 = filled(IN, HIDDEN, 5);
        FloatMatrix w2 = filled(HIDDEN, OUT, 6);
        FloatMatrix wt = filled(OUT, HIDDEN, 7);
        FloatMatrix b = filled(1, OUT, 8);
        FloatMatrix b1 = filled(1, HIDDEN, 9);
        FloatMatrix gb1 = new FloatMatrix(1, HIDDEN);
        FloatMatrix y = new FloatMatrix(ROWS, OUT);
        int[] labels = new int[ROWS];
        for (int r = 0; r < ROWS; r++) {
            labels[r] = r % OUT;
            y.set(r * OUT + labels[r], 1.0);
        }
        FloatMatrix z = new FloatMatrix(ROWS, OUT);
        FloatMatrix h = new FloatMatrix(ROWS, HIDDEN);
        FloatMatrix dh = new FloatMatrix(ROWS, HIDDEN);
        FloatMatrix dx = new FloatMatrix(ROWS, IN);
        FloatMatrix gw = new FloatMatrix(IN, OUT);
        FloatMatrix gw1 = new FloatMatrix(IN, HIDDEN);
        FloatMatrix gw2 = new FloatMatrix(HIDDEN, OUT);
        FloatMatrix gb = new FloatMatrix(1, OUT);
        FloatMatrix small = new FloatMatrix(ROWS, OUT);
        FloatMatrix m1 = new FloatMatrix(IN, HIDDEN);
        FloatMatrix v1 = new FloatMatrix(IN, HIDDEN);
        FloatMatrix m = new FloatMatrix(IN, OUT);
        FloatMatrix v = new FloatMatrix(IN, OUT);
        FloatMatrix pixels = filled(4 * ROWS, IN, 9);
        for (int i = 0; i < pixels.size(); i++) {
            float s = pixels.data()[i];   // ~20 % non-zero intensities 1..255, as MNIST (the byte-valued sparse form)
            pixels.data()[i] = s > 0.3f ? Math.round(s * 510f) : 0f;
        }
        Matrix sparse = SparseKernels.rows(pixels);
        FloatMatrix wWide = filled(IN, 4 * SimdPanel.L, 10);
        FloatMatrix hWide = new FloatMatrix(ROWS, 4 * SimdPanel.L);
        FloatMatrix gWide = new FloatMatrix(IN, 4 * SimdPanel.L);
        int band = SparseKernels.WIDE_BAND_COLUMNS + SimdPanel.L + 3; // a whole band, a leftover vector, leftover columns
        FloatMatrix wBand = filled(IN, band, 11);
        FloatMatrix hBand = new FloatMatrix(ROWS, band);
        FloatMatrix gBand = new FloatMatrix(IN, band);
        FullBatch full = new FullBatch(pixels);
        for (int round = 0; round < rounds; round++) {
            if (round % FULL_BATCH_EVERY == FULL_BATCH_EVERY - 1) {
                full.step(w, b, scale, shift, gw, gb, m, v, round);
            }
            Kernels.gatherRows(source, order, (round * ROWS) % order.length, ROWS, x);
            Kernels.shiftScaleColumns(x, (round & 1) == 0 ? shift : shiftD, (round & 1) == 0 ? scale : scaleD, x);
            Kernels.matmul(x, w, z, false);                 // dot products (narrow output)
            Kernels.addRowVectorInPlace(z, b);
            Kernels.matmul(x, w1, h, false);                // panel (wide output)
            Kernels.addRowVectorInPlace(h, b1);             // bias rows: wide (z above: the repeated pattern)
            Kernels.relu(h, h);
            Kernels.matmul(h, w2, z, true);
            Kernels.softmaxRows(z, small);
            Kernels.countArgmaxHits(z, labels);            // accuracy: one vector per row
            Kernels.softmaxCrossEntropy(z, y, z);
            Kernels.sumColumns(z, gb, false);
            Kernels.matmulTransA(x, z, gw, false);          // transposed panel (narrow B)
            Kernels.matmulTransA(h, z, gw2, false);
            Kernels.matmulTransB(z, w2, dh, false);         // panel against Bᵀ (wide output)
            Kernels.matmulTransB(z, w, dx, false);
            Kernels.matmulTransB(dh, wt, small, false);     // dot products against B's rows
            Kernels.reluBackward(h, dh, dh);
            Kernels.sumColumns(dh, gb1, false);             // column sums of wide rows (z above: narrow rows)
            Kernels.matmulTransA(x, dh, gw1, false);        // panel (wide B)
            Matrix xs = SparseKernels.shiftScaleView(SparseKernels.rowView(sparse, order, (round * ROWS) % order.length, ROWS),
                    scale.data(), shift.data());
            Kernels.matmul(xs, w, z, false);                // sparse: narrow (padded to one vector)
            Kernels.matmulTransA(xs, z, gw, true);
            Kernels.matmul(xs, w1, h, false);               // sparse: padded, more than one vector
            Kernels.matmulTransA(xs, dh, gw1, true);
            Kernels.matmul(xs, wWide, hWide, false);        // sparse: wide, in place
            Kernels.matmulTransA(xs, hWide, gWide, true);
            Kernels.matmul(xs, wBand, hBand, false);        // sparse: wider than 64 columns (the wide sparse products)
            Kernels.matmulTransA(xs, hBand, gBand, false);
            long step = 1 + (round % 50);
            Kernels.adamStep(w, gw, m, v, 1e-6, 0.9, 0.999, 1e-8, step);
            Kernels.adamStep(w1, gw1, m1, v1, 1e-6, 0.9, 0.999, 1e-8, step);
        }
    }

    /**
     * Softmax regression's step on a full batch of {@link SparseKernels#SOURCE_ORDER_ROWS} rows or more: the branches that
     * only a full batch takes (rows visited in source order, the backward in several chunks, row kernels split
     * between threads) run here too, so that the first full-batch epochs of a run do not deoptimize the kernels
     * compiled from small batches and wait for them to be compiled again on the stack, in the Vector API's Java
     * fallback meanwhile. Its arrays are its own; the pool is used only when no
     * other thread is using it ({@link Parallel}).
     */
    private static final class FullBatch {
        private final int[] order;
        private final Matrix rows;
        private final FloatMatrix z, y;
        private final int[] labels;

        FullBatch(FloatMatrix pixels) {
            int n = SparseKernels.SOURCE_ORDER_ROWS + pixels.rows() + 3;  // not a multiple of the chunk sizes
            FloatMatrix big = new FloatMatrix(n, IN);
            for (int r = 0; r < n; r++) {
                System.arraycopy(pixels.data(), (r % pixels.rows()) * IN, big.data(), r * IN, IN);
            }
            rows = SparseKernels.rows(big);
            order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = (int) ((i * 7919L) % n);   // a permutation (7919 is prime, n is not a multiple of it)
            }
            z = new FloatMatrix(n, OUT);
            y = new FloatMatrix(n, OUT);
            labels = new int[n];
            for (int r = 0; r < n; r++) {
                labels[r] = r % OUT;
                y.set(r * OUT + labels[r], 1.0);
            }
        }

        void step(FloatMatrix w, FloatMatrix b, FloatMatrix scale, FloatMatrix shift, FloatMatrix gw, FloatMatrix gb,
                  FloatMatrix m, FloatMatrix v, int round) {
            Matrix xs = SparseKernels.shiftScaleView(SparseKernels.rowView(rows, order, 0, order.length), scale.data(), shift.data());
            Kernels.matmul(xs, w, z, false);
            Kernels.addRowVectorInPlace(z, b);
            Kernels.countArgmaxHits(z, labels);
            Kernels.softmaxCrossEntropy(z, y, z);
            Kernels.sumColumns(z, gb, false);
            Kernels.matmulTransA(xs, z, gw, false);
            Kernels.adamStep(w, gw, m, v, 1e-6, 0.9, 0.999, 1e-8, 1 + round % 50);
        }
    }
}
