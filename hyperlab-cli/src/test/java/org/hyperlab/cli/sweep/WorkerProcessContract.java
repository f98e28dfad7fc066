package org.hyperlab.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.hyperlab.cli.CliRun;
import org.hyperlab.cli.HyperlabCommand;
import org.hyperlab.sweep.Workers;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.storage.StudyStorage;
import org.hyperlab.sweep.storage.StudyStorages;
import org.hyperlab.sweep.storage.TrialBudget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code hyperlab sweep worker} processes (child JVMs) sharing one study's budget: two finish exactly the budget;
 * one killed with SIGKILL has its trial recovered by the other through the heartbeat; one frozen with SIGSTOP is
 * reaped, and after SIGCONT its late result is refused and it carries on. Each worker's id names a host of its own
 * ({@link Workers#HOST_PROPERTY}), so the same-host pid check cannot play a part. The study's heartbeat is 1 s with a
 * 3 s grace, and each trial runs a shell that sleeps 1 s and reports {@code loss=x}.
 */
abstract class WorkerProcessContract {
    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    /** The store's URL for this test. */
    protected abstract String url() throws Exception;

    @AfterEach
    void killLeftovers() {
        for (Process p : started) {
            p.destroyForcibly();
        }
    }

    private String createStudy(String url, int budget) throws Exception {
        String name = "workers-" + UUID.randomUUID();
        Path file = Files.writeString(dir.resolve("study.yaml"), String.join("\n",
                "study: " + name,
                "objective: {command: [sh, -c, 'sleep 1; echo loss={x}'], metric: loss}",
                "trials: " + budget,
                "sampler: {type: random}",
                "pruner: {type: none}",
                "heartbeat: {interval: 1s, grace: 3s}",
                "params:",
                "  x: {type: float, low: 0.0, high: 1.0}", ""));
        CliRun created = CliRun.of("sweep", "create", file.toString(), "--storage", url);
        assertEquals(0, created.exitCode(), created.err());
        return name;
    }

    private Process worker(String url, String study, String host) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only and the serial collector: a worker of a few short trials starts 2-3 s sooner on a busy machine
        Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "--add-modules", "jdk.incubator.vector",
                "-D" + Workers.HOST_PROPERTY + "=" + host, "-cp", System.getProperty("java.class.path"),
                HyperlabCommand.class.getName(), "sweep", "worker", study, "--storage", url,
                "--out", dir.resolve("runs-" + host).toString())
                .redirectOutput(dir.resolve(host + ".out").toFile())
                .redirectError(dir.resolve(host + ".err").toFile()).start();
        started.add(p);
        return p;
    }

    private String stderr(String host) throws Exception {
        return Files.readString(dir.resolve(host + ".err"));
    }

    private void awaitExit(Process p, String host) throws Exception {
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), host + " finished");
        assertEquals(0, p.exitValue(), host + " exit code; stderr: " + stderr(host));
    }

    private static List<TrialRecord> trials(String url, String study) {
        try (StudyStorage s = StudyStorages.open(url)) {
            return s.trials(s.findStudy(study).orElseThrow().id());
        }
    }

    /** Polls the store until a trial matches, for at most 60 s. */
    private static TrialRecord awaitTrial(String url, String study, Predicate<TrialRecord> wanted) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Optional<TrialRecord> t = trials(url, study).stream().filter(wanted).findFirst();
            if (t.isPresent()) {
                return t.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no such trial within 60 s: " + trials(url, study));
    }

    private static Predicate<TrialRecord> runningOn(String host) {
        return t -> t.state() == TrialState.RUNNING && t.params().containsKey("x")
                && t.attrs().getOrDefault(Workers.ATTR, "").startsWith(host + ":");
    }

    /** Exactly {@code budget} trials count, all complete with value x; returns them. */
    private static List<TrialRecord> assertExactBudget(List<TrialRecord> all, int budget) {
        List<TrialRecord> counted = all.stream().filter(TrialBudget::counts).toList();
        assertEquals(budget, counted.size(), "trials counted against the budget: " + all);
        for (TrialRecord t : counted) {
            assertEquals(TrialState.COMPLETE, t.state(), t.toString());
            assertEquals((Double) t.params().get("x"), t.value(), 1e-12);
        }
        return counted;
    }

    /** The reaped trial stayed failed, naming the frozen or dead worker, and its re-run ran with its parameters. */
    private static void assertReplacedByRerun(List<TrialRecord> all, TrialRecord lost, String host) {
        TrialRecord now = all.get(lost.number());
        assertEquals(TrialState.FAILED, now.state());
        assertTrue(now.message().startsWith("abandoned: no heartbeat from worker " + host + ":"), now.message());
        TrialRecord rerun = all.get(Integer.parseInt(now.attrs().get(TrialBudget.REPLACED_BY)));
        assertEquals(lost.params(), rerun.params());
        assertEquals(TrialState.COMPLETE, rerun.state());
    }

    @Test
    void twoWorkersFinishExactlyTheBudget() throws Exception {
        String url = url();
        String study = createStudy(url, 6);
        Process a = worker(url, study, "host-a");
        Process b = worker(url, study, "host-b");
        awaitExit(a, "host-a");
        awaitExit(b, "host-b");
        List<TrialRecord> all = trials(url, study);
        assertEquals(6, all.size(), all.toString());
        assertExactBudget(all, 6);
        assertTrue(stderr("host-a").contains("sweep: " + study + ": "), stderr("host-a"));
    }

    @Test
    void aKilledWorkersTrialIsRecoveredThroughItsHeartbeat() throws Exception {
        String url = url();
        String study = createStudy(url, 5);
        Process a = worker(url, study, "host-a");
        Process b = worker(url, study, "host-b");
        TrialRecord lost = awaitTrial(url, study, runningOn("host-a"));
        a.destroyForcibly(); // SIGKILL: no shutdown hook, the trial stays RUNNING until reaped
        a.waitFor();
        awaitExit(b, "host-b");
        List<TrialRecord> all = trials(url, study);
        assertReplacedByRerun(all, lost, "host-a");
        assertExactBudget(all, 5);
    }

    @Test
    void aFrozenWorkersLateResultIsRefusedAndItCarriesOn() throws Exception {
        String url = url();
        // a budget that leaves host-a trials to run after it is resumed (host-b alone runs about one a second)
        String study = createStudy(url, 10);
        Process a = worker(url, study, "host-a");
        Process b = worker(url, study, "host-b");
        TrialRecord frozen = awaitTrial(url, study, runningOn("host-a"));
        Thread.sleep(200); // past the trial's first writes, into its second of sleep
        signal("STOP", a);
        TrialRecord reaped = awaitTrial(url, study, t -> t.number() == frozen.number()
                && t.state() == TrialState.FAILED);
        signal("CONT", a);
        awaitExit(a, "host-a");
        awaitExit(b, "host-b");
        List<TrialRecord> all = trials(url, study);
        assertReplacedByRerun(all, frozen, "host-a");
        assertExactBudget(all, 10);
        String err = stderr("host-a");
        assertTrue(err.contains("the result of trial " + frozen.number() + " was refused: the trial is failed "
                + "(abandoned: no heartbeat from worker host-a:"), err);
        assertTrue(all.stream().anyMatch(t -> t.state() == TrialState.COMPLETE
                && t.attrs().getOrDefault(Workers.ATTR, "").startsWith("host-a:")
                && t.started().isAfter(reaped.finished())), "host-a ran a trial after it was resumed: " + all);
    }

    private static void signal(String name, Process p) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(p.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + name);
    }
}
