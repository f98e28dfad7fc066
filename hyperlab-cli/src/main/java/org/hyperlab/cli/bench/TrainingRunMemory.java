package org.hyperlab.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hyperlab.bench.ResidentMemory;

/**
 * Measures the peak resident memory of one softmax-regression training run as a whole process, the way a user
 * runs it: a child JVM started with this process's JVM options and class path runs
 * {@code hyperlab train --epochs N --batch-size 128 --seed 1} (MNIST, the default model: Input → 784→10 →
 * softmax-cross-entropy, Adam) into a temporary directory; given the system property {@value #REPORT_PROPERTY},
 * the child writes its own peak resident set ({@link ResidentMemory#peakMb()}, read from {@code VmHWM} as the JVM
 * shuts down) into that file, which this process reads. The temporary directory is deleted afterwards.
 */
public final class TrainingRunMemory {
    /** The system property naming the file a child writes its peak resident memory (MB) into as it exits. */
    static final String REPORT_PROPERTY = "hyperlab.peakMemoryFile";

    /** The resident-memory limit for one softmax-regression training run. */
    static final long TARGET_MB = 600;

    private TrainingRunMemory() {
    }

    /** The child's peak resident set in MB, or −1 when it could not be measured (the reason goes to {@code log}). */
    static long measure(int epochs, Path dataDir, Consumer<String> log) {
        Path out = null;
        try {
            out = Files.createTempDirectory("hyperlab-bench-train");
            Path report = out.resolve("peak-memory-mb");
            List<String> command = command(epochs, dataDir, out, report);
            log.accept("bench: softmax-regression training run in a child process, " + epochs + " epochs");
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            child.getOutputStream().close();
            int exit = child.waitFor();
            if (exit != 0 || !Files.exists(report)) {
                log.accept("bench: the training child exited with " + exit + "; memory not measured");
                return -1;
            }
            return Long.parseLong(Files.readString(report).trim());
        } catch (IOException | NumberFormatException e) {
            log.accept("bench: could not run the training child: " + e.getMessage());
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } finally {
            TempDirs.delete(out);
        }
    }

    /** java, this JVM's options (see {@link ChildJvm}), the class path, then the train command. */
    static List<String> command(int epochs, Path dataDir, Path out, Path report) {
        List<String> args = new ArrayList<>(List.of("train", "--epochs", Integer.toString(epochs), "--batch-size",
                "128", "--seed", "1", "--out", out.toString()));
        if (dataDir != null) {
            args.add("--data-dir");
            args.add(dataDir.toString());
        }
        return ChildJvm.command(false, List.of(REPORT_PROPERTY + "=" + report), args);
    }

    /**
     * In a child started by {@link #measure}: registers a shutdown hook that writes this process's peak resident
     * memory (MB) into the file the property names. Does nothing without the property.
     */
    public static void reportAtExitIfRequested() {
        String file = System.getProperty(REPORT_PROPERTY);
        if (file == null) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.writeString(Path.of(file), Long.toString(ResidentMemory.peakMb()));
            } catch (IOException e) {
                // the parent reports "not measured"
            }
        }, "peak-memory-report"));
    }
}
