package org.hyperlab.core.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A small process-wide cache of expensive, immutable values (here: the decoded and split training data, so that
 * the trials of a sweep load MNIST once instead of once per trial). Contract:
 * <ul>
 *   <li><b>Load once per key</b>: concurrent {@link #get} calls with equal keys (e.g. the threads of
 *       {@code sweep run --jobs N}) run the loader once; the others wait for it and receive the same instance.</li>
 *   <li><b>Bounded</b>: at most {@code capacity} values are kept; the least recently used one is dropped first.</li>
 *   <li><b>Failures are not cached</b>: when the loader throws, every waiting caller gets that exception and the
 *       next call with the key tries again.</li>
 *   <li>Values are shared, so they must be treated as read-only by every caller.</li>
 * </ul>
 *
 * @param <K> the key: a value type whose {@code equals} says "same data" (e.g. a record of paths and sizes)
 * @param <V> the cached value
 */
public final class LoadOnceCache<K, V> {
    private final Map<K, FutureTask<V>> entries;

    /** A cache keeping at most {@code capacity} (at least 1) values. */
    public LoadOnceCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("cache capacity must be >= 1, got " + capacity);
        }
        this.entries = new LinkedHashMap<>(4, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, FutureTask<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value for {@code key}, loading it with {@code loader} unless it is cached or being loaded. */
    public V get(K key, Supplier<V> loader) {
        FutureTask<V> task;
        synchronized (entries) {
            task = entries.get(key);
            if (task == null) {
                task = new FutureTask<>(loader::get);
                entries.put(key, task);
            }
        }
        task.run(); // no-op unless this caller created the task (or it has not started yet)
        try {
            return task.get();
        } catch (ExecutionException e) {
            synchronized (entries) {
                entries.remove(key, task);
            }
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for data being loaded by another thread", e);
        }
    }

    /** How many values are cached (or being loaded) now. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
