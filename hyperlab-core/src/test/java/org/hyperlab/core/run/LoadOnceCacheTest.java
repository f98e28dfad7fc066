package org.hyperlab.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Load once per key, least recently used dropped beyond the capacity, failures not cached, safe across threads. */
class LoadOnceCacheTest {
    @Test
    void sameKeyLoadsOnceAndReturnsTheSameInstance() {
        LoadOnceCache<String, Object> cache = new LoadOnceCache<>(2);
        AtomicInteger loads = new AtomicInteger();
        Object first = cache.get("a", () -> { loads.incrementAndGet(); return new Object(); });
        Object second = cache.get("a", () -> { loads.incrementAndGet(); return new Object(); });
        assertSame(first, second);
        assertEquals(1, loads.get());
        assertNotSame(first, cache.get("b", Object::new));
    }

    @Test
    void keepsAtMostCapacityValuesDroppingTheLeastRecentlyUsed() {
        LoadOnceCache<String, Object> cache = new LoadOnceCache<>(2);
        Object a = cache.get("a", Object::new);
        Object b = cache.get("b", Object::new);
        assertSame(a, cache.get("a", Object::new)); // a is now the most recently used
        cache.get("c", Object::new);                // drops b
        assertEquals(2, cache.size());
        assertSame(a, cache.get("a", Object::new));
        assertNotSame(b, cache.get("b", Object::new));
    }

    @Test
    void aFailedLoadIsNotCached() {
        LoadOnceCache<String, Object> cache = new LoadOnceCache<>(2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cache.get("a", () -> { throw new IllegalArgumentException("bad file"); }));
        assertEquals("bad file", e.getMessage());
        assertEquals(0, cache.size());
        Object value = new Object();
        assertSame(value, cache.get("a", () -> value));
    }

    @Test
    void concurrentCallersWithOneKeyShareOneLoad() throws Exception {
        LoadOnceCache<String, Object> cache = new LoadOnceCache<>(2);
        AtomicInteger loads = new AtomicInteger();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return cache.get("mnist", () -> { loads.incrementAndGet(); return new Object(); });
                }));
            }
            start.countDown();
            Object first = results.get(0).get();
            for (Future<Object> f : results) {
                assertSame(first, f.get());
            }
            assertEquals(1, loads.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
