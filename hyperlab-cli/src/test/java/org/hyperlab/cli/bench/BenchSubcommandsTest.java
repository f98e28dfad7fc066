package org.hyperlab.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hyperlab.cli.CliRun;
import org.hyperlab.cli.common.ExitCodes;
import org.hyperlab.cli.common.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@code hyperlab bench samplers}, {@code overhead} and {@code first-trial} on small runs. */
class BenchSubcommandsTest {
    @Test
    void unknownNamesAndBadCountsAreOneLineUsageErrorsNamingTheFlag() {
        assertUsageError("--functions", "bench", "samplers", "--functions", "branin,nope");
        assertUsageError("--samplers", "bench", "samplers", "--samplers", "optuna-tpe");
        assertUsageError("--seeds", "bench", "samplers", "--seeds", "0");
        assertUsageError("--trials", "bench", "samplers", "--trials", "-3");
        assertUsageError("--trials", "bench", "overhead", "--trials", "1");
        assertUsageError("--repeats", "bench", "overhead", "--repeats", "0");
        assertUsageError("--repeats", "bench", "first-trial", "--repeats", "0");
        assertUsageError("--sweep-file", "bench", "first-trial", "--sweep-file", "/nonexistent/sweep.yaml");
        assertUsageError("--problems", "bench", "pareto", "--problems", "zdt9x");
        assertUsageError("--population", "bench", "pareto", "--population", "1");
        assertUsageError("--seeds", "bench", "pareto", "--seeds", "0");
    }

    @Test
    void paretoPrintsOneRowPerProblemAndSamplerWithTheTrueFrontsHypervolume() {
        CliRun run = CliRun.of("bench", "pareto", "--problems", "schaffer1", "--population", "4", "--seeds", "2",
                "--trials", "12");
        assertEquals(0, run.exitCode(), run.err());
        java.util.List<String> rows = run.out().lines().filter(l -> l.startsWith("| schaffer1")).toList();
        assertEquals(3, rows.size(), run.out());
        // Schaffer N.1's true front, f2 = (sqrt(f1) - 2)^2 under the reference point (4, 4), encloses 40/3
        assertTrue(rows.stream().allMatch(r -> r.contains("(true 13.3333, 12 trials, 2 seeds)")), run.out());
        assertTrue(rows.get(0).contains("nsga2 (population 4)") && rows.get(2).contains("| random |"), run.out());
    }

    private static void assertUsageError(String flag, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains(flag), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void samplersWritesCurvesAndATableForTheChosenColumnsOnly(@TempDir Path out) throws Exception {
        CliRun run = CliRun.of("bench", "samplers", "--functions", "branin", "--samplers", "random", "--seeds", "2",
                "--trials", "25", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String table = Files.readString(out.resolve("samplers-table.md"));
        assertTrue(table.contains("**branin**") && table.contains("| random |"), table);
        assertTrue(!table.contains("**hartmann6**") && !table.contains("| tpe |"), table);
        // two seeds of 25 trials: one row per seed and trial in the curves
        long rows = Files.readAllLines(out.resolve("curves-hyperlab.csv")).stream()
                .filter(l -> l.startsWith("branin,random,")).count();
        assertEquals(2 * 25, rows);
        CliRun again = CliRun.of("bench", "samplers", "--summary-only", "--out", out.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(2 * 25, Files.readAllLines(out.resolve("curves-hyperlab.csv")).stream()
                .filter(l -> l.startsWith("branin,random,")).count(), "a summary runs no study");
    }

    @Test
    void overheadPrintsBothStoresPerRepeatAsJson() throws Exception {
        CliRun run = CliRun.of("bench", "overhead", "--trials", "12", "--repeats", "2", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = Json.mapper().readTree(run.out());
        assertEquals(12, doc.get("trials").asInt());
        for (String store : new String[] {"memory", "sqlite"}) {
            assertEquals(2, doc.get(store).size(), run.out());
            for (JsonNode r : doc.get(store)) {
                assertTrue(r.get("meanMs").asDouble() > 0 && r.get("cpuMs").asDouble() > 0, run.out());
            }
        }
    }

    @Test
    void firstTrialTimesAChildSweepUntilItsFirstTrialEnds() throws Exception {
        CliRun run = CliRun.of("bench", "first-trial", "--sweep-file", "../examples/sweep-descend.yaml", "--repeats",
                "1", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode seconds = Json.mapper().readTree(run.out()).get("secondsToFirstTrialEnd");
        assertEquals(1, seconds.size(), run.out());
        assertTrue(seconds.get(0).asDouble() > 0 && seconds.get(0).asDouble() < 600, run.out());
    }
}
