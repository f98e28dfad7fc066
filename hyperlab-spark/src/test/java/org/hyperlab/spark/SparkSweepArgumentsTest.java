package org.hyperlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SparkSweepArgumentsTest {
    @Test
    void theFlagsAreRead() {
        SparkSweepArguments a = SparkSweepArguments.parse(new String[] {"--study", "s", "--storage", "jdbc:sqlite:x.db",
                "--trials", "6", "--parallelism", "3", "--trials-dir", "/tmp/t"});
        assertEquals(new SparkSweepArguments("jdbc:sqlite:x.db", "s", 6, 3, Path.of("/tmp/t"), null), a);
        assertNull(a.workDir());
    }

    @Test
    void aMissingOrBadValueNamesItsFlag() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparkSweepArguments.parse(
                new String[] {"--study", "s", "--storage", "u", "--trials", "0", "--parallelism", "2"}));
        assertEquals("--trials: expected an integer of at least 1, got '0'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SparkSweepArguments.parse(
                new String[] {"--study", "s", "--trials", "2", "--parallelism", "2"}));
        assertEquals("--storage: expected a value (it is required)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SparkSweepArguments.parse(new String[] {"--jobs", "2"}));
        assertEquals("unknown argument '--jobs', expected one of [--storage, --study, --trials, --parallelism, "
                + "--trials-dir, --work-dir]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SparkSweepArguments.parse(new String[] {"--study"}));
        assertEquals("--study: expected a value", e.getMessage());
    }
}
