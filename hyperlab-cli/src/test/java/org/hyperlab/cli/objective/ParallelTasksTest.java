package org.hyperlab.cli.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelTasksTest {
    @Test
    void runsEveryTaskExactlyOnce() {
        AtomicIntegerArray runs = new AtomicIntegerArray(50);
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < runs.length(); i++) {
            int k = i;
            tasks.add(() -> runs.incrementAndGet(k));
        }
        ParallelTasks.runAll(tasks);
        for (int i = 0; i < runs.length(); i++) {
            assertEquals(1, runs.get(i), "task " + i);
        }
    }

    @Test
    void rethrowsTheFailureOfATask() {
        IllegalStateException boom = new IllegalStateException("cannot write grid.png");
        List<Runnable> tasks = List.of(() -> { }, () -> {
            throw boom;
        }, () -> { });
        assertSame(boom, assertThrows(IllegalStateException.class, () -> ParallelTasks.runAll(tasks)));
    }

    @Test
    void emptyAndSingleTaskListsRunOnTheCaller() {
        ParallelTasks.runAll(List.of());
        Thread[] ranOn = new Thread[1];
        ParallelTasks.runAll(List.of(() -> ranOn[0] = Thread.currentThread()));
        assertSame(Thread.currentThread(), ranOn[0]);
    }
}
