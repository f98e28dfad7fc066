package org.hyperlab.cli.sweep;

import java.time.Duration;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.file.SweepFile;
import org.hyperlab.sweep.process.ProgramRun;

/**
 * What {@code sweep run} does when hyperlab itself is stopped (SIGINT, SIGTERM) during a program sweep: no new trial
 * starts, every running program's process group is ended (SIGTERM, the grace period, SIGKILL), and the shutdown waits
 * until those trials are stored FAILED ("stopped: ...") and the run has returned, so the store is never left with a
 * trial RUNNING by this process. Installed for the duration of the trials; closing it removes the hook.
 */
final class ProgramShutdown implements AutoCloseable {
    private static final String REASON = "stopped: hyperlab received a shutdown signal (SIGINT or SIGTERM)";
    private final Thread hook;
    private final Object done = new Object();
    private boolean finished;

    private ProgramShutdown(Study study, Duration grace) {
        hook = new Thread(() -> {
            study.stop();
            ProgramRun.stopAll(REASON, grace.plusSeconds(5));
            synchronized (done) {
                long deadline = System.nanoTime() + grace.plusSeconds(10).toNanos();
                while (!finished && System.nanoTime() < deadline) {
                    try {
                        done.wait(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "sweep-shutdown");
    }

    /** Installs the hook for a program sweep; for train and descend sweeps the returned object does nothing. */
    static ProgramShutdown install(Study study, SweepFile sweep) {
        ProgramShutdown s = new ProgramShutdown(study, sweep.program() == null ? Duration.ZERO : sweep.program().grace());
        if (sweep.program() != null) {
            Runtime.getRuntime().addShutdownHook(s.hook);
        }
        return s;
    }

    @Override
    public void close() {
        synchronized (done) {
            finished = true;
            done.notifyAll();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // shutting down already (the hook is running and waits for this), or never installed
        }
    }
}
