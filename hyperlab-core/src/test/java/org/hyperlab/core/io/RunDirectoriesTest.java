package org.hyperlab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoriesTest {
    @TempDir
    Path dir;

    @Test
    void aSlugKeepsLowercaseLettersDigitsDashUnderscoreAndInnerDots() {
        assertEquals("lr-2_b.3", RunDirectories.slug("LR-2_b.3"));
        assertEquals("my-study", RunDirectories.slug("my study"));
        assertEquals("a-b-c", RunDirectories.slug("a/b/c"));
        assertEquals("escaped", RunDirectories.slug("../../../escaped"));
        assertEquals("x-y", RunDirectories.slug("x\\y"));
        assertEquals("caf-", RunDirectories.slug("café"));
    }

    @Test
    void aSlugIsCutToItsLimitAndALongerNameIsRefused() {
        assertEquals(RunDirectories.MAX_SLUG_LENGTH, RunDirectories.slug("a".repeat(150)).length());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunDirectories.slug("a".repeat(RunDirectories.MAX_NAME_LENGTH + 1)));
        assertTrue(e.getMessage().contains("at most 200 characters"), e.getMessage());
    }

    @Test
    void aNameWithoutLetterOrDigitIsRefused() {
        for (String name : new String[] {"", "   ", "..", "../..", "///", "-._"}) {
            assertThrows(IllegalArgumentException.class, () -> RunDirectories.slug(name), name);
        }
    }

    @Test
    void createMakesAFreshDirectoryInsideTheBaseAndRefusesOneOutside() throws IOException {
        Path made = RunDirectories.create(dir, "sweep-" + RunDirectories.slug("../../x"));
        assertEquals(dir, made.getParent());
        assertTrue(Files.isDirectory(made));
        assertThrows(IllegalArgumentException.class, () -> RunDirectories.create(dir.resolve("a/b"), "../../../up"));
        assertThrows(IllegalArgumentException.class, () -> RunDirectories.create(dir, "a/b"));
        try (var entries = Files.list(dir)) {
            assertEquals(2, entries.count(), "only the made directory and a/b exist");
        }
    }
}
