package org.hyperlab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The machine's own ceilings, measured in this process: the float32 fused multiply-add rate (independent SIMD
 * accumulators, no memory traffic) and the memory read bandwidth (summing an array far larger than the caches),
 * each on 1 thread and on {@code threads} threads. Needs the {@code jdk.incubator.vector} module.
 *
 * @param fmaGflops1    float32 GFLOP/s (2 per multiply-add) on one thread
 * @param fmaGflopsN    float32 GFLOP/s on {@code threads} threads
 * @param bandwidthGBs1 memory read GB/s on one thread
 * @param bandwidthGBsN memory read GB/s on {@code threads} threads
 * @param threads       the thread count of the N-thread figures
 */
public record Ceilings(double fmaGflops1, double fmaGflopsN, double bandwidthGBs1, double bandwidthGBsN, int threads) {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static volatile float sink;

    /** Measures all four figures (about a second), taking the best of several repetitions of each. */
    public static Ceilings measure(int threads) {
        float[] big = new float[64 << 20]; // 256 MB, far beyond the last-level cache
        for (int i = 0; i < big.length; i += 1024) {
            big[i] = i;
        }
        long fmaIters = 4_000_000;
        double f1 = best(5, 1, t -> fmaLoop(fmaIters));
        double fN = best(5, threads, t -> fmaLoop(fmaIters));
        double flops = 2.0 * 12 * S.length() * fmaIters;
        int n = big.length;
        double b1 = best(5, 1, t -> sum(big, 0, n));
        double bN = best(5, threads, t -> sum(big, (int) ((long) n * t / threads), (int) ((long) n * (t + 1) / threads)));
        double bytes = 4.0 * n;
        return new Ceilings(flops / f1 * 1e-9, threads * flops / fN * 1e-9, bytes / b1 * 1e-9, bytes / bN * 1e-9, threads);
    }

    /** The fastest of {@code reps} runs of {@code body} on {@code threads} threads at once, in seconds. */
    private static double best(int reps, int threads, IntConsumer body) {
        double best = Double.MAX_VALUE;
        for (int r = 0; r < reps; r++) {
            List<Thread> started = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 1; t < threads; t++) {
                int index = t;
                Thread th = new Thread(() -> body.accept(index));
                th.start();
                started.add(th);
            }
            body.accept(0);
            for (Thread th : started) {
                try {
                    th.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while measuring", e);
                }
            }
            best = Math.min(best, (System.nanoTime() - start) * 1e-9);
        }
        return best;
    }

    private static void fmaLoop(long iterations) {
        FloatVector a = FloatVector.broadcast(S, 0.999999f), b = FloatVector.broadcast(S, 1e-7f);
        FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0;
        FloatVector c6 = c0, c7 = c0, c8 = c0, c9 = c0, c10 = c0, c11 = c0;
        for (long i = 0; i < iterations; i++) {
            c0 = c0.fma(a, b); c1 = c1.fma(a, b); c2 = c2.fma(a, b); c3 = c3.fma(a, b);
            c4 = c4.fma(a, b); c5 = c5.fma(a, b); c6 = c6.fma(a, b); c7 = c7.fma(a, b);
            c8 = c8.fma(a, b); c9 = c9.fma(a, b); c10 = c10.fma(a, b); c11 = c11.fma(a, b);
        }
        sink = c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).add(c8).add(c9).add(c10).add(c11).lane(0);
    }

    private static void sum(float[] x, int from, int to) {
        FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
        int l = S.length();
        int i = from;
        for (; i + 4 * l <= to; i += 4 * l) {
            s0 = s0.add(FloatVector.fromArray(S, x, i));
            s1 = s1.add(FloatVector.fromArray(S, x, i + l));
            s2 = s2.add(FloatVector.fromArray(S, x, i + 2 * l));
            s3 = s3.add(FloatVector.fromArray(S, x, i + 3 * l));
        }
        sink = s0.add(s1).add(s2).add(s3).lane(0);
    }
}
