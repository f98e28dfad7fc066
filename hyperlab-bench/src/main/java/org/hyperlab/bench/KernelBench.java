package org.hyperlab.bench;

import java.util.Locale;
import java.util.SplittableRandom;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.metrics.Accuracy;
import org.hyperlab.core.tensor.FloatBackend;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.SparseFeatures;
import org.hyperlab.core.tensor.runtime.Parallel;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.train.MiniBatches;

/**
 * A microbenchmark to run by hand (not a test): times each float32 kernel on the shapes MNIST training uses,
 * for both backends and 1 and 2 threads, and prints median microseconds per call and GFLOP/s next to the
 * machine's ceilings (1-thread figures in CPU time, 2-thread figures in wall time). Run after
 * {@code mvn -B -o package -DskipTests -pl hyperlab-cli -am} (or {@code ./hyperlab --version}, which builds the jar):
 * <pre>java --add-modules jdk.incubator.vector -cp hyperlab-cli/target/hyperlab.jar org.hyperlab.bench.KernelBench [reps] [sparse|small]</pre>
 * Options: {@code -Dkb.d=784} (columns of the sparse rows), {@code -Dkb.batches=32,128,60000}, {@code -Dkb.threads=1}
 * (the sparse products up to this many threads).
 */
public final class KernelBench {
    private static final SplittableRandom RNG = new SplittableRandom(1);

    private KernelBench() {
    }

    private static float[] random(int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (RNG.nextDouble() * 2 - 1);
        }
        return x;
    }

    private interface Product {
        void run(FloatBackend f, float[] a, float[] b, float[] c, int m, int k, int n);
    }

    private static void product(String name, Product p, int m, int k, int n, int aSize, int bSize, int reps) {
        float[] a = random(aSize), b = random(bSize), c = new float[m * n];
        double flops = 2.0 * m * k * n;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s", name + " " + m + "x" + k + "x" + n));
        for (FloatBackend f : new FloatBackend[] {FloatBackend.loops(), FloatBackend.simd()}) {
            for (int t : f.name().equals("loops") ? new int[] {1} : new int[] {1, 2}) {
                Parallel.setThreads(t);
                double[] time = perCall(reps, () -> p.run(f, a, b, c, m, k, n));
                double best = t == 1 ? time[1] : time[0];
                line.append(String.format(Locale.ROOT, " | %-7s %dT %s %9.1f us %6.1f GF/s", f.name(), t,
                        t == 1 ? "cpu " : "wall", best * 1e6, flops / best * 1e-9));
            }
        }
        System.out.println(line);
    }

    /** When set, {@link #elementwise} runs its body (a warm-up pass) without printing. */
    private static boolean quiet;

    private static void elementwise(String name, int reps, Runnable body) {
        if (quiet) {
            for (long end = System.nanoTime() + 200_000_000L; System.nanoTime() < end; ) {
                body.run();
            }
            return;
        }
        double[] time = perCall(reps, body);
        System.out.printf(Locale.ROOT, "%-42s | cpu %9.2f us  wall %9.2f us  alloc %8.0f B%n", name, time[1] * 1e6, time[0] * 1e6,
                time[2]);
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * Per-call seconds of {@code body}: warms it up until its pace is steady, then times {@code reps} groups of calls (each
     * group about 2 ms) by wall clock and by this thread's CPU time; returns {wall median, CPU median, heap bytes allocated per call}. The CPU
     * figure ignores time the scheduler gave to other processes, which dominates on a shared machine.
     */
    private static double[] perCall(int reps, Runnable body) {
        // Warm up until the JIT has compiled the kernel: the Vector API's Java fallback is 10-100x slower, and
        // on a busy machine the compiler needs seconds. Stop when two 0.25 s rounds run at the same pace (±10%).
        long deadline = System.nanoTime() + 8_000_000_000L;
        int calls = 0;
        long start = System.nanoTime();
        double previous = 0;
        while (System.nanoTime() < deadline) {
            long roundStart = System.nanoTime();
            int roundCalls = 0;
            while (System.nanoTime() - roundStart < 250_000_000L) {
                body.run();
                roundCalls++;
            }
            calls += roundCalls;
            if (previous > 0 && Math.abs(roundCalls - previous) <= 0.1 * previous) {
                break;
            }
            previous = roundCalls;
        }
        int group = (int) Math.max(1, Math.min(100_000, calls * 2e6 / (System.nanoTime() - start)));
        double[] wall = new double[reps], cpu = new double[reps];
        long a0 = allocated(), calls0 = 0;
        for (int r = 0; r < reps; r++) {
            calls0 += group;
            long c0 = CPU.getCurrentThreadCpuTime(), w0 = System.nanoTime();
            for (int i = 0; i < group; i++) {
                body.run();
            }
            wall[r] = (System.nanoTime() - w0) * 1e-9 / group;
            cpu[r] = (CPU.getCurrentThreadCpuTime() - c0) * 1e-9 / group;
        }
        double bytes = (double) (allocated() - a0) / calls0;
        return new double[] {Timing.of(wall).median(), Timing.of(cpu).median(), bytes};
    }

    /** Heap bytes allocated so far by this thread (-1 where the JVM does not tell). */
    private static long allocated() {
        return CPU instanceof com.sun.management.ThreadMXBean t ? t.getThreadAllocatedBytes(Thread.currentThread().getId()) : -1;
    }

    /**
     * The sparse first-layer products on 60,000 random rows of 784 columns with MNIST's density (19 % non-zero),
     * through a {@link SparseFeatures#shiftScaleView} of {@link SparseFeatures#rowSelection} batches taken in a shuffled order (so
     * rows come from memory, not cache, as in training), 1 thread.
     */
    private static void sparseProducts(int reps) {
        Parallel.setThreads(1);
        int n = 60_000, d = Integer.getInteger("kb.d", 784);
        FloatMatrix dense = new FloatMatrix(n, d);
        for (int i = 0; i < dense.size(); i++) {
            dense.data()[i] = RNG.nextDouble() < 0.19 ? 1 + RNG.nextInt(255) : 0f;
        }
        int[] order = shuffledOrder(n, RNG);
        float[] s = random(d), c = random(d);
        for (int out : new int[] {10, 256}) {
            FloatMatrix w = new FloatMatrix(d, out, random(d * out)), dw = new FloatMatrix(d, out);
            int[] batches = System.getProperty("kb.batches") == null ? new int[] {32, 128, n}
                    : java.util.Arrays.stream(System.getProperty("kb.batches").split(",")).mapToInt(Integer::parseInt).toArray();
            for (int batch : out == 10 ? batches : new int[] {128}) {
                FloatMatrix z = new FloatMatrix(batch, out, random(batch * out));
                int[] cursor = {0};
                Matrix rows = SparseFeatures.rowSelection(dense, order, batch, Precision.FLOAT32);
                Matrix view = SparseFeatures.shiftScaleView(rows, s, c);
                if (view == null) {
                    throw new IllegalStateException("the sparse products need the SIMD kernels (jdk.incubator.vector)");
                }
                java.util.function.Supplier<Matrix> next = () -> {
                    SparseFeatures.selectRows(dense, order, cursor[0], batch, rows);
                    cursor[0] = (cursor[0] + batch) % (n - batch + 1);
                    return view;
                };
                for (int threads = 1; threads <= Integer.getInteger("kb.threads", 1); threads++) {
                    Parallel.setThreads(threads);
                    String shape = batch + "x" + d + "x" + out + " " + threads + "T";
                    elementwise("sparse X'.W " + shape, reps, () -> Kernels.matmul(next.get(), w, z, false));
                    elementwise("sparse X't.dZ " + shape, reps, () -> Kernels.matmulTransA(next.get(), z, dw, false));
                    elementwise("sparse step (X'.W, X't.dZ) " + shape, reps, () -> {
                        Matrix x = next.get();
                        Kernels.matmul(x, w, z, false);
                        Kernels.matmulTransA(x, z, dw, false);
                    });
                }
                Parallel.setThreads(1);
            }
        }
    }

    /**
     * The per-step operations other than the first layer's products (softmax-cross-entropy, accuracy, Adam, the
     * batch, the bias and column sums), on the shapes of softmax regression (batch 32, 128, 60,000) and the MLP,
     * 1 thread unless stated. Run twice, printing only the second pass: the first compiles every kernel in this mix
     * (a kernel measured before the JIT settles runs in the Vector API's Java fallback).
     */
    private static void smallOperations(int reps) {
        Parallel.setThreads(1);
        FloatBackend simd = FloatBackend.inUse();
        for (int rows : new int[] {32, 128, 60_000}) {
            float[] z = random(rows * 10), y = new float[rows * 10], g = new float[rows * 10];
            int[] labels = new int[rows];
            for (int i = 0; i < z.length; i++) {
                z[i] *= 4f; // logits of a partly trained model rather than near-uniform ones
            }
            for (int r = 0; r < rows; r++) {
                labels[r] = RNG.nextInt(10);
                y[r * 10 + labels[r]] = 1f;
            }
            FloatMatrix logits = new FloatMatrix(rows, 10, z), target = new FloatMatrix(rows, 10, y), grad = new FloatMatrix(rows, 10, g);
            int r1 = Math.min(reps, rows > 1000 ? 5 : reps);
            elementwise("softmaxCrossEntropy " + rows + "x10", r1, () -> Kernels.softmaxCrossEntropy(logits, target, grad));
            int[] hits = {0};
            elementwise("accuracy (argmax) " + rows + "x10", r1,
                    () -> hits[0] += Accuracy.countCorrect(logits, labels));
        }
        adam(simd, reps);
        int n = 60_000;
        FloatMatrix dense = new FloatMatrix(n, 784);
        for (int i = 0; i < dense.size(); i++) {
            dense.data()[i] = RNG.nextDouble() < 0.19 ? 1 + RNG.nextInt(255) : 0f;
        }
        int[] classes = new int[n];
        for (int i = 0; i < n; i++) {
            classes[i] = RNG.nextInt(10);
        }
        Dataset data = new Dataset(dense, classes, 10);
        SplittableRandom shuffler = new SplittableRandom(2);
        for (int size : new int[] {32, 128, n}) {
            MiniBatches batches = new MiniBatches(data, size, Precision.FLOAT32);
            batches.shuffle(shuffler);
            int[] cursor = {0};
            elementwise("MiniBatches.batch " + size + " (sparse)", size == n ? 5 : reps, () -> {
                batches.batch(cursor[0]);
                cursor[0] = (cursor[0] + 1) % batches.count();
            });
        }
        elementwise("MiniBatches.shuffle 60,000", 5, () -> batches(data, shuffler));
        rowOperations(reps, false);
    }

    /** Adam on softmax regression's 7,850 and the MLP's 203,530 parameters (the latter on 1 and 2 threads). */
    private static void adam(FloatBackend simd, int reps) {
        float[] p = random(203_530), gr = random(203_530), m = new float[203_530], v = new float[203_530];
        elementwise("adam 7,850 (softmax regression)", reps, () -> simd.adam(p, gr, m, v, 7850, 0.9f, 0.1f, 0.999f, 0.001f, -1e-3f, 0.03f, 1e-8f, 1f));
        elementwise("adam 203,530 (MLP)", reps, () -> simd.adam(p, gr, m, v, 203_530, 0.9f, 0.1f, 0.999f, 0.001f, -1e-3f, 0.03f, 1e-8f, 1f));
        Parallel.setThreads(2);
        elementwise("adam 203,530 (MLP), 2 threads", reps, () -> simd.adam(p, gr, m, v, 203_530, 0.9f, 0.1f, 0.999f, 0.001f, -1e-3f, 0.03f, 1e-8f, 1f));
        Parallel.setThreads(1);
    }

    /** Bias rows, column sums and ReLU with its backward on 128×10 and 128×256 (and the generic map/zip when asked). */
    private static void rowOperations(int reps, boolean generic) {
        for (int cols : new int[] {10, 256}) {
            FloatMatrix h = new FloatMatrix(128, cols, random(128 * cols)), hg = new FloatMatrix(128, cols, random(128 * cols));
            FloatMatrix hb = new FloatMatrix(1, cols, random(cols)), hout = new FloatMatrix(128, cols), sums = new FloatMatrix(1, cols);
            elementwise("addRowVector 128x" + cols, reps, () -> Kernels.addRowVectorInPlace(hout, hb));
            elementwise("sumColumns 128x" + cols, reps, () -> Kernels.sumColumns(hg, sums, false));
            if (cols > 10) {
                elementwise("relu+reluBackward 128x" + cols, reps, () -> { // h keeps its random signs
                    Kernels.relu(h, hout);
                    Kernels.reluBackward(h, hg, hout);
                });
            }
            if (cols > 10 && generic) {
                elementwise("map+zip (generic) 128x" + cols, reps, () -> {
                    Kernels.map(h, hout, x -> x > 0 ? x : 0.0);
                    Kernels.zip(h, hg, hout, (x, w) -> x > 0 ? w : 0.0);
                });
            }
        }
    }

    private static MiniBatches shuffled;

    private static void batches(Dataset data, SplittableRandom random) {
        if (shuffled == null) {
            shuffled = new MiniBatches(data, 32, Precision.FLOAT32);
        }
        shuffled.shuffle(random);
    }

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        if (args.length > 1 && args[1].equals("sparse")) {
            sparseProducts(reps);
            return;
        }
        if (args.length > 1 && args[1].equals("small")) {
            quiet = true; // one pass to let the JIT compile every kernel in this mix, then the measured pass
            smallOperations(reps);
            quiet = false;
            smallOperations(reps);
            return;
        }
        Ceilings ceil = Ceilings.measure(2);
        System.out.printf(Locale.ROOT, "ceilings: float32 FMA %.0f GFLOP/s (1T), %.0f (2T); read bandwidth %.1f GB/s (1T), %.1f (2T)%n",
                ceil.fmaGflops1(), ceil.fmaGflopsN(), ceil.bandwidthGBs1(), ceil.bandwidthGBsN());
        Product nn = (f, a, b, c, m, k, n) -> f.matmul(a, b, c, m, k, n, false);
        Product ta = (f, a, b, c, m, k, n) -> f.matmulTransA(a, b, c, m, k, n, false);
        Product tb = (f, a, b, c, m, k, n) -> f.matmulTransB(a, b, c, m, k, n, false);
        for (int batch : new int[] {32, 128}) {
            product("X.W", nn, batch, 784, 10, batch * 784, 7840, reps);
            product("Xt.dZ", ta, 784, batch, 10, batch * 784, batch * 10, reps);
            product("dZ.Wt", tb, batch, 10, 784, batch * 10, 7840, reps);
        }
        product("X.W full", nn, 50_000, 784, 10, 50_000 * 784, 7840, Math.max(3, reps / 3));
        product("Xt.dZ full", ta, 784, 50_000, 10, 50_000 * 784, 500_000, Math.max(3, reps / 3));
        product("X.W1 (MLP)", nn, 128, 784, 256, 128 * 784, 784 * 256, reps);
        product("Xt.dH (MLP)", ta, 784, 128, 256, 128 * 784, 128 * 256, reps);
        product("dH.W1t (MLP)", tb, 128, 256, 784, 128 * 256, 784 * 256, reps);
        product("H.W2 (MLP)", nn, 128, 256, 10, 128 * 256, 2560, reps);
        product("Ht.dZ (MLP)", ta, 256, 128, 10, 128 * 256, 1280, reps);
        product("dZ.W2t (MLP)", tb, 128, 10, 256, 1280, 2560, reps);
        Parallel.setThreads(1);
        FloatBackend simd = FloatBackend.inUse();
        float[] z = random(1280), y = new float[1280], g = new float[1280];
        for (int i = 0; i < z.length; i++) {
            z[i] *= 4f; // logits of a partly trained model rather than near-uniform ones
        }
        int[] labels = new int[128];
        for (int r = 0; r < 128; r++) {
            labels[r] = RNG.nextInt(10);
            y[r * 10 + labels[r]] = 1f;
        }
        elementwise("softmaxCrossEntropy 128x10", reps, () -> simd.softmaxCrossEntropy(z, y, g, 128, 10));
        FloatMatrix logits = new FloatMatrix(128, 10, z);
        int[] hits = {0};
        elementwise("accuracy (argmax) 128x10", reps, () -> hits[0] += Accuracy.countCorrect(logits, labels));
        adam(simd, reps);
        float[] images = random(60_000 * 784), batch = new float[128 * 784];
        int[] idx = new int[60_000];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = RNG.nextInt(60_000);
        }
        int[] cursor = {0};
        FloatMatrix imageRows = new FloatMatrix(60_000, 784, images), batchRows = new FloatMatrix(128, 784, batch);
        elementwise("gatherRows 128 of 60000x784", reps, () -> {
            Kernels.gatherRows(imageRows, idx, cursor[0], 128, batchRows);
            cursor[0] = (cursor[0] + 128) % (60_000 - 128);
        });
        sparseProducts(reps);
        rowOperations(reps, true);
    }

    /** 0 .. n − 1 in the order of a Fisher–Yates shuffle driven by {@code rng} (the benches' visit order of rows). */
    static int[] shuffledOrder(int n, SplittableRandom rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1), t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
