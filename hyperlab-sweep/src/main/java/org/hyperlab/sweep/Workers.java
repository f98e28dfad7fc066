package org.hyperlab.sweep;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Identifies the worker process running a trial: {@code host:pid:suffix}, the suffix four random base-36 characters
 * drawn once per process start, so two processes are told apart even when a container restarts with the same host
 * name and pid. It is recorded as the trial attribute {@value #ATTR} and in the store's {@code worker_id} with each
 * heartbeat. {@link #knownDead} is the fast path of a resume on the same host (the pid is gone); across hosts a dead
 * or frozen worker is found by its stopped heartbeat instead ({@link org.hyperlab.sweep.storage.StudyStorage#reapStaleTrials}).
 *
 * <p>The system property {@value #HOST_PROPERTY} replaces the host name in the id; tests set it to a name that is not
 * this host, which puts the same-host pid check out of play.
 */
public final class Workers {
    /** The trial attribute naming the worker process. */
    public static final String ATTR = "worker";
    /** Replaces the host name in this process's worker id (for tests: another host's name disables the pid check). */
    public static final String HOST_PROPERTY = "hyperlab.worker.host";
    private static final String HOST = hostName();
    private static final String SELF = System.getProperty(HOST_PROPERTY, HOST) + ":" + ProcessHandle.current().pid()
            + ":" + suffix();

    private Workers() {
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | SecurityException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("unknown-host");
        }
    }

    private static String suffix() {
        StringBuilder s = new StringBuilder();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 4; i++) {
            s.append(Character.forDigit(random.nextInt(36), 36));
        }
        return s.toString();
    }

    /** This process, as {@code host:pid:suffix}. */
    public static String self() {
        return SELF;
    }

    /**
     * Whether the worker is known to be dead: it ran on this host ({@code host:pid} or {@code host:pid:suffix}) and
     * its pid is no longer alive. Workers on other hosts, and trials without a worker, are not known to be dead.
     */
    public static boolean knownDead(String worker) {
        if (worker == null || !worker.startsWith(HOST + ":")) {
            return false;
        }
        String rest = worker.substring(HOST.length() + 1);
        int colon = rest.indexOf(':');
        try {
            long pid = Long.parseLong(colon < 0 ? rest : rest.substring(0, colon));
            if (pid == ProcessHandle.current().pid()) {
                return !worker.equals(SELF) && colon >= 0;
            }
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
