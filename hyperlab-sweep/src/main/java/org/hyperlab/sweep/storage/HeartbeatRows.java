package org.hyperlab.sweep.storage;

import static org.hyperlab.sweep.storage.SqlStatements.prepare;
import static org.hyperlab.sweep.storage.SqlStatements.update;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of heartbeats, inside the caller's transaction: a study's settings ({@code studies.heartbeat_interval_s},
 * {@code heartbeat_grace_s}; NULL means {@link HeartbeatSettings#DEFAULT}) and the statement that fails abandoned
 * trials, which compares {@code trials.heartbeat_ms} with the database's clock ({@link SqlDialect#nowMillis}).
 */
final class HeartbeatRows {
    private HeartbeatRows() {
    }

    /** The study's settings, or empty when there is no such study. */
    static Optional<HeartbeatSettings> settings(Connection c, long studyId) throws SQLException {
        try (PreparedStatement ps = prepare(c, "SELECT heartbeat_interval_s, heartbeat_grace_s FROM studies "
                + "WHERE study_id = ?", studyId); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            int interval = rs.getInt(1);
            interval = rs.wasNull() ? HeartbeatSettings.DEFAULT.intervalSeconds() : interval;
            int grace = rs.getInt(2);
            grace = rs.wasNull() ? HeartbeatSettings.DEFAULT.graceSeconds() : grace;
            return Optional.of(new HeartbeatSettings(interval, grace));
        }
    }

    /** Stores the study's settings; returns the rows changed (0: no such study). */
    static int setSettings(Connection c, long studyId, HeartbeatSettings s) throws SQLException {
        return update(c, "UPDATE studies SET heartbeat_interval_s = ?, heartbeat_grace_s = ? WHERE study_id = ?",
                s.intervalSeconds(), s.graceSeconds(), studyId);
    }

    /**
     * Marks FAILED, in one statement, every running trial of the study whose heartbeat (for a trial started by a
     * version before heartbeats, its start) is older than the grace period;
     * a trial another transaction failed first no longer matches {@code state = 'RUNNING'}, so each is failed once.
     *
     * @return the failed trials' ids with their workers (NULL when none was recorded)
     */
    static Map<Long, String> failStale(Connection c, SqlDialect dialect, long studyId) throws SQLException {
        Map<Long, String> failed = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare(c, "UPDATE trials SET state = 'FAILED', finished_ms = ? WHERE study_id = ? "
                + "AND state = 'RUNNING' AND COALESCE(heartbeat_ms, started_ms) < " + dialect.nowMillis + " - 1000 * COALESCE((SELECT "
                + "heartbeat_grace_s FROM studies WHERE study_id = ?), " + HeartbeatSettings.DEFAULT.graceSeconds()
                + ") RETURNING trial_id, worker_id", System.currentTimeMillis(), studyId, studyId);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                failed.put(rs.getLong(1), rs.getString(2));
            }
        }
        return failed;
    }
}
