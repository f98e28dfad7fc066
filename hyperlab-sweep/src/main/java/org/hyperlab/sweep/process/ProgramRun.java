package org.hyperlab.sweep.process;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One run of a trial program in its own {@link ProcessGroup}: its stdout is copied line by line to
 * {@code stdout.txt} in the trial directory and handed to a line consumer, its stderr goes to {@code stderr.txt}.
 * {@link #stop} (pruning, a diverged value, a time limit, hyperlab's shutdown) ends the whole group with a reason;
 * the first reason wins. When the program exits, whatever it left running in its group (double-forked children) is
 * ended too, so a finished run leaves no process behind. Runs in progress are registered so that {@link #stopAll}
 * can end them all on shutdown.
 */
public final class ProgramRun {
    private static final Set<ProgramRun> LIVE = ConcurrentHashMap.newKeySet();
    private static final int STDERR_TAIL_LINES = 20;
    private static final int STDERR_TAIL_CHARS = 4000;

    private final ProcessGroup group;
    private final Path dir;
    private final Duration grace;
    private final AtomicReference<String> stopReason = new AtomicReference<>();

    /** How a run ended. */
    public record Result(int exitCode, String stopReason, String stderrTail, int stdoutLines, String lastStdoutLine) {
    }

    private ProgramRun(ProcessGroup group, Path dir, Duration grace) {
        this.group = group;
        this.dir = dir;
        this.grace = grace;
    }

    /**
     * Starts {@code command} in {@code workDir} with {@code environment} added to the inherited one; output files
     * go to {@code trialDir}.
     *
     * @throws IOException when the program cannot be started
     */
    public static ProgramRun start(List<String> command, Path workDir, Map<String, String> environment, Path trialDir,
                                   Duration grace) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectError(trialDir.resolve("stderr.txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(environment);
        ProgramRun run = new ProgramRun(ProcessGroup.start(builder), trialDir, grace);
        LIVE.add(run);
        Thread reaper = new Thread(() -> {
            try {
                run.group.leader().waitFor();
            } catch (InterruptedException e) {
                return;
            }
            run.group.terminate(grace);
        }, "program-reaper-" + run.group.id());
        reaper.setDaemon(true);
        reaper.start();
        return run;
    }

    /** The process group id (the program's pid). */
    public long processGroup() {
        return group.id();
    }

    /**
     * Ends the run's process group (SIGTERM, the grace period, SIGKILL) in the background, recording {@code reason}
     * unless another reason came first.
     *
     * @return whether this call's reason is the run's reason
     */
    public boolean stop(String reason) {
        boolean first = stopReason.compareAndSet(null, reason);
        Thread t = new Thread(() -> group.terminate(grace), "program-stop-" + group.id());
        t.setDaemon(true);
        t.start();
        return first;
    }

    /** Stops every run in progress with {@code reason} and waits (up to {@code limit}) until they have ended. */
    public static void stopAll(String reason, Duration limit) {
        for (ProgramRun run : List.copyOf(LIVE)) {
            run.stop(reason);
        }
        long deadline = System.nanoTime() + limit.toNanos();
        while (!LIVE.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Reads the program's stdout to its end, handing each line to {@code onLine}, stops the run with "timed out
     * after ..." once {@code timeout} (when not null) has passed, waits for the program to exit and makes sure its
     * group is empty.
     */
    public Result await(Consumer<String> onLine, Duration timeout) throws IOException, InterruptedException {
        Thread timer = null;
        if (timeout != null) {
            timer = new Thread(() -> {
                try {
                    Thread.sleep(timeout.toMillis());
                    stop("timed out after " + DurationText.format(timeout));
                } catch (InterruptedException e) {
                    // the run ended first
                }
            }, "program-timeout-" + group.id());
            timer.setDaemon(true);
            timer.start();
        }
        int lines = 0;
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(group.leader().getInputStream(),
                StandardCharsets.UTF_8));
             BufferedWriter copy = Files.newBufferedWriter(dir.resolve("stdout.txt"), StandardCharsets.UTF_8)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                copy.write(line);
                copy.newLine();
                copy.flush();
                lines++;
                last = line;
                onLine.accept(line);
            }
            int exit = group.leader().waitFor();
            group.terminate(grace);
            return new Result(exit, stopReason.get(), stderrTail(), lines, last);
        } finally {
            if (timer != null) {
                timer.interrupt();
            }
            if (group.leader().isAlive() || !group.livePids().isEmpty()) {
                group.terminate(grace);
            }
            LIVE.remove(this);
        }
    }

    private String stderrTail() {
        byte[] bytes;
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(dir.resolve("stderr.txt").toFile(), "r")) {
            long start = Math.max(0, f.length() - 4 * STDERR_TAIL_CHARS);
            bytes = new byte[(int) (f.length() - start)];
            f.seek(start);
            f.readFully(bytes);
        } catch (IOException e) {
            return "";
        }
        List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        List<String> tail = new ArrayList<>(all.subList(Math.max(0, all.size() - STDERR_TAIL_LINES), all.size()));
        String text = String.join("\n", tail).strip();
        return text.length() > STDERR_TAIL_CHARS ? "..." + text.substring(text.length() - STDERR_TAIL_CHARS) : text;
    }
}
