package org.hyperlab.sweep.storage;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The version-1 tables as version 1 created them, and the steps from each version to the next. Every store, new or
 * old, reaches the current version through these steps ({@link Schema#ensure}), inside one transaction.
 *
 * <p>Version 2 adds, without changing a version-1 column: the study's whole definition ({@code studies.definition},
 * the sweep file's resolved content as JSON) and its trial budget; room for heartbeats (a per-study interval and grace
 * period, a worker id and a heartbeat time per trial, written with the database's clock, see
 * {@link SqlDialect#nowMillis}); and room for several objectives ({@code study_objectives}: metric and direction by
 * objective number; {@code trial_objective_values}: a finished trial's value by objective number). Objective 0 is the
 * one of {@code studies.metric}/{@code direction} and {@code trials.value}; the migration copies those into the new
 * tables, and the store writes both.
 */
final class SchemaMigrations {
    private SchemaMigrations() {
    }

    /** The version-1 DDL, verbatim; it must never change, since it is the start of every migration. */
    static List<String> v1Tables(SqlDialect d) {
        return List.of(
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

    /** Version 1 to 2: only additions, so version-1 rows keep their meaning. */
    private static final List<String> V1_TO_V2 = List.of(
            "ALTER TABLE studies ADD COLUMN definition TEXT",
            "ALTER TABLE studies ADD COLUMN trial_budget INTEGER",
            "ALTER TABLE studies ADD COLUMN heartbeat_interval_s INTEGER",
            "ALTER TABLE studies ADD COLUMN heartbeat_grace_s INTEGER",
            "CREATE TABLE study_objectives (study_id BIGINT NOT NULL REFERENCES studies (study_id), "
                    + "objective INTEGER NOT NULL, metric TEXT NOT NULL, direction TEXT NOT NULL, "
                    + "PRIMARY KEY (study_id, objective))",
            "INSERT INTO study_objectives (study_id, objective, metric, direction) "
                    + "SELECT study_id, 0, metric, direction FROM studies",
            "ALTER TABLE trials ADD COLUMN worker_id TEXT",
            "ALTER TABLE trials ADD COLUMN heartbeat_ms BIGINT",
            "CREATE TABLE trial_objective_values (trial_id BIGINT NOT NULL REFERENCES trials (trial_id), "
                    + "objective INTEGER NOT NULL, value DOUBLE PRECISION, PRIMARY KEY (trial_id, objective))",
            "INSERT INTO trial_objective_values (trial_id, objective, value) "
                    + "SELECT trial_id, 0, value FROM trials WHERE value IS NOT NULL",
            "CREATE INDEX trials_heartbeats ON trials (study_id, state, heartbeat_ms)");

    /** Creates the version-1 tables in an empty store and records version 1. */
    static void createVersion1(Statement s, SqlDialect dialect) throws SQLException {
        for (String sql : v1Tables(dialect)) {
            s.execute(sql);
        }
        s.executeUpdate("INSERT INTO schema_version (version) VALUES (1)");
    }

    /** Applies the steps from {@code from} up to {@code to} and records {@code to}. */
    static void migrate(Statement s, SqlDialect dialect, int from, int to) throws SQLException {
        if (from == to) {
            return;
        }
        for (int v = from; v < to; v++) {
            for (String sql : step(v)) {
                s.execute(sql);
            }
        }
        s.executeUpdate("UPDATE schema_version SET version = " + to);
    }

    private static List<String> step(int from) {
        if (from == 1) {
            return V1_TO_V2;
        }
        throw new IllegalStateException("no migration from schema version " + from);
    }
}
