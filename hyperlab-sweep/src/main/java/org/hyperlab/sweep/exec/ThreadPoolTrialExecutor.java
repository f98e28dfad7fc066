package org.hyperlab.sweep.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs trials on {@code jobs} threads, each taking the next trial as soon as its previous one ends, until
 * {@code nTrials} have been started or the task reports that nothing is left.
 */
public final class ThreadPoolTrialExecutor implements TrialExecutor {
    private final int jobs;

    /** @param jobs the number of threads, at least 1 */
    public ThreadPoolTrialExecutor(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
        }
        this.jobs = jobs;
    }

    @Override
    public void execute(int nTrials, TrialTask task) {
        AtomicInteger remaining = new AtomicInteger(nTrials);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "sweep-worker-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int j = 0; j < jobs; j++) {
                workers.add(pool.submit(() -> {
                    try {
                        while (!stop.get() && remaining.getAndDecrement() > 0) {
                            if (!task.runNext()) {
                                stop.set(true);
                            }
                        }
                    } catch (RuntimeException | Error e) {
                        stop.set(true);
                        throw e;
                    }
                }));
            }
            for (Future<?> w : workers) {
                try {
                    w.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop.set(true);
                    throw new IllegalStateException("interrupted while running trials", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
