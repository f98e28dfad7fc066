package org.hyperlab.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.hyperlab.core.data.MnistData;
import org.hyperlab.core.data.MnistFiles;
import org.hyperlab.core.data.MnistRepository;
import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.SparseFeatures;
import org.hyperlab.core.tensor.runtime.Parallel;
import org.hyperlab.core.tensor.storage.FloatMatrix;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * A microbenchmark to run by hand (not a test): softmax regression's sparse first-layer products X'·W and X'ᵀ·δZ
 * (W 784×10) on the real MNIST training images with per-feature z-scoring, as {@link SparseFeatures#shiftScaleView}s of
 * {@link SparseFeatures#rowSelection} batches. Prints thread-CPU µs per call (median / min over many groups of ~0.5 ms), heap bytes
 * per call and the wall median, for each batch size and mode: {@code hot} repeats the same batch, {@code shuffled}
 * walks a shuffled order (the forward meets cold rows, as in training). The step line is the forward followed by an
 * accumulating backward on the same batch. Options: {@code -Dnsb.batches=1,32,128,60000}, {@code -Dnsb.threads=1},
 * {@code -Dnsb.mode=hot|shuffled} (default both), {@code -Dnsb.warm=5000} (ms of warm-up per line). MNIST is read
 * from the directory given as the second argument, else {@code $HYPERLAB_DATA/mnist}, else
 * {@code ~/.cache/hyperlab/mnist} ({@code ./hyperlab data fetch mnist} installs it there):
 * <pre>java --add-modules jdk.incubator.vector -cp hyperlab-cli/target/hyperlab.jar org.hyperlab.bench.NarrowSparseBench [reps] [mnist-dir]</pre>
 */
public final class NarrowSparseBench {
    private static final com.sun.management.ThreadMXBean CPU =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    private NarrowSparseBench() {
    }

    /** {cpu median µs, cpu min µs, bytes per call, wall median µs}. */
    private static double[] time(int reps, Runnable body) {
        long warm = Long.getLong("nsb.warm", 5000) * 1_000_000L, start = System.nanoTime();
        int calls = 0;
        while (System.nanoTime() - start < warm) {
            body.run();
            calls++;
        }
        int group = (int) Math.max(1, Math.min(100_000, calls * 0.5e6 / (System.nanoTime() - start)));
        double[] cpu = new double[reps], wall = new double[reps];
        long a0 = CPU.getCurrentThreadAllocatedBytes();
        for (int r = 0; r < reps; r++) {
            long c0 = CPU.getCurrentThreadCpuTime(), w0 = System.nanoTime();
            for (int i = 0; i < group; i++) {
                body.run();
            }
            cpu[r] = (CPU.getCurrentThreadCpuTime() - c0) / 1e3 / group;
            wall[r] = (System.nanoTime() - w0) / 1e3 / group;
        }
        double bytes = (double) (CPU.getCurrentThreadAllocatedBytes() - a0) / ((long) reps * group);
        Arrays.sort(cpu);
        Arrays.sort(wall);
        return new double[] {cpu[reps / 2], cpu[0], bytes, wall[reps / 2]};
    }

    private static String line(String name, double[] t) {
        return String.format(Locale.ROOT, "%s %.1f/%.1f (%.0f B, wall %.1f)", name, t[0], t[1], t[2], t[3]);
    }

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 101;
        String only = System.getProperty("nsb.mode", "");
        MnistData data = MnistRepository.loadFrom(args.length > 1 ? Path.of(args[1]) : MnistFiles.defaultDirectory(), Precision.FLOAT32);
        FloatMatrix x = (FloatMatrix) data.train().features();
        int m = x.rows(), d = x.cols(), n = 10;
        float[] s = new float[d], c = new float[d];
        for (int j = 0; j < d; j++) {
            double sum = 0, squares = 0;
            for (int i = 0; i < m; i++) {
                double v = x.data()[i * d + j];
                sum += v;
                squares += v * v;
            }
            double mu = sum / m, sd = Math.sqrt(Math.max(0, squares / m - mu * mu));
            sd = sd == 0 ? 1 : sd;
            s[j] = (float) (1 / sd);
            c[j] = (float) (-mu / sd);
        }
        SplittableRandom rng = new SplittableRandom(1);
        int[] order = KernelBench.shuffledOrder(m, rng);
        FloatMatrix w = new FloatMatrix(d, n), dw = new FloatMatrix(d, n);
        for (int i = 0; i < w.size(); i++) {
            w.data()[i] = (float) (rng.nextDouble() * 0.1 - 0.05);
        }
        Parallel.setThreads(Integer.getInteger("nsb.threads", 1));
        for (String size : System.getProperty("nsb.batches", "1,32,128,60000").split(",")) {
            int b = Integer.parseInt(size.trim());
            FloatMatrix z = new FloatMatrix(b, n);
            for (int i = 0; i < z.size(); i++) {
                z.data()[i] = (float) (rng.nextDouble() * 0.2 - 0.1);
            }
            List<String> out = new ArrayList<>();
            for (String mode : new String[] {"hot", "shuffled"}) {
                if (!only.isEmpty() && !only.equals(mode)) {
                    continue;
                }
                Matrix rows = SparseFeatures.rowSelection(x, order, b, Precision.FLOAT32);
                SparseFeatures.selectRows(x, order, 0, b, rows);
                Matrix view = SparseFeatures.shiftScaleView(rows, s, c);
                if (view == null) {
                    throw new IllegalStateException("the sparse products need the SIMD kernels (jdk.incubator.vector)");
                }
                int[] cursor = {0};
                boolean move = mode.equals("shuffled");
                Runnable next = () -> {
                    if (move) {
                        cursor[0] = (cursor[0] + b) % (m - b + 1);
                        SparseFeatures.selectRows(x, order, cursor[0], b, rows);
                    }
                };
                double[] f = time(reps, () -> {
                    next.run();
                    Kernels.matmul(view, w, z, false);
                });
                double[] g = time(reps, () -> {
                    next.run();
                    Kernels.matmulTransA(view, z, dw, false);
                });
                double[] step = time(reps, () -> {
                    next.run();
                    Kernels.matmul(view, w, z, false);
                    Kernels.matmulTransA(view, z, dw, true);
                });
                out.add(mode + " | " + line("fwd", f) + " | " + line("bwd", g) + " | " + line("step", step));
            }
            System.out.printf(Locale.ROOT, "batch %6d %s%n", b, String.join(" || ", out));
        }
    }
}
