package org.hyperlab.dashboard;

import java.nio.file.Path;

/**
 * What the dashboard serves and where it listens.
 *
 * @param storageUrl a study store URL ({@code jdbc:sqlite:FILE}, {@code jdbc:postgresql://...}, {@code memory:}), or
 *                   null for none (only training runs are shown)
 * @param runsDir    the directory {@code train} and {@code sweep run} write to; the only place files are served from
 * @param host       the address to bind, {@code 127.0.0.1} unless the user asks otherwise
 * @param port       the port, 0 for any free one
 */
public record DashboardSettings(String storageUrl, Path runsDir, String host, int port) {
    /** The default bind address: this machine only. */
    public static final String LOCAL_HOST = "127.0.0.1";

    public DashboardSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0..65535, got " + port);
        }
        runsDir = runsDir.toAbsolutePath().normalize();
    }
}
