package org.hyperlab.sweep.storage;

/** The stored reason of a trial failed because its heartbeat stopped, and of a failed trial that was re-enqueued. */
final class Reaping {
    private Reaping() {
    }

    /** Why a trial of {@code worker} was reaped, with the study's grace period. */
    static String message(String worker, int graceSeconds) {
        return "abandoned: no heartbeat from worker " + (worker == null ? "(unknown)" : worker) + " for more than "
                + graceSeconds + " s (it died, froze or lost the store)";
    }

    /** {@code message} with the number of the re-run that replaces the trial. */
    static String withRerun(String message, int rerun) {
        return message + "; re-run as trial " + rerun;
    }
}
