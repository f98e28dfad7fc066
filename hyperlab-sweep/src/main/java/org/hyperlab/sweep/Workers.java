package org.hyperlab.sweep;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Identifies the process running a trial, recorded as the trial attribute {@value #ATTR} = {@code host:pid} when a
 * worker starts it, so that a resume can tell trials of dead processes (same host, pid no longer alive) from trials
 * that another live process is still running.
 */
public final class Workers {
    /** The trial attribute naming the worker process. */
    public static final String ATTR = "worker";
    private static final String HOST = hostName();
    private static final String SELF = HOST + ":" + ProcessHandle.current().pid();

    private Workers() {
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | SecurityException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("unknown-host");
        }
    }

    /** This process, as {@code host:pid}. */
    public static String self() {
        return SELF;
    }

    /**
     * Whether the worker is known to be dead: it ran on this host and its pid is no longer alive. Workers on other
     * hosts, and trials without a worker, are not known to be dead.
     */
    public static boolean knownDead(String worker) {
        if (worker == null || !worker.startsWith(HOST + ":")) {
            return false;
        }
        try {
            long pid = Long.parseLong(worker.substring(HOST.length() + 1));
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
