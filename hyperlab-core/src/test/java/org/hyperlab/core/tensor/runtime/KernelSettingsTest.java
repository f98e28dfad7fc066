package org.hyperlab.core.tensor.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The documented defaults and values of the four kernel switches (each property restored afterwards). */
class KernelSettingsTest {
    private static <T> T with(String property, String value, Supplier<T> read) {
        String before = System.getProperty(property);
        try {
            if (value == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, value);
            }
            return read.get();
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }

    @Test
    void simdAndSparseAreOnUnlessSetToFalse() {
        for (String property : new String[] {"hyperlab.simd", "hyperlab.sparse"}) {
            Supplier<Boolean> read = property.endsWith("simd") ? KernelSettings::simd : KernelSettings::sparseInput;
            assertTrue(with(property, null, read), property + " unset");
            assertTrue(with(property, "true", read), property + "=true");
            assertFalse(with(property, "false", read), property + "=false");
            assertFalse(with(property, "FALSE", read), property + "=FALSE");
        }
    }

    @Test
    void warmUpRoundsDefaultToTheDocumentedCount() {
        assertEquals(KernelSettings.DEFAULT_WARMUP_ROUNDS, with("hyperlab.warmup", null, KernelSettings::warmUpRounds));
        assertEquals(1500, KernelSettings.DEFAULT_WARMUP_ROUNDS);
        assertEquals(0, with("hyperlab.warmup", "0", KernelSettings::warmUpRounds));
        assertEquals(20, with("hyperlab.warmup", "20", KernelSettings::warmUpRounds));
    }

    @Test
    void threadsAreAtLeastOneAndDefaultToTheProcessors() {
        assertEquals(Runtime.getRuntime().availableProcessors(), with("hyperlab.threads", null, KernelSettings::threads));
        assertEquals(3, with("hyperlab.threads", " 3 ", KernelSettings::threads));
        assertEquals(1, with("hyperlab.threads", "0", KernelSettings::threads));
        assertEquals(Runtime.getRuntime().availableProcessors(), with("hyperlab.threads", "abc", KernelSettings::threads),
                "a value that is not a whole number gives the default, not a failing class initializer");
    }

    @Test
    void malformedValuesAreNamedByTheStartCheck() {
        String threads = with("hyperlab.threads", "abc", () -> org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, KernelSettings::requireWellFormed).getMessage());
        assertEquals("-Dhyperlab.threads: expected a whole number from 1 to 256, got 'abc'", threads);
        String simd = with("hyperlab.simd", "yes", () -> org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, KernelSettings::requireWellFormed).getMessage());
        assertEquals("-Dhyperlab.simd: expected true or false, got 'yes'", simd);
        assertTrue(with("hyperlab.threads", "2", () -> {
            KernelSettings.requireWellFormed();
            return true;
        }));
    }
}
