package org.hyperlab.sweep.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The define-by-run example is the one the README shows (verbatim, from its {@code package} line on), and it runs:
 * the best of 40 trials on (x - 2)^2 ends within 1e-3 of the minimum 0 (a constant rate near 0.5 reaches it in one
 * step, so TPE finds it easily).
 */
class DefineByRunExampleTest {
    private static final Path SOURCE = Path.of("src/test/java/org/hyperlab/sweep/example/DefineByRunExample.java");

    @Test
    void theReadmeShowsThisExampleVerbatim() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String source = Files.readString(SOURCE);
        assertTrue(readme.contains("```java\n" + source + "```"), "README's define-by-run block differs from " + SOURCE);
    }

    @Test
    void itRunsAndFindsTheMinimum() {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            DefineByRunExample.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("best trial \\d+: loss (\\S+) with \\{x0=.*, lr=.*, schedule=.*}").matcher(out);
        assertTrue(m.find(), out);
        assertTrue(Double.parseDouble(m.group(1)) < 1e-3, out);
    }
}
