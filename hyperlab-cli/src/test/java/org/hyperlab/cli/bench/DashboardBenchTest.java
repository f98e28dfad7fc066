package org.hyperlab.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code bench --dashboard} on a small study: it prints the generation line and one median line per API answer, and
 * removes its temporary store.
 */
class DashboardBenchTest {
    @Test
    void measuresEveryAnswerAndLeavesNoStoreBehind() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before;
        try (Stream<Path> s = Files.list(tmp)) {
            before = s.filter(p -> p.getFileName().toString().startsWith("hyperlab-dashboard-bench")).toList();
        }
        StringWriter out = new StringWriter();
        DashboardBench.run(new PrintWriter(out), new PrintWriter(new StringWriter()), 200);
        String text = out.toString();
        assertTrue(text.contains("generated 200 trials x 5 params x 20 steps"), text);
        assertEquals(4, text.lines().filter(l -> l.startsWith("/api/") && l.contains(" median ")).count(), text);
        assertTrue(text.contains("study document:"), text);
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(before, s.filter(p -> p.getFileName().toString().startsWith("hyperlab-dashboard-bench")).toList(),
                    "the temporary store is removed");
        }
    }
}
