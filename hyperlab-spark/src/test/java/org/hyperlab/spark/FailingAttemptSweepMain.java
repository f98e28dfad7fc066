package org.hyperlab.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@link SparkSweepMain} with a fault: every attempt leaves a file {@code trial-N-attempt-A} in the directory of the
 * system property {@code hyperlab.test.attempts}, and the first attempt (0) at trial number
 * {@code hyperlab.test.failTrial} throws after claiming its trial, as a task on a lost executor would stop.
 */
public final class FailingAttemptSweepMain {
    private FailingAttemptSweepMain() {
    }

    /** Runs the sweep with the fault. */
    public static void main(String[] args) {
        String attempts = System.getProperty("hyperlab.test.attempts");
        int failTrial = Integer.getInteger("hyperlab.test.failTrial", -1);
        TaskFault fault = (trial, attempt) -> {
            try {
                Files.createFile(Path.of(attempts, "trial-" + trial.number() + "-attempt-" + attempt));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (trial.number() == failTrial && attempt == 0) {
                throw new IllegalStateException("injected fault: attempt 0 of trial " + failTrial);
            }
        };
        System.exit(SparkSweepMain.run(args, fault));
    }
}
