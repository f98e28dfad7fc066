package org.hyperlab.sweep.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables (version {@value #VERSION}), created on first use: {@code schema_version},
 * {@code studies}, {@code study_attrs}, {@code trials}, {@code trial_params}, {@code trial_values} (intermediate
 * values; NULL stands for NaN) and {@code trial_attrs}. A store written by another schema version is refused.
 */
final class Schema {
    /** The schema version this code reads and writes. */
    static final int VERSION = 1;

    private Schema() {
    }

    private static List<String> ddl(SqlDialect d) {
        return List.of(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
                "CREATE TABLE IF NOT EXISTS studies (study_id " + d.idColumn + ", name TEXT NOT NULL UNIQUE, "
                        + "metric TEXT NOT NULL, direction TEXT NOT NULL, seed BIGINT NOT NULL, "
                        + "trial_counter INTEGER NOT NULL, created_ms BIGINT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS study_attrs (study_id BIGINT NOT NULL REFERENCES studies (study_id), "
                        + "attr_key TEXT NOT NULL, attr_value TEXT NOT NULL, PRIMARY KEY (study_id, attr_key))",
                "CREATE TABLE IF NOT EXISTS trials (trial_id " + d.idColumn + ", "
                        + "study_id BIGINT NOT NULL REFERENCES studies (study_id), number INTEGER NOT NULL, "
                        + "state TEXT NOT NULL, value DOUBLE PRECISION, message TEXT, started_ms BIGINT, "
                        + "finished_ms BIGINT, UNIQUE (study_id, number))",
                "CREATE INDEX IF NOT EXISTS trials_by_state ON trials (study_id, state)",
                "CREATE TABLE IF NOT EXISTS trial_params (trial_id BIGINT NOT NULL REFERENCES trials (trial_id), "
                        + "name TEXT NOT NULL, param_order INTEGER NOT NULL, kind TEXT NOT NULL, "
                        + "value TEXT NOT NULL, PRIMARY KEY (trial_id, name))",
                "CREATE TABLE IF NOT EXISTS trial_values (trial_id BIGINT NOT NULL REFERENCES trials (trial_id), "
                        + "step INTEGER NOT NULL, value DOUBLE PRECISION, PRIMARY KEY (trial_id, step))",
                "CREATE TABLE IF NOT EXISTS trial_attrs (trial_id BIGINT NOT NULL REFERENCES trials (trial_id), "
                        + "attr_key TEXT NOT NULL, attr_value TEXT NOT NULL, PRIMARY KEY (trial_id, attr_key))");
    }

    /** Creates missing tables and checks the version, inside the caller's transaction. */
    static void ensure(Connection c, SqlDialect dialect) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (dialect.schemaLock != null) {
                s.execute(dialect.schemaLock);
            }
            for (String sql : ddl(dialect)) {
                s.execute(sql);
            }
            try (ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
                if (!rs.next()) {
                    s.executeUpdate("INSERT INTO schema_version (version) VALUES (" + VERSION + ")");
                    return;
                }
                int found = rs.getInt(1);
                if (found != VERSION) {
                    throw new StorageException("the study store has schema version " + found
                            + " but this hyperlab reads version " + VERSION);
                }
            }
        }
    }
}
