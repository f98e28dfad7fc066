package org.hyperlab.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hyperlab.cli.HyperlabCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.process.ProcessGroup;
import org.hyperlab.sweep.storage.StudyStorage;
import org.hyperlab.sweep.storage.StudyStorages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * hyperlab stopped by SIGTERM in the middle of a program sweep (a real {@code sweep run} in another JVM): the trial's
 * program and its child are gone, and the store holds the trial FAILED with the reason, not RUNNING.
 */
class ProgramShutdownTest {
    @TempDir
    Path dir;

    @Test
    void sigtermEndsTheProgramsAndLeavesNoTrialRunning() throws Exception {
        Files.writeString(dir.resolve("hang.py"), String.join("\n",
                "import os, subprocess, time",
                "child = subprocess.Popen(['sleep', '120'])",
                "print('pid=%d child=%d' % (os.getpid(), child.pid), flush=True)",
                "time.sleep(120)", ""));
        Path file = Files.writeString(dir.resolve("hang.yaml"), String.join("\n",
                "study: hang",
                "objective: {command: [python3, " + dir.resolve("hang.py") + "], metric: loss, grace: 1s}",
                "trials: 3",
                "sampler: {type: random}",
                "params:",
                "  x: [1, 2]", ""));
        String storage = "jdbc:sqlite:" + dir.resolve("s.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process hyperlab = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector", "-cp",
                System.getProperty("java.class.path"), HyperlabCommand.class.getName(), "sweep", "run", file.toString(),
                "--storage", storage, "--out", dir.resolve("runs").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("hyperlab.log").toFile()).start();
        String started = awaitStdout(60);
        hyperlab.destroy(); // SIGTERM
        assertTrue(hyperlab.waitFor(30, TimeUnit.SECONDS), "hyperlab exited");
        long pid = number("pid", started);
        long child = number("child", started);
        assertFalse(ProcessGroup.isAlive(pid), "program " + pid);
        assertFalse(ProcessGroup.isAlive(child), "its child " + child);
        try (StudyStorage s = StudyStorages.open(storage)) {
            List<TrialRecord> trials = s.trials(s.findStudy("hang").orElseThrow().id());
            assertEquals(1, trials.size(), "no trial started after the signal: " + trials);
            assertEquals(TrialState.FAILED, trials.get(0).state());
            assertTrue(trials.get(0).message().startsWith("stopped: hyperlab received a shutdown signal"),
                    trials.get(0).message());
        }
    }


    private String awaitStdout(int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<Path> out = Optional.empty();
            if (Files.isDirectory(dir.resolve("runs"))) {
                try (Stream<Path> files = Files.walk(dir.resolve("runs"))) {
                    out = files.filter(f -> f.getFileName().toString().equals("stdout.txt")).findFirst();
                }
            }
            if (out.isPresent() && Files.readString(out.get()).contains("child=")) {
                return Files.readString(out.get());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the program did not start: " + Files.readString(dir.resolve("hyperlab.log")));
    }

    private static long number(String key, String text) {
        Matcher m = Pattern.compile(key + "=(\\d+)").matcher(text);
        assertTrue(m.find(), text);
        return Long.parseLong(m.group(1));
    }
}
