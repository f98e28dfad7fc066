package org.hyperlab.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.hyperlab.core.io.AtomicFiles;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.TrialPrunedException;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.pruner.MedianPruner;
import org.hyperlab.sweep.pruner.NopPruner;
import org.hyperlab.sweep.sampler.RandomSampler;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.storage.StudyStorage;
import org.hyperlab.sweep.storage.StudyStorages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard end to end in a real headless chromium (one browser for the class): what the page draws (SVG marks
 * counted in the DOM), live updates without a reload while a sweep runs beside it, and user strings shown as text.
 * Screenshots of the study page and the run comparison go to {@code /tmp/dashboard-shots/}.
 */
class DashboardBrowserTest {
    static final String HOSTILE = "<script>alert(1)</script>";
    static final String HOSTILE_MESSAGE = "<img src=x onerror=\"document.title='pwned'\">";
    static final Path SHOTS = Path.of("/tmp/dashboard-shots");
    static final Duration LIVE = Duration.ofSeconds(2);

    @TempDir
    static Path tmp;
    static Path runs;
    static String storeUrl;
    static StudyStorage writer;
    static Dashboard dashboard;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(HeadlessChromium.available(), "chromium and chromium-driver are not installed");
        runs = tmp.resolve("runs");
        storeUrl = "jdbc:sqlite:" + runs.resolve("sweeps.db");
        RunFixtures.write(runs.resolve("train-a"), 0.01, 2.0, 5, false);
        RunFixtures.write(runs.resolve("train-b"), 0.1, 1.2, 5, false);
        AtomicFiles.writeString(runs.resolve("assignment-1/index.html"),
                "<html><body><h1 id='report'>The report</h1></body></html>");
        writer = StudyStorages.open(storeUrl);
        hostileStudy();
        prunedStudy();
        conditionalStudy();
        dashboard = Dashboard.start(new DashboardSettings(storeUrl, runs, DashboardSettings.LOCAL_HOST, 0));
        browser = HeadlessChromium.start(tmp);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (dashboard != null) {
            dashboard.close();
        }
        if (writer != null) {
            writer.close();
        }
    }

    /** A study named like a script, with a failed trial whose message is HTML. */
    static void hostileStudy() {
        long id = writer.createStudy(HOSTILE, new ObjectiveSpec("loss", Direction.MINIMIZE), 1).id();
        long ok = writer.createTrial(id, TrialState.RUNNING, Map.of("name", "<b>bold</b>")).id();
        writer.finishTrial(ok, TrialState.COMPLETE, 1.0, null);
        long bad = writer.createTrial(id, TrialState.RUNNING, Map.of("name", "x")).id();
        writer.finishTrial(bad, TrialState.FAILED, null, HOSTILE_MESSAGE);
    }

    /**
     * 8 trials of 5 steps under a median pruner after 3 startup trials: trial n reports n + 1/step, so each trial
     * from number 3 on is above the median of the earlier ones at step 1 and is pruned there.
     */
    static void prunedStudy() {
        Study study = Study.create(writer, "pruning", new ObjectiveSpec("loss", Direction.MINIMIZE), 7,
                new RandomSampler(), new MedianPruner(3, 0, 1));
        study.optimize(trial -> {
            trial.suggestFloat("x", 0, 1, false);
            for (int step = 1; step <= 5; step++) {
                trial.report(step, trial.number() + 1.0 / step);
                if (trial.shouldPrune()) {
                    throw new TrialPrunedException("pruned at step " + step);
                }
            }
            return trial.number() + 0.2;
        }, 8, 1);
    }

    /** Four complete trials where momentum, a conditional parameter, exists only for the momentum optimizer. */
    static void conditionalStudy() {
        long id = writer.createStudy("conditional", new ObjectiveSpec("loss", Direction.MINIMIZE), 1).id();
        Object[] momentum = {null, 0.9, null, 0.5};
        for (int n = 0; n < momentum.length; n++) {
            Map<String, Object> params = new java.util.LinkedHashMap<>();
            params.put("optimizer", momentum[n] == null ? "sgd" : "momentum");
            params.put("lr", 0.01 * (n + 1));
            if (momentum[n] != null) {
                params.put("momentum", momentum[n]);
            }
            writer.finishTrial(writer.createTrial(id, TrialState.RUNNING, params).id(), TrialState.COMPLETE, n + 1.0, null);
        }
    }

    static List<TrialRecord> trials(String study) {
        return writer.trials(writer.findStudy(study).orElseThrow().id());
    }

    static void open(String hash) {
        browser.get(dashboard.url() + hash);
    }

    static int count(String css) {
        return browser.findElements(By.cssSelector(css)).size();
    }

    static void waitFor(Duration timeout, String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, timeout, Duration.ofMillis(50)).withMessage(what).until(d -> condition.getAsBoolean());
    }

    static void screenshot(String name) throws IOException {
        Files.createDirectories(SHOTS);
        Path png = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void optimizationHistoryDrawsOneMarkPerTrialAndMarksPrunedTrials() throws IOException {
        List<TrialRecord> all = trials("pruning");
        long complete = all.stream().filter(t -> t.state() == TrialState.COMPLETE).count();
        long pruned = all.stream().filter(t -> t.state() == TrialState.PRUNED).count();
        assertEquals(3, complete);
        assertEquals(5, pruned);
        open("#/study/pruning");
        waitFor(Duration.ofSeconds(10), "history drawn", () -> count("#history-chart circle.mark") > 0);
        assertEquals(complete, count("#history-chart circle.mark"));
        assertEquals(1, count("#history-chart path.best"));
        assertEquals(all.size(), count("#intermediate-chart path.curve"));
        assertEquals(pruned, count("#intermediate-chart path.curve.pruned"));
        assertEquals(pruned, count("#intermediate-chart circle.pruned-mark"));
        assertEquals(all.size(), count("#trials tr.trial-row"));
        assertEquals(1, count("#importance-chart rect.bar"));
        browser.findElement(By.cssSelector("button[data-tab=slices]")).click();
        assertEquals(complete, count("circle.slice-mark"));
        browser.findElement(By.cssSelector("button[data-tab=parallel]")).click();
        assertEquals(complete, count("#parallel-chart path.pcp"));
        screenshot("study.png");
    }

    @Test
    void aParameterATrialLacksIsAGapInItsParallelCoordinatesLine() {
        open("#/study/conditional");
        waitFor(Duration.ofSeconds(10), "table drawn", () -> count("#trials tr.trial-row") == 4);
        browser.findElement(By.cssSelector("button[data-tab=parallel]")).click();
        assertEquals(4, count("#parallel-chart path.pcp"));
        // axes optimizer, lr, momentum, objective: an sgd trial's line stops at lr and starts again at the objective
        for (WebElement line : browser.findElements(By.cssSelector("#parallel-chart path.pcp"))) {
            boolean sgd = Integer.parseInt(line.getAttribute("data-trial")) % 2 == 0;
            String d = line.getAttribute("d");
            assertEquals(sgd ? 2 : 1, d.chars().filter(c -> c == 'M').count(), d);
            assertEquals(sgd ? 1 : 3, d.chars().filter(c -> c == 'L').count(), d);
        }
        browser.findElement(By.cssSelector("button[data-tab=slices]")).click();
        assertEquals(4 + 4 + 2, count("circle.slice-mark"));
    }

    @Test
    void theTrialTableSortsAndFilters() {
        open("#/study/pruning");
        waitFor(Duration.ofSeconds(10), "table drawn", () -> count("#trials tr.trial-row") == 8);
        browser.findElement(By.cssSelector("th[data-key=number]")).click();
        waitFor(Duration.ofSeconds(2), "sorted descending", () -> "7".equals(firstRowNumber()));
        browser.findElement(By.id("trial-filter")).sendKeys("complete");
        waitFor(Duration.ofSeconds(2), "filtered", () -> count("#trials tr.trial-row") == 3);
        assertEquals("2", firstRowNumber());
    }

    private static String firstRowNumber() {
        List<WebElement> rows = browser.findElements(By.cssSelector("#trials tr.trial-row"));
        return rows.isEmpty() ? null : rows.get(0).getAttribute("data-trial");
    }

    @Test
    void newTrialsOfARunningSweepAppearWithinTwoSecondsWithoutAReload() throws Exception {
        Study study = Study.create(writer, "live", new ObjectiveSpec("loss", Direction.MINIMIZE), 3,
                new RandomSampler(), new NopPruner());
        open("#/study/live");
        waitFor(Duration.ofSeconds(10), "empty study shown", () -> count("#history-chart") == 1);
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
        List<Long> finishedAt = new java.util.concurrent.CopyOnWriteArrayList<>();
        study.onTrialFinished(t -> finishedAt.add(System.nanoTime()));
        CompletableFuture<Void> sweep = CompletableFuture.runAsync(() -> study.optimize(trial -> {
            double x = trial.suggestFloat("x", 0, 1, false);
            Thread.sleep(700);
            return x;
        }, 4, 1));
        for (int n = 1; n <= 4; n++) {
            int expected = n;
            waitFor(Duration.ofSeconds(15), "trial " + n + " finished", () -> finishedAt.size() >= expected);
            long since = finishedAt.get(n - 1);
            waitFor(LIVE, "trial " + n + " shown within 2 s", () -> count("#history-chart circle.mark") >= expected);
            assertTrue(System.nanoTime() - since < LIVE.toNanos(), "trial " + n + " shown too late");
        }
        sweep.get();
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;"));
    }

    @Test
    void trainingRunsAreDrawnComparedAndFollowedLive() throws IOException {
        open("#/runs/dir%3Atrain-a,dir%3Atrain-b");
        waitFor(Duration.ofSeconds(10), "curves drawn", () -> count("#run-charts path.run-line") == 8);
        assertEquals(2 * 5 * 4, count("#run-charts circle.run-point"));
        List<WebElement> lrRow = browser.findElements(By.xpath("//table[@id='configs']//tr[th='lr']/td"));
        assertEquals(2, lrRow.size());
        assertTrue(lrRow.get(0).getAttribute("class").contains("diff"));
        assertFalse(browser.findElements(By.xpath("//table[@id='configs']//tr[th='optimizer']/td")).get(0)
                .getAttribute("class").contains("diff"));
        assertEquals(2 * 9, count("svg.confusion rect.cell"));
        screenshot("runs-compare.png");

        RunFixtures.write(runs.resolve("train-live"), 0.01, 1.0, 1, true);
        open("#/runs/dir%3Atrain-live");
        waitFor(Duration.ofSeconds(10), "first epoch drawn", () -> count("#run-charts circle.run-point") == 4);
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
        RunFixtures.write(runs.resolve("train-live"), 0.01, 1.0, 2, true);
        long written = System.nanoTime();
        waitFor(LIVE, "second epoch drawn within 2 s", () -> count("#run-charts circle.run-point") == 8);
        assertTrue(System.nanoTime() - written < LIVE.toNanos());
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;"));
    }

    @Test
    void userStringsAreShownAsText() {
        open("#/");
        waitFor(Duration.ofSeconds(10), "studies listed", () -> count("a.study-link") >= 2);
        List<String> names = browser.findElements(By.cssSelector("a.study-link")).stream().map(WebElement::getText).toList();
        assertTrue(names.contains(HOSTILE), names.toString());
        browser.findElements(By.cssSelector("a.study-link")).stream().filter(a -> a.getText().equals(HOSTILE))
                .findFirst().orElseThrow().click();
        waitFor(Duration.ofSeconds(10), "study page", () -> HOSTILE.equals(browser.findElement(By.id("study-title")).getText()));
        waitFor(Duration.ofSeconds(5), "trials listed", () -> count("#trials tr.trial-row") == 2);
        assertTrue(browser.findElement(By.id("trials")).getText().contains("<b>bold</b>"));
        browser.findElement(By.cssSelector("#trials tr.trial-row[data-trial='1']")).click();
        waitFor(Duration.ofSeconds(5), "details", () -> count("#trial-detail pre.message") == 1);
        assertEquals(HOSTILE_MESSAGE, browser.findElement(By.cssSelector("#trial-detail pre.message")).getText());
        assertEquals(0, count("main img, main b, main script"));
        assertEquals(3, ((Number) ((JavascriptExecutor) browser).executeScript("return document.scripts.length;")).intValue());
        assertEquals("hyperlab dashboard", browser.getTitle());
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // no script of the study name ran
        }
    }

    @Test
    void reportsAreListedWithALinkThatOpensThem() {
        open("#/");
        waitFor(Duration.ofSeconds(10), "reports listed", () -> count("#reports a") == 1);
        WebElement link = browser.findElement(By.cssSelector("#reports a"));
        assertEquals("assignment-1", link.getText());
        browser.get(link.getAttribute("href"));
        assertEquals("The report", browser.findElement(By.id("report")).getText());
    }

    @Test
    void aPathOutOfTheRunsDirectoryIsRefusedInTheBrowser() {
        browser.get(dashboard.url() + "files/%2e%2e/%2e%2e/%2e%2e/etc/passwd");
        assertFalse(browser.getPageSource().contains("root:"));
        browser.get(dashboard.url() + "files/train-a/config.json");
        assertTrue(browser.getPageSource().contains("\"lr\":0.01"));
    }
}
