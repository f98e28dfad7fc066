package org.hyperlab.sweep.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.process.ProcessGroup;
import org.hyperlab.sweep.process.ProgramSpec;
import org.hyperlab.sweep.pruner.NopPruner;
import org.hyperlab.sweep.pruner.Pruner;
import org.hyperlab.sweep.sampler.RandomSampler;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.FloatDistribution;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.space.SearchSpace;
import org.hyperlab.sweep.storage.InMemoryStudyStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real child programs (Debian's python3) through every outcome of a program trial: complete, pruned, failed,
 * diverged, timed out, no value, malformed output, a missing command, and a program that double-forks; after each,
 * the program's process group is checked by pid to be empty.
 */
class ProgramObjectiveTest {
    private static final SearchSpace SPACE = new SearchSpace(Map.of("x", new FloatDistribution(1.0, 2.0, false, null)));

    @TempDir
    Path dir;

    /** Runs one trial of {@code python3 -c SCRIPT X} and returns it. */
    private TrialRecord run(String script, Pruner pruner, Duration timeout, ProgramSpec.ValueRule value)
            throws IOException {
        Path program = Files.writeString(dir.resolve("program.py"), script);
        ProgramSpec spec = new ProgramSpec(List.of("python3", program.toString(), "{x}"), "val_loss", Direction.MINIMIZE,
                value, timeout, Duration.ofSeconds(2));
        return runSpec(spec, pruner);
    }

    private TrialRecord runSpec(ProgramSpec spec, Pruner pruner) throws IOException {
        Study study = Study.create(new InMemoryStudyStorage(), "s", new ObjectiveSpec("val_loss", Direction.MINIMIZE), 1,
                new RandomSampler(), pruner);
        study.optimize(new ProgramObjective(spec, Map.of(), SPACE, Files.createDirectories(dir.resolve("trials")), dir), 1, 1);
        TrialRecord t = study.trials().get(0);
        String group = t.attrs().get("user:process-group");
        if (group != null) {
            assertEquals(List.of(), ProcessGroup.livePidsOf(Long.parseLong(group)), "the group is empty afterwards");
        }
        return t;
    }

    private String stdout(TrialRecord t) throws IOException {
        return Files.readString(dir.resolve("trials/trial-" + t.number() + "/stdout.txt"));
    }

    private static long pidAfter(String key, String text) {
        Matcher m = Pattern.compile(key + "=(\\d+)").matcher(text);
        assertTrue(m.find(), key + " in " + text);
        return Long.parseLong(m.group(1));
    }

    @Test
    void aProgramThatReportsCompletesWithItsLastOrBestValueAndGetsItsParametersThreeWays() throws IOException {
        String script = """
                import json, os, sys
                x = float(sys.argv[1])
                params = json.load(open(os.environ["HYPERLAB_PARAMS_FILE"]))
                assert params["x"] == x and float(os.environ["HYPERLAB_PARAM_X"]) == x, (params, x)
                print("starting")
                print(json.dumps({"step": 1, "val_loss": 0.5}))
                print("val_loss=0.25, step=2")
                print(json.dumps({"step": 3, "val_loss": 0.375}))
                """;
        TrialRecord last = run(script, new NopPruner(), null, ProgramSpec.ValueRule.LAST);
        assertEquals(TrialState.COMPLETE, last.state(), last.message());
        assertEquals(0.375, last.value());
        assertEquals(Map.of(1, 0.5, 2, 0.25, 3, 0.375), last.intermediate());
        TrialRecord best = run(script, new NopPruner(), null, ProgramSpec.ValueRule.BEST);
        assertEquals(0.25, best.value());
        assertTrue(Files.readString(dir.resolve("trials/trial-0/params.json")).contains("\"x\""));
    }

    @Test
    void aPrunedProgramAndItsChildAreGone() throws IOException {
        String script = """
                import json, subprocess, time
                child = subprocess.Popen(["sleep", "60"])
                print("child=%d" % child.pid, flush=True)
                for step in range(1, 100):
                    print(json.dumps({"step": step, "val_loss": 1.0 / step}), flush=True)
                    time.sleep(0.2)
                """;
        Pruner atStep2 = c -> c.trial().lastStep().orElse(0) >= 2;
        long start = System.nanoTime();
        TrialRecord t = run(script, atStep2, null, ProgramSpec.ValueRule.LAST);
        assertEquals(TrialState.PRUNED, t.state(), t.message());
        assertEquals("pruned at step 2", t.message());
        assertTrue((System.nanoTime() - start) / 1e9 < 15, "pruning ended the program early");
        long leader = Long.parseLong(t.attrs().get("user:process-group"));
        assertFalse(ProcessGroup.isAlive(leader), "program pid " + leader);
        long child = pidAfter("child", stdout(t));
        assertFalse(ProcessGroup.isAlive(child), "child pid " + child);
    }

    @Test
    void aDoubleForkingProgramLeavesNothingRunning() throws IOException {
        // the grandchild keeps stdout open and outlives its parents; it must not keep the trial (or itself) alive
        String script = """
                import os, time
                if os.fork() == 0:
                    if os.fork() == 0:
                        print("grandchild=%d" % os.getpid(), flush=True)
                        time.sleep(60)
                    os._exit(0)
                time.sleep(0.5)
                print("val_loss=0.5", flush=True)
                """;
        long start = System.nanoTime();
        TrialRecord t = run(script, new NopPruner(), null, ProgramSpec.ValueRule.LAST);
        assertEquals(TrialState.COMPLETE, t.state(), t.message());
        assertTrue((System.nanoTime() - start) / 1e9 < 15, "the trial did not wait for the grandchild");
        long grandchild = pidAfter("grandchild", stdout(t));
        assertFalse(ProcessGroup.isAlive(grandchild), "grandchild pid " + grandchild);
    }

    @Test
    void aNonZeroExitFailsWithTheEndOfStderr() throws IOException {
        TrialRecord t = run("import sys\nprint('val_loss=0.5')\nsys.stderr.write('first\\nthe real problem\\n')\nsys.exit(3)\n",
                new NopPruner(), null, ProgramSpec.ValueRule.LAST);
        assertEquals(TrialState.FAILED, t.state());
        assertTrue(t.message().startsWith("exited with status 3"), t.message());
        assertTrue(t.message().endsWith("the real problem"), t.message());
    }

    @Test
    void nanOrInfinityIsDiverged() throws IOException {
        TrialRecord t = run("import json, time\nprint(json.dumps({'val_loss': 0.5}))\nprint(json.dumps({'val_loss': float('nan')}))\n"
                + "time.sleep(60)\n", new NopPruner(), null, ProgramSpec.ValueRule.LAST);
        assertEquals(TrialState.DIVERGED, t.state());
        assertEquals("val_loss was NaN at step 2", t.message());
        TrialRecord inf = run("print('val_loss=inf')\n", new NopPruner(), null, ProgramSpec.ValueRule.LAST);
        assertEquals(TrialState.DIVERGED, inf.state());
    }

    @Test
    void aProgramPastItsTimeLimitFailsSayingSo() throws IOException {
        long start = System.nanoTime();
        TrialRecord t = run("import signal, time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\nprint('val_loss=1')\n"
                + "time.sleep(60)\n", new NopPruner(), Duration.ofSeconds(1), ProgramSpec.ValueRule.LAST);
        assertEquals(TrialState.FAILED, t.state());
        assertEquals("timed out after 1s", t.message());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 15, "SIGKILL after the grace period ended a program that ignores SIGTERM: " + seconds);
    }

    @Test
    void noValueMalformedValuesAndMissingCommandsAreFailuresThatSayWhatWasExpected() throws IOException {
        TrialRecord none = run("print('loss: 0.3')\n", new NopPruner(), null, ProgramSpec.ValueRule.LAST);
        assertEquals(TrialState.FAILED, none.state());
        assertTrue(none.message().startsWith("printed no value of 'val_loss' on stdout (expected lines such as "
                + "{\"val_loss\": 0.31} or val_loss=0.31); 1 line(s) of output, the last: loss: 0.3"), none.message());
        TrialRecord bad = run("print('val_loss=abc')\n", new NopPruner(), null, ProgramSpec.ValueRule.LAST);
        assertEquals(TrialState.FAILED, bad.state());
        assertTrue(bad.message().contains("'val_loss' is not a number"), bad.message());
        TrialRecord missing = runSpec(new ProgramSpec(List.of("no-such-program-hyperlab"), "val_loss", Direction.MINIMIZE,
                ProgramSpec.ValueRule.LAST, null, Duration.ofSeconds(1)), new NopPruner());
        assertEquals(TrialState.FAILED, missing.state());
        assertEquals("command not found on PATH: no-such-program-hyperlab", missing.message());
    }
}
