package org.hyperlab.cli.objective;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs independent tasks (e.g. writing the figures of a run directory) on the calling thread and, when the
 * machine has more than one core, one helper thread. Tasks are taken in list order, so put the slow ones first.
 * After the first failure no new task starts; {@link #runAll} waits for the running ones and rethrows that failure.
 */
final class ParallelTasks {
    private ParallelTasks() {
    }

    /** Runs every task (or stops early after a failure) and returns when all started ones have finished. */
    static void runAll(List<Runnable> tasks) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < tasks.size() && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    tasks.get(i).run();
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }
        };
        Thread helper = null;
        if (tasks.size() > 1 && Runtime.getRuntime().availableProcessors() > 1) {
            helper = new Thread(worker, "hyperlab-files");
            helper.setDaemon(true);
            helper.start();
        }
        worker.run();
        if (helper != null) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing files", e);
            }
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        } else if (t instanceof Error e) {
            throw e;
        } else if (t != null) {
            throw new IllegalStateException(t);
        }
    }
}
