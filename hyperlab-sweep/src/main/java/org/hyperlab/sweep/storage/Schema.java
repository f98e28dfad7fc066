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

    /** The tables this schema creates; another database's table of one of these names means it is not ours. */
    static final List<String> TABLES = List.of("schema_version", "studies", "study_attrs", "trials", "trial_params",
            "trial_values", "trial_attrs");

    /**
     * Creates missing tables and checks the version, inside the caller's transaction. A database that is not a
     * hyperlab store is refused before anything is written to it: an SQLite file that already has tables but no
     * {@code schema_version}, or (in a shared PostgreSQL database, where other tables are normal) a table of one
     * of our names without {@code schema_version}.
     */
    static void ensure(Connection c, SqlDialect dialect, String label) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (dialect.schemaLock != null) {
                s.execute(dialect.schemaLock);
            }
            refuseForeign(c, dialect, label);
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
                    throw new StorageException("the study store " + label + " has schema version " + found
                            + " but this hyperlab reads version " + VERSION);
                }
            }
        }
    }

    private static void refuseForeign(Connection c, SqlDialect dialect, String label) throws SQLException {
        List<String> existing = new java.util.ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (dialect == SqlDialect.POSTGRES && schema != null && !schema.equals(c.getSchema())) {
                    continue;
                }
                existing.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (existing.isEmpty() || existing.contains("schema_version")) {
            return;
        }
        List<String> clashing = existing.stream().filter(TABLES::contains).toList();
        if (dialect == SqlDialect.SQLITE || !clashing.isEmpty()) {
            List<String> shown = clashing.isEmpty() ? existing : clashing;
            throw new StorageException(label + " is not a hyperlab study store (it has the table"
                    + (shown.size() == 1 ? " " : "s ") + String.join(", ", shown.subList(0, Math.min(5, shown.size())))
                    + (shown.size() > 5 ? ", ..." : "") + " but no schema_version); name a new file or database");
        }
    }
}
