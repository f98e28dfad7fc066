package org.hyperlab.sweep.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables, version {@value #VERSION} (every table and column is described in {@code docs/sweeps.md}).
 * There is one way to reach the current version: a new store is created with the version-1 tables
 * ({@link SchemaMigrations#v1Tables}) and then migrated step by step, exactly as an existing version-1 store is, so a
 * new store and a migrated one cannot differ. A store of a newer version than this code knows is refused.
 */
final class Schema {
    /** The schema version this code reads and writes. */
    static final int VERSION = 2;

    private Schema() {
    }

    /** The tables of the current schema; another database's table of one of these names means it is not ours. */
    static final List<String> TABLES = List.of("schema_version", "studies", "study_attrs", "study_objectives",
            "trials", "trial_params", "trial_values", "trial_objective_values", "trial_attrs");

    /**
     * Creates or migrates the tables and checks the version, inside the caller's transaction. A database that is not
     * a hyperlab store is refused before anything is written to it: an SQLite file that already has tables but no
     * {@code schema_version}, or (in a shared PostgreSQL database, where other tables are normal) a table of one
     * of our names without {@code schema_version}.
     */
    static void ensure(Connection c, SqlDialect dialect, String label) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (dialect.schemaLock != null) {
                s.execute(dialect.schemaLock);
            }
            refuseForeign(c, dialect, label);
            int found = storedVersion(s);
            if (found == 0) {
                SchemaMigrations.createVersion1(s, dialect);
                found = 1;
            }
            if (found > VERSION) {
                throw new StorageException("the study store " + label + " has schema version " + found
                        + " but this hyperlab reads version " + VERSION + " (and migrates older ones)");
            }
            if (found < 1) {
                throw new StorageException("the study store " + label + " has an invalid schema version " + found);
            }
            SchemaMigrations.migrate(s, dialect, found, VERSION);
        }
    }

    /**
     * Checks, without writing anything, that the database is a study store of this version: for readers that must
     * leave the store as they found it (the dashboard). An older store is refused with the command that migrates it.
     */
    static void requireCurrent(Connection c, String label) throws SQLException {
        boolean hasVersion = false;
        try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                hasVersion |= rs.getString("TABLE_NAME").equalsIgnoreCase("schema_version");
            }
        }
        int found = 0;
        if (hasVersion) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
                found = rs.next() ? rs.getInt(1) : 0;
            }
        }
        if (found == 0) {
            throw new NotAStudyStoreException(label + " is not a hyperlab study store (no schema_version); name the store "
                    + "that sweep run wrote");
        }
        if (found != VERSION) {
            throw new StorageException("the study store " + label + " has schema version " + found + " and is opened "
                    + "read-only here; migrate it to version " + VERSION + " first with any sweep command, e.g. "
                    + "hyperlab sweep list --storage URL");
        }
    }

    /** The recorded version, 0 when there is no {@code schema_version} table or row. */
    private static int storedVersion(Statement s) throws SQLException {
        s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        try (ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
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
            throw new NotAStudyStoreException(label + " is not a hyperlab study store (it has the table"
                    + (shown.size() == 1 ? " " : "s ") + String.join(", ", shown.subList(0, Math.min(5, shown.size())))
                    + (shown.size() > 5 ? ", ..." : "") + " but no schema_version); name a new file or database");
        }
    }
}
