package org.hyperlab.sweep;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.hyperlab.sweep.storage.StaleTrialException;
import org.hyperlab.sweep.storage.StorageException;
import org.hyperlab.sweep.storage.StudyStorage;

/**
 * The heartbeats of this process's running trials: one daemon thread stamps each trial
 * ({@link StudyStorage#heartbeat}, with the database's clock) every interval of its study, from its start until it
 * ends. A failed stamp because the store is briefly unreachable is retried at the next interval (the grace period
 * is several intervals long); a stamp refused because the trial is no longer running (another worker reaped it while
 * this process was frozen or cut off) ends the trial's heartbeats, and its result will be refused too.
 */
final class Heartbeats {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sweep-heartbeats");
        t.setDaemon(true);
        return t;
    });

    private Heartbeats() {
    }

    /** A trial's heartbeats; closing stops them. */
    static final class Beat implements AutoCloseable {
        private volatile ScheduledFuture<?> future;

        @Override
        public void close() {
            future.cancel(false);
        }
    }

    /** Stamps the running trial {@code trialId} for {@code worker} every {@code intervalSeconds} until closed. */
    static Beat start(StudyStorage storage, long trialId, String worker, int intervalSeconds) {
        Beat beat = new Beat();
        beat.future = TIMER.scheduleWithFixedDelay(() -> {
            try {
                storage.heartbeat(trialId, worker);
            } catch (StaleTrialException e) {
                beat.future.cancel(false);
            } catch (StorageException e) {
                // the store is unreachable for now; the next stamp tries again within the grace period
            }
        }, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
        return beat;
    }
}
