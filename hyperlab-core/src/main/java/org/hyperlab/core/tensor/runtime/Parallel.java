package org.hyperlab.core.tensor.runtime;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The kernels' small shared worker pool, with fixed work partitioning.
 *
 * <p>{@link #forRange(int, int, int, Range)} splits {@code [0, n)} into at most {@link #threads()} contiguous
 * parts whose bounds depend only on {@code n}, the alignment and the thread count, runs part 0 on the caller and
 * the others on pooled daemon workers, and returns when all are done. Kernels only split independent outputs
 * (rows or columns of the result), never a reduction, so every output element is computed by the same sequence
 * of operations whatever the thread count: results are bit-identical for 1 or more threads. Workers spin briefly
 * after a task (kernels arrive in quick succession during training) and then park. When another thread is
 * already using the pool, the caller runs all parts itself (same partition, same results).
 *
 * <p>A part is claimed by whoever starts it first: after its own part the caller takes back every part no worker
 * has started yet and runs it itself. So a worker that is descheduled (the other core busy with another process)
 * or slow to wake from park costs at most the serial time, instead of the caller waiting for the scheduler to give
 * that worker a time slice (on a shared 2-core machine that wait was measured at ~0.5 ms per split step).
 *
 * <p>The thread count is a property of a run, not of the process: {@link #withThreads(int, Supplier)} sets it for
 * the calling thread while {@code body} runs (two sweep trials on two threads may use different counts), and the
 * process-wide default ({@link #setThreads(int)}, {@link KernelSettings#threads}, else the available processors) applies
 * wherever no run set one.
 */
public final class Parallel {
    /** A body run on {@code [from, to)}. */
    @FunctionalInterface
    public interface Range {
        void run(int from, int to);
    }

    /**
     * Minimum multiply-adds per thread before a kernel splits a product: on one core about 15 µs of work, well above
     * the hand-off and the wait for a worker the scheduler may have parked. Results do not depend on it.
     */
    public static final long MIN_WORK_PER_THREAD = 1L << 21;

    /** The most threads a count may ask for: each is a pooled worker, and more than the cores only adds switching. */
    public static final int MAX_THREADS = 256;
    private static final long SPIN_NANOS = 100_000;
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static volatile int threads = defaultThreads();
    /** The count set by {@link #withThreads} for the calling thread's current run, or null for the default. */
    private static final ThreadLocal<Integer> RUN_THREADS = new ThreadLocal<>();
    private static Worker[] workers = new Worker[0];

    private Parallel() {
    }

    private static int defaultThreads() {
        return KernelSettings.threads();
    }

    /**
     * The number of threads kernels called from this thread may use (the caller included): the count of the
     * enclosing {@link #withThreads} call, else the process default (the available processors unless set).
     */
    public static int threads() {
        Integer run = RUN_THREADS.get();
        return run != null ? run : threads;
    }

    /**
     * Runs {@code body} on the calling thread with kernels limited to {@code count} threads (≥ 1), then restores the
     * previous setting; results do not depend on the count. Calls nest.
     */
    public static <T> T withThreads(int count, Supplier<T> body) {
        requireCount(count);
        Integer previous = RUN_THREADS.get();
        RUN_THREADS.set(count);
        try {
            return body.get();
        } finally {
            if (previous == null) {
                RUN_THREADS.remove();
            } else {
                RUN_THREADS.set(previous);
            }
        }
    }

    /** Checks a thread count against 1..{@link #MAX_THREADS}. */
    public static void requireCount(int count) {
        if (count < 1 || count > MAX_THREADS) {
            throw new IllegalArgumentException("threads: expected 1.." + MAX_THREADS + ", got " + count);
        }
    }

    /** Sets the process-wide default number of threads kernels may use (≥ 1); results do not depend on it. */
    public static void setThreads(int count) {
        requireCount(count);
        threads = count;
    }

    /**
     * Runs {@code body} over {@code [0, n)} split into parts of at least {@code minPart} items whose inner bounds
     * are multiples of {@code align}; a single part runs on the caller without touching the pool.
     */
    public static void forRange(int n, int minPart, int align, Range body) {
        int parts = parts(n, minPart);
        if (parts <= 1) {
            body.run(0, n);
            return;
        }
        if (!LOCK.tryLock()) {
            for (int t = 0; t < parts; t++) {
                body.run(bound(n, parts, t, align), bound(n, parts, t + 1, align));
            }
            return;
        }
        try {
            Worker[] pool = ensureWorkers(parts - 1);
            AtomicInteger pending = new AtomicInteger(parts - 1);
            Thread caller = Thread.currentThread();
            for (int t = 1; t < parts; t++) {
                pool[t - 1].submit(body, bound(n, parts, t, align), bound(n, parts, t + 1, align), pending, caller);
            }
            Throwable failure = null;
            try {
                body.run(0, bound(n, parts, 1, align));
                for (int t = 1; t < parts; t++) {
                    if (pool[t - 1].reclaim(body)) { // not started by its worker: run it here
                        pending.decrementAndGet(); // first: if it throws, the wait below must not count it
                        body.run(bound(n, parts, t, align), bound(n, parts, t + 1, align));
                    }
                }
            } catch (RuntimeException | Error e) {
                failure = e;
                for (int t = 1; t < parts; t++) {
                    if (pool[t - 1].reclaim(body)) { // a failed call starts no more parts
                        pending.decrementAndGet();
                    }
                }
            }
            awaitZero(pending);
            for (int t = 1; t < parts; t++) {
                Throwable f = pool[t - 1].takeFailure();
                if (failure == null) {
                    failure = f;
                }
            }
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        } finally {
            LOCK.unlock();
        }
    }

    /**
     * Runs {@code body} once per chunk {@code [c·chunk, min(n, (c + 1)·chunk))} of {@code [0, n)}, c in
     * {@code [0, ⌈n / chunk⌉)}: the chunks depend only on n and chunk, never on the thread count. The caller and up to
     * {@link #threads()} − 1 workers take chunks in increasing order from a shared counter until none is left, so a
     * thread that is slow or descheduled (the other core busy) simply takes fewer of them. The body must write only
     * its chunk's outputs; then results do not depend on which thread ran which chunk.
     */
    public static void forChunks(int n, int chunk, Range body) {
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk: expected >= 1, got " + chunk);
        }
        int chunks = (int) (((long) n + chunk - 1) / chunk);
        int limit = threads();
        if (chunks <= 1 || limit <= 1) {
            for (int c = 0; c < chunks; c++) {
                body.run(c * chunk, (int) Math.min(n, (long) (c + 1) * chunk));
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        forRange(Math.min(limit, chunks), 1, 1, (ignoredFrom, ignoredTo) -> {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                body.run(c * chunk, (int) Math.min(n, (long) (c + 1) * chunk));
            }
        });
    }

    private static int parts(int n, int minPart) {
        return Math.min(threads(), Math.max(1, n / Math.max(1, minPart)));
    }

    /**
     * True when {@link #forRange} would run {@code [0, n)} as a single part on the caller. Per-batch kernels test it
     * and then call their body directly: a lambda capturing the kernel's arguments is a heap object per call
     * (40–64 bytes), which the JIT cannot remove because the split path hands it to a worker.
     */
    public static boolean serial(int n, int minPart) {
        return parts(n, minPart) <= 1;
    }

    /** The start of part {@code t} of {@code parts} over {@code [0, n)}, rounded down to a multiple of align. */
    static int bound(int n, int parts, int t, int align) {
        if (t >= parts) {
            return n;
        }
        long raw = (long) n * t / parts;
        return (int) (raw / align * align);
    }

    private static void awaitZero(AtomicInteger pending) {
        long start = System.nanoTime();
        while (pending.get() != 0) {
            if (System.nanoTime() - start < SPIN_NANOS) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(20_000);
            }
        }
    }

    private static Worker[] ensureWorkers(int count) {
        if (workers.length < count) {
            Worker[] grown = java.util.Arrays.copyOf(workers, count);
            for (int i = workers.length; i < count; i++) {
                grown[i] = new Worker(i + 1);
            }
            workers = grown;
        }
        return workers;
    }

    /** Test hook: while true, workers claim no new part (the callers then run every part themselves). */
    static volatile boolean workersPausedForTest;

    private static final class Worker extends Thread {
        /** The submitted part until someone claims it: the worker by running it, or the caller by {@link #reclaim}. */
        private final AtomicReference<Range> body = new AtomicReference<>();
        private int from;
        private int to;
        private AtomicInteger pending;
        private Thread caller;
        private volatile Throwable failure;

        Worker(int index) {
            super("hyperlab-kernel-" + index);
            setDaemon(true);
            start();
        }

        void submit(Range task, int lo, int hi, AtomicInteger counter, Thread owner) {
            from = lo;
            to = hi;
            pending = counter;
            caller = owner;
            body.set(task); // volatile write publishes the fields above
            LockSupport.unpark(this);
        }

        /** True when {@code task} was still unclaimed and is now the caller's (the worker will not run it). */
        boolean reclaim(Range task) {
            return body.compareAndSet(task, null);
        }

        Throwable takeFailure() {
            Throwable f = failure;
            failure = null;
            return f;
        }

        @Override
        public void run() {
            long idleSince = System.nanoTime();
            while (true) {
                Range task = body.get();
                if (task == null || workersPausedForTest || !body.compareAndSet(task, null)) {
                    if (System.nanoTime() - idleSince < SPIN_NANOS) {
                        Thread.onSpinWait();
                    } else {
                        LockSupport.park(this);
                    }
                    continue;
                }
                try {
                    task.run(from, to);
                } catch (Throwable t) {
                    failure = t;
                }
                AtomicInteger counter = pending;
                Thread owner = caller;
                pending = null;
                caller = null;
                counter.decrementAndGet();
                LockSupport.unpark(owner);
                idleSince = System.nanoTime();
            }
        }
    }
}
