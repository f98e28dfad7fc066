package org.hyperlab.cli.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hyperlab.cli.CliRun;
import org.hyperlab.cli.common.Json;
import org.hyperlab.report.doc.HeadlessBrowser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code hyperlab assignment --quick} once (real MNIST, as CI installs it) and checks the report's structure,
 * its key numbers against values derived by hand from J(w) = ¼w⁴ − 4/3·w³ + 3/2·w², and the page in Chromium.
 */
class AssignmentCommandTest {
    @TempDir
    static Path tmp;

    static Path dir;
    static CliRun run;
    static JsonNode doc;
    static String md;
    static String html;

    @BeforeAll
    static void runQuickReport() throws Exception {
        dir = tmp.resolve("report");
        run = CliRun.of("assignment", "--quick", "--seed", "3", "--out", dir.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        doc = Json.mapper().readTree(run.out());
        md = Files.readString(dir.resolve("report.md"));
        html = Files.readString(dir.resolve("index.html"));
    }

    @Test
    void stdoutIsOneJsonDocumentAndProgressGoesToStderr() {
        assertEquals(dir.toString(), doc.get("reportDir").asText());
        assertTrue(doc.get("quick").asBoolean());
        assertEquals(3, doc.get("seed").asLong());
        assertTrue(run.err().contains("[1/7] theory"), run.err());
        assertTrue(run.err().contains("[6/7] MNIST"));
        assertTrue(run.err().contains("done in"));
    }

    @Test
    void writesEveryFileTheIssueAsksFor() throws Exception {
        for (String f : List.of("index.html", "report.md", "summary.json", "data/critical-points.csv",
                "data/decision-lr-batch-table.csv", "data/timing.csv")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        assertTrue(doc.get("figures").size() >= 15, "figures: " + doc.get("figures"));
        for (JsonNode f : doc.get("figures")) {
            String png = f.asText();
            String stem = png.substring("figures/".length(), png.length() - 4);
            assertTrue(Files.size(dir.resolve(png)) > 1000, png);
            assertTrue(Files.readString(dir.resolve("figures/" + stem + ".svg")).contains("<svg"), stem);
            assertTrue(Files.size(dir.resolve("data/" + stem + ".csv")) > 0, stem);
            assertTrue(md.contains("](" + png + ")"), "report.md links " + png);
        }
        assertEquals(Files.readString(dir.resolve("summary.json")).trim(), run.out().trim());
    }

    @Test
    void theReportHasAllSectionsInOrderAndTheReproduceBlock() {
        List<String> headings = List.of("## 1. Theory", "### One-hot encoding of Y = \\[0, 1, 1, 2, 3, 0\\]",
                "### Input → FullyConnected → Softmax", "### Gradients", "### ∂J/∂w and the critical points of J(w)",
                "## 2. The objective J(w)", "## 3. Initialization",
                "## 4. Learning rate", "## 5. Adam", "## 6. MNIST", "### Hyperparameter decisions and why",
                "#### Learning rate and batch size", "#### z-scoring", "#### Early-stopping patience",
                "#### Maximum epochs", "#### A small training set overfits", "## How to reproduce");
        int at = -1;
        for (String h : headings) {
            int i = md.indexOf("\n" + h + "\n");
            assertTrue(i > at, "heading '" + h + "' missing or out of order");
            at = i;
        }
        assertTrue(md.contains("```sh\n./hyperlab assignment --quick --seed 3\n```"), "reproduce command");
        assertTrue(md.contains("- seed: 3"));
        // Ŷ of the theory example, row [0, 6, 6]: e⁶/(1+2e⁶) = 0.499381 (exp(6)/(1+2exp(6)))
        assertTrue(md.contains("| 1 | 2 | e⁶/(1+2e⁶) | 0.499381 |"), "exact and decimal softmax output");
    }

    @Test
    void keyNumbersMatchTheMath() {
        JsonNode n = doc.get("numbers");
        // J'(w) = w(w−1)(w−3): minima at 0 (J = 0) and 3 (J = 81/4 − 36 + 27/2 = −9/4), maximum at 1 (J = 5/12)
        assertEquals("5/12", n.get("objective.criticalPoint.w=1.J").asText());
        assertEquals("-9/4", n.get("objective.criticalPoint.w=3.J").asText());
        assertEquals("global minimum", n.get("objective.criticalPoint.w=3.kind").asText());
        // J''(0) = 3, J''(3) = 27 − 24 + 3 = 6: plain descent is stable below 2/3 and 1/3
        assertEquals(2.0 / 3, n.get("learningRate.stabilityLimit.w=0").asDouble(), 1e-12);
        assertEquals(1.0 / 3, n.get("learningRate.stabilityLimit.w=3").asDouble(), 1e-12);
        // from w0 = 4 descent with η = 0.1 < 1/3 settles in the basin of w* = 3; from −1, 0.2, 0.9 at w* = 0
        assertEquals(3.0, n.get("initialization.w0=4.0.finalW").asDouble(), 1e-6);
        assertEquals(-2.25, n.get("initialization.w0=4.0.finalJ").asDouble(), 1e-9);
        for (String w0 : List.of("-1.0", "0.2", "0.9")) {
            assertEquals(0.0, n.get("initialization.w0=" + w0 + ".finalW").asDouble(), 1e-6, w0);
        }
        // η = 5 from 0.2 overflows at epoch 6 (the issue's statement, from the update rule)
        assertEquals("diverged", n.get("learningRate.lr=5.0.status").asText());
        assertEquals(6, n.get("learningRate.lr=5.0.divergedAtEpoch").asInt());
        // Adam's first step: m̂/√v̂ = g/|g|, so |Δw| = η·|g|/(|g| + ε) ≈ η = 5
        assertEquals(5.0, n.get("adam.firstStep").asDouble(), 1e-6);
        // MNIST, even on the quick subset: far above chance, and the tiny training set overfits
        assertTrue(n.get("mnist.testAccuracy").asDouble() > 0.8, "test accuracy " + n.get("mnist.testAccuracy"));
        double smallTrain = n.get("overfitting.trainAccuracy").asDouble();
        double smallValidation = n.get("overfitting.validationAccuracy").asDouble();
        assertTrue(smallTrain > 0.95 && smallTrain - smallValidation > 0.1, smallTrain + " vs " + smallValidation);
    }

    @Test
    void sentencesAreWrittenFromThisRunsNumbers() {
        JsonNode n = doc.get("numbers");
        String test = String.format(java.util.Locale.ROOT, "%.2f%%", 100 * n.get("mnist.testAccuracy").asDouble());
        assertTrue(md.contains("test " + test + "."), "the MNIST paragraph states the measured test accuracy " + test);
        double lr = n.get("decision.lr").asDouble();
        assertTrue(md.contains("Learning rate " + org.hyperlab.report.text.Numbers.compact(lr) + " with "),
                "the decision names the chosen learning rate");
        assertTrue(md.contains("diverged at epoch 6"));
    }

    @Test
    void theHtmlPageOpensInHeadlessChromiumWithEveryImageLoaded() throws Exception {
        Optional<Path> chromium = HeadlessBrowser.find();
        if (chromium.isEmpty() && System.getenv("CI") != null) {
            throw new AssertionError("CI must have chromium installed (.ci/run installs it)");
        }
        Assumptions.assumeTrue(chromium.isPresent(), "chromium is not installed");
        HeadlessBrowser.Result result = HeadlessBrowser.open(chromium.get(), dir.resolve("index.html"));
        assertEquals(doc.get("figures").size(), result.images());
        assertEquals(List.of(), result.brokenImages());
        assertEquals(List.of(), result.scriptErrors());
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<section id=\"([a-z0-9-]+)\">").matcher(result.dom());
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertTrue(ids.containsAll(List.of("theory", "objective", "initialization", "learning-rate", "adam", "mnist",
                "decisions", "reproduce")), ids.toString());
        assertTrue(html.contains("<a href=\"#mnist\">"), "contents link");
    }
}
