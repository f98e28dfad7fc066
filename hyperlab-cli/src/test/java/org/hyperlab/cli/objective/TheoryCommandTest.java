package org.hyperlab.cli.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.hyperlab.cli.CliRun;
import org.hyperlab.cli.common.Json;
import org.junit.jupiter.api.Test;

class TheoryCommandTest {
    private static JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("theory", "--json"));
        all.addAll(List.of(args));
        CliRun run = CliRun.of(all.toArray(new String[0]));
        assertEquals(0, run.exitCode(), run.err());
        return Json.mapper().readTree(run.out());
    }

    @Test
    void jsonHasTheIssuesKeysAndExactValues() throws Exception {
        JsonNode doc = json();
        for (String key : List.of("oneHot", "z", "yHat", "dJdYHat", "softmaxJacobian", "dJdZ", "dJdW", "dJdb", "objective")) {
            assertTrue(doc.has(key), key);
        }
        assertEquals(6, doc.get("oneHot").size());
        assertEquals(4, doc.get("oneHot").get(4).size());
        assertEquals(1, doc.get("oneHot").get(4).get(3).asInt());
        assertEquals("-23", doc.get("z").get("exact").get(1).get(0).asText());
        assertEquals("e⁶/(1+2e⁶)", doc.get("yHat").get("exact").get(0).get(1).asText());
        assertEquals(Math.exp(6) / (1 + 2 * Math.exp(6)), doc.get("yHat").get("value").get(0).get(1).asDouble(), 1e-15);
        assertEquals(2, doc.get("softmaxJacobian").size());
        assertTrue(doc.get("dJdW").get("withEpsilon").isNull());
        JsonNode objective = doc.get("objective");
        assertEquals("x*(x*w)^3 - 4*x*(x*w)^2 + 3*x*(x*w)", objective.get("derivative").asText());
        JsonNode max = objective.get("criticalPoints").get(1);
        assertEquals("1", max.get("w").asText());
        assertEquals("5/12", max.get("J").asText());
        assertEquals(5.0 / 12, max.get("JValue").asDouble(), 1e-15);
        assertEquals("local maximum", max.get("kind").asText());
    }

    @Test
    void epsilonAddsTheWorkedAnswersValues() throws Exception {
        JsonNode doc = json("--epsilon", "1e-6");
        double y00 = 1 / (1 + 2 * Math.exp(6));
        assertEquals(-1 / (y00 + 1e-6), doc.get("dJdYHat").get("withEpsilon").get(0).get(0).asDouble(), 1e-10);
        assertTrue(doc.get("epsilonNote").asText().contains("4th significant digit"));
    }

    @Test
    void inputsCanBeReplaced() throws Exception {
        // one observation [1, 0] with W = I, b = 0: Z = [1, 0], target 1
        JsonNode doc = json("--x", "1,0", "--w", "[[1,0],[0,1]]", "--b", "0,0", "--labels", "1", "--y", "2,0");
        assertEquals("e/(1+e)", doc.get("yHat").get("exact").get(0).get(0).asText());
        assertEquals(3, doc.get("oneHot").get(0).size());
        // ∂ℓ/∂z = ŷ − y = [e/(1+e), 1/(1+e) − 1]
        assertEquals(1 / (1 + Math.E) - 1, doc.get("dJdZ").get("value").get(0).get(1).asDouble(), 1e-15);
    }

    @Test
    void textAndMarkdown() {
        CliRun text = CliRun.of("theory");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("e³⁷/(1+e¹⁹+e³⁷)"), text.out());
        CliRun md = CliRun.of("theory", "--format", "markdown");
        assertEquals(0, md.exitCode());
        assertTrue(md.out().startsWith("## 1. One-hot encoding"), md.out());
    }

    @Test
    void badInputsAreUsageErrorsOnOneLine() {
        CliRun shape = CliRun.of("theory", "--w", "1,2,3;4,5,6");
        assertEquals(2, shape.exitCode());
        assertTrue(shape.err().contains("--w: expected 3 rows (one per column of x), got 2"), shape.err());
        assertEquals(1, shape.err().strip().lines().count(), shape.err());
        CliRun value = CliRun.of("theory", "--x", "1,two,3;0,0,0");
        assertEquals(2, value.exitCode());
        assertTrue(value.err().contains("--x: row 1, value 2"), value.err());
        CliRun expr = CliRun.of("theory", "--objective", "(w+1");
        assertEquals(2, expr.exitCode());
        assertTrue(expr.err().contains("expected ')' at column 5"), expr.err());
        assertEquals(2, CliRun.of("theory", "--labels", "0,7").exitCode());
        assertEquals(2, CliRun.of("theory", "--epsilon", "-1").exitCode());
        assertEquals(2, CliRun.of("theory", "--format", "html").exitCode());
    }
}
