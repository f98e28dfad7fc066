package org.hyperlab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the benchmark's warm-up ends: minimum epochs and time, a quiet JIT, the time cap. */
class WarmUpTest {
    /** A compilation clock the test advances by hand. */
    private static final class Clock {
        long ms;
    }

    @Test
    void endsAtTheFirstQuietEpochAfterTheMinimum() {
        Clock jit = new Clock();
        WarmUp w = new WarmUp(2, 0, 100, () -> jit.ms);
        assertFalse(w.epochEnded(0.05), "epoch 1: below the minimum, even with a quiet JIT");
        jit.ms += 30;
        assertFalse(w.epochEnded(0.05), "epoch 2: 30 ms of compiling in a 50 ms epoch");
        jit.ms += 2;
        assertFalse(w.epochEnded(0.05), "epoch 3: 2 ms > max(1 ms, 2 % of 50 ms)");
        jit.ms += 1;
        assertTrue(w.epochEnded(0.05), "epoch 4: 1 ms is quiet");
        assertEquals(4, w.epochs());
        assertEquals(0.2, w.seconds(), 1e-12);
    }

    @Test
    void aLongEpochMayCompileTwoPercentOfItsTime() {
        Clock jit = new Clock();
        WarmUp w = new WarmUp(1, 0, 100, () -> jit.ms);
        jit.ms += 5;
        assertFalse(w.epochEnded(0.2), "5 ms > 2 % of 200 ms");
        jit.ms += 4;
        assertTrue(w.epochEnded(0.2), "4 ms = 2 % of 200 ms");
    }

    /** Epochs of {@code epochSeconds}, each with {@code compileMs} of compiling, until the warm-up is over (at most 1,000). */
    private static int epochsUntilOver(WarmUp w, Clock jit, double epochSeconds, long compileMs) {
        for (int epochs = 1; epochs <= 1000; epochs++) {
            jit.ms += compileMs;
            if (w.epochEnded(epochSeconds)) {
                return epochs;
            }
        }
        return -1;
    }

    @Test
    void endsAtTheTimeCapWhileTheJitIsBusy() {
        Clock jit = new Clock();
        WarmUp w = new WarmUp(2, 0, 1.0, () -> jit.ms);
        assertEquals(4, epochsUntilOver(w, jit, 0.3, 50), "0.3 s epochs reach the 1 s cap at the fourth");
    }

    @Test
    void withoutCompilationTimesItEndsAfterTheMinimum() {
        WarmUp w = new WarmUp(3, 0, 100, null);
        assertFalse(w.epochEnded(1));
        assertFalse(w.epochEnded(1));
        assertTrue(w.epochEnded(1));
    }

    @Test
    void lastsAtLeastTheMinimumTimeEvenWithAQuietJit() {
        Clock jit = new Clock();
        WarmUp w = new WarmUp(2, 1.0, 5, () -> jit.ms);
        assertEquals(4, epochsUntilOver(w, jit, 0.25, 0), "0.25 s epochs reach the 1 s minimum at the fourth");
    }

    @Test
    void rejectsANonPositiveMinimum() {
        assertThrows(IllegalArgumentException.class, () -> new WarmUp(0, 0, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new WarmUp(1, 0, Double.NaN, null));
        assertThrows(IllegalArgumentException.class, () -> new WarmUp(1, 2, 1, null));
    }
}
