package org.hyperlab.core.tensor.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Parallel#forRange}: every index exactly once, failures surface, and parts no worker started run on the caller;
 * {@link Parallel#forChunks}: every chunk exactly once, with bounds that do not depend on the thread count.
 */
class ParallelTest {
    private int savedThreads;

    @BeforeEach
    void save() {
        savedThreads = Parallel.threads();
    }

    @AfterEach
    void restore() {
        Parallel.workersPausedForTest = false;
        Parallel.setThreads(savedThreads);
    }

    /**
     * Runs {@code body} on a daemon thread and fails unless it completes within {@code seconds} (a daemon thread, so
     * a call that never returns fails this test instead of keeping the test JVM alive).
     */
    private static void finishesWithin(int seconds, Runnable body) {
        Throwable[] failure = new Throwable[1];
        Thread runner = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "parallel-test-caller");
        runner.setDaemon(true);
        runner.start();
        try {
            runner.join(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (runner.isAlive()) {
            fail("Parallel.forRange did not return within " + seconds + " s");
        }
        if (failure[0] instanceof AssertionError a) {
            throw a;
        }
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
    }

    /** Runs forRange over [0, n) and returns how often each index was visited. */
    private static int[] visits(int n, int minPart, int align) {
        AtomicIntegerArray seen = new AtomicIntegerArray(n);
        Parallel.forRange(n, minPart, align, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                seen.incrementAndGet(i);
            }
        });
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = seen.get(i);
        }
        return out;
    }

    private static int[] ones(int n) {
        int[] out = new int[n];
        java.util.Arrays.fill(out, 1);
        return out;
    }

    @Test
    void everyIndexIsVisitedExactlyOnceForAnyThreadCount() {
        for (int threads = 1; threads <= 4; threads++) {
            Parallel.setThreads(threads);
            for (int n : new int[] {0, 1, 7, 64, 1000, 4099}) {
                for (int repeat = 0; repeat < 50; repeat++) { // many calls: workers spinning, parked, or reclaimed from
                    assertArrayEquals(ones(n), visits(n, 1, 16), "threads " + threads + ", n " + n);
                }
            }
        }
    }

    @Test
    void partsNoWorkerStartsRunOnTheCaller() {
        Parallel.setThreads(3);
        Parallel.workersPausedForTest = true;
        Set<Thread> runners = ConcurrentHashMap.newKeySet();
        int[] seen = new int[300];
        // without the caller taking unstarted parts back, this call would wait forever
        finishesWithin(20, () -> Parallel.forRange(300, 1, 1, (lo, hi) -> {
            runners.add(Thread.currentThread());
            for (int i = lo; i < hi; i++) {
                seen[i]++;
            }
        }));
        assertArrayEquals(ones(300), seen);
        assertEquals(1, runners.size(), "all three parts ran on one thread");
    }

    @Test
    void aFailingPartTakenBackByTheCallerIsRethrownWithoutWaitingForever() {
        Parallel.setThreads(2);
        Parallel.workersPausedForTest = true; // the caller takes part 1 back, and part 1 fails
        finishesWithin(20, () -> {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.forRange(1000, 1, 1, (lo, hi) -> {
                if (lo > 0) {
                    throw new IllegalStateException("part 1");
                }
            }));
            assertEquals("part 1", e.getMessage());
        });
        Parallel.workersPausedForTest = false;
        assertArrayEquals(ones(1000), visits(1000, 1, 1));
    }

    @Test
    void aFailingPartIsRethrownAndThePoolStaysUsable() {
        Parallel.setThreads(2);
        for (int failing : new int[] {0, 999}) { // in the caller's part, then in the other part
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.forRange(1000, 1, 1, (lo, hi) -> {
                if (lo <= failing && failing < hi) {
                    throw new IllegalStateException("part with " + failing);
                }
            }));
            assertEquals("part with " + failing, e.getMessage());
            assertArrayEquals(ones(1000), visits(1000, 1, 1));
        }
    }

    /** The chunks forChunks ran over [0, n), as "from-to" strings in the order of their start. */
    private static java.util.List<String> chunksRun(int n, int chunk) {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicIntegerArray visits = new AtomicIntegerArray(Math.max(1, n));
        Parallel.forChunks(n, chunk, (lo, hi) -> {
            seen.add(lo + "-" + hi);
            for (int i = lo; i < hi; i++) {
                visits.incrementAndGet(i);
            }
        });
        for (int i = 0; i < n; i++) {
            assertEquals(1, visits.get(i), "index " + i + " of " + n + " in chunks of " + chunk);
        }
        return seen.stream().sorted(java.util.Comparator.comparingInt(c -> Integer.parseInt(c.split("-")[0]))).toList();
    }

    @Test
    void forChunksRunsEachChunkOnceWithBoundsFromTheSizeAlone() {
        // 1000 in chunks of 300: [0,300) [300,600) [600,900) [900,1000), whatever the threads
        java.util.List<String> expected = java.util.List.of("0-300", "300-600", "600-900", "900-1000");
        for (int threads = 1; threads <= 4; threads++) {
            Parallel.setThreads(threads);
            for (int repeat = 0; repeat < 50; repeat++) {
                assertEquals(expected, chunksRun(1000, 300), "threads " + threads);
                assertEquals(java.util.List.of("0-7"), chunksRun(7, 16), "threads " + threads);
                assertEquals(java.util.List.of(), chunksRun(0, 16), "threads " + threads);
                assertEquals(8, chunksRun(8, 1).size(), "threads " + threads);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Parallel.forChunks(10, 0, (lo, hi) -> { }));
    }

    @Test
    void forChunksFinishesOnTheCallerWhenNoWorkerStarts() {
        Parallel.setThreads(3);
        Parallel.workersPausedForTest = true;
        Set<Thread> runners = ConcurrentHashMap.newKeySet();
        finishesWithin(20, () -> assertEquals(10, chunksRunBy(runners).size()));
        assertEquals(1, runners.size(), "every chunk ran on one thread, the caller");
    }

    private static java.util.List<String> chunksRunBy(Set<Thread> runners) {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Parallel.forChunks(100, 10, (lo, hi) -> {
            runners.add(Thread.currentThread());
            seen.add(lo + "-" + hi);
        });
        return java.util.List.copyOf(seen);
    }

    @Test
    void withThreadsLimitsOnlyTheCallingRunAndRestoresTheDefault() throws Exception {
        Parallel.setThreads(3);
        Set<Integer> seenInside = ConcurrentHashMap.newKeySet();
        int inner = Parallel.withThreads(1, () -> {
            Parallel.forRange(1000, 1, 1, (from, to) -> seenInside.add(from));
            return Parallel.withThreads(2, Parallel::threads);
        });
        assertEquals(2, inner, "nested call sees its own count");
        assertEquals(Set.of(0), seenInside, "one thread: one part starting at 0");
        assertEquals(3, Parallel.threads(), "default restored after the run");
        int[] other = new int[1];
        Thread t = new Thread(() -> other[0] = Parallel.threads());
        Parallel.withThreads(1, () -> {
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        assertEquals(3, other[0], "another thread keeps the process default");
        assertThrows(IllegalArgumentException.class, () -> Parallel.withThreads(0, () -> 0));
    }
}
