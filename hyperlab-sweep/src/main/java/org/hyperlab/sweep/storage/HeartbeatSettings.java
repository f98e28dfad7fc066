package org.hyperlab.sweep.storage;

/**
 * A study's heartbeat settings: a worker stamps each running trial every {@code intervalSeconds} (with the
 * database's clock), and a running trial whose last stamp is more than {@code graceSeconds} old counts as abandoned
 * (its worker died or froze): any worker of the study that notices fails it and enqueues a re-run
 * ({@link StudyStorage#reapStaleTrials}). The grace must exceed the interval, or a live worker's trial could be
 * reaped between two stamps.
 *
 * @param intervalSeconds seconds between two heartbeats, at least 1
 * @param graceSeconds    seconds after the last heartbeat when the trial is abandoned, more than the interval
 */
public record HeartbeatSettings(int intervalSeconds, int graceSeconds) {
    /** Every 5 s, abandoned after 30 s: what a study without settings (or made before heartbeats) uses. */
    public static final HeartbeatSettings DEFAULT = new HeartbeatSettings(5, 30);

    /** Checks the ranges. */
    public HeartbeatSettings {
        if (intervalSeconds < 1) {
            throw new IllegalArgumentException("the heartbeat interval must be at least 1 s, got " + intervalSeconds
                    + " s");
        }
        if (graceSeconds <= intervalSeconds) {
            throw new IllegalArgumentException("the heartbeat grace (" + graceSeconds + " s) must be longer than its "
                    + "interval (" + intervalSeconds + " s)");
        }
    }
}
