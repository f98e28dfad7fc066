package org.hyperlab.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens the written report in headless Chromium (skipped only when no Chromium is installed and not on CI). */
class ReportInBrowserTest {
    @TempDir
    Path dir;

    static Path chromium() {
        Optional<Path> found = HeadlessBrowser.find();
        if (found.isEmpty() && System.getenv("CI") != null) {
            throw new AssertionError("CI must have chromium installed (.ci/run installs it)");
        }
        Assumptions.assumeTrue(found.isPresent(), "chromium is not installed");
        return found.get();
    }

    @Test
    void everyFigureLoadsAndNoScriptErrorOccurs() throws Exception {
        Path chromium = chromium();
        Path index = ReportWriter.write(ReportWriterTest.sample(), dir);
        HeadlessBrowser.Result result = HeadlessBrowser.open(chromium, index);
        assertEquals(2, result.images(), "both figures are on the page");
        assertEquals(List.of(), result.brokenImages());
        assertEquals(List.of(), result.scriptErrors());
        assertTrue(result.dom().contains("Study of J(w) &amp; &lt;friends&gt;"), "the page rendered");
    }

    @Test
    void theProbeSeesABrokenImageAndAScriptError() throws Exception {
        Path chromium = chromium();
        Path page = dir.resolve("bad.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><title>bad</title></head><body>"
                + "<img src=\"missing.png\" alt=\"missing figure\"><script>undefinedFunction();</script></body></html>");
        HeadlessBrowser.Result result = HeadlessBrowser.open(chromium, page);
        assertEquals(1, result.images());
        assertEquals(List.of("missing figure"), result.brokenImages());
        assertEquals(1, result.scriptErrors().size(), result.scriptErrors().toString());
    }
}
