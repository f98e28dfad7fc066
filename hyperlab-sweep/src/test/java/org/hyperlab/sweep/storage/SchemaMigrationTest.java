package org.hyperlab.sweep.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Version-1 stores keep working: {@code storage/sweeps-v1.db} was written by the version-1 code ({@code hyperlab
 * sweep run examples/sweep-descend.yaml --trials 5}); opening it migrates it to the current version, every stored row
 * reads back as the version-1 tables had it, and the migrated store takes new studies and trials. The same migration
 * runs on PostgreSQL from the version-1 DDL kept in {@link SchemaMigrations}.
 */
class SchemaMigrationTest {
    @TempDir
    Path dir;

    /** One version-1 trial row, read with plain SQL before the migration. */
    private record V1Trial(int number, String state, double value, long params) {
    }

    private static List<V1Trial> v1Trials(Connection c) throws SQLException {
        List<V1Trial> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT t.number, t.state, t.value, "
                + "(SELECT COUNT(*) FROM trial_params p WHERE p.trial_id = t.trial_id) FROM trials t ORDER BY t.number")) {
            while (rs.next()) {
                out.add(new V1Trial(rs.getInt(1), rs.getString(2), rs.getDouble(3), rs.getLong(4)));
            }
        }
        return out;
    }

    private static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aVersion1SqliteStoreWrittenByTheVersion1CodeIsMigratedAndRead() throws Exception {
        Path db = dir.resolve("sweeps.db");
        try (InputStream in = getClass().getResourceAsStream("/storage/sweeps-v1.db")) {
            Files.copy(in, db);
        }
        String url = "jdbc:sqlite:" + db;
        List<V1Trial> before;
        try (Connection c = DriverManager.getConnection(url)) {
            assertEquals(1, version(c));
            before = v1Trials(c);
        }
        assertEquals(5, before.size());
        try (StudyStorage store = JdbcStudyStorage.open(url)) {
            StudyRecord study = store.findStudy("descend-tpe").orElseThrow();
            assertEquals(new ObjectiveSpec("final-J", Direction.MINIMIZE), study.objective());
            assertTrue(store.studyDefinition(study.id()).isEmpty(), "version 1 kept no definition");
            assertTrue(store.studyAttrs(study.id()).get("sweep-file").contains("command: descend"));
            List<TrialRecord> trials = store.trials(study.id());
            assertEquals(before.size(), trials.size());
            for (int i = 0; i < trials.size(); i++) {
                TrialRecord t = trials.get(i);
                assertEquals(before.get(i).number(), t.number());
                assertEquals(TrialState.valueOf(before.get(i).state()), t.state());
                assertEquals(before.get(i).value(), t.value());
                assertEquals(before.get(i).params(), t.params().size());
                assertTrue(t.intermediate().size() > 1, "intermediate values kept");
            }
            StudyRecord added = store.createStudy("after-migration", new ObjectiveSpec("val_loss", Direction.MINIMIZE),
                    3, "{\"trials\": 4}", 4);
            TrialRecord t = store.createTrial(added.id(), TrialState.RUNNING, Map.of("x", 1.5));
            store.finishTrial(t.id(), TrialState.COMPLETE, 0.25, null);
            assertEquals("{\"trials\": 4}", store.studyDefinition(added.id()).orElseThrow());
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertEquals(Schema.VERSION, version(c));
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM trial_objective_values WHERE objective = 0")) {
                rs.next();
                assertEquals(6, rs.getInt(1), "five migrated complete values and the new one");
            }
            try (ResultSet rs = s.executeQuery("SELECT metric, direction FROM study_objectives ORDER BY study_id")) {
                assertTrue(rs.next());
                assertEquals("final-J", rs.getString(1));
                assertEquals("MINIMIZE", rs.getString(2));
                assertTrue(rs.next());
                assertEquals("val_loss", rs.getString(1));
            }
        }
    }

    @Test
    void aNewStoreAndAMigratedOneHaveTheSameColumns() throws Exception {
        Path old = dir.resolve("old.db");
        try (InputStream in = getClass().getResourceAsStream("/storage/sweeps-v1.db")) {
            Files.copy(in, old);
        }
        JdbcStudyStorage.open("jdbc:sqlite:" + old).close();
        JdbcStudyStorage.open("jdbc:sqlite:" + dir.resolve("new.db")).close();
        assertEquals(columns("jdbc:sqlite:" + dir.resolve("new.db")), columns("jdbc:sqlite:" + old));
    }

    private static List<String> columns(String url) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url)) {
            for (String table : Schema.TABLES) {
                try (ResultSet rs = c.getMetaData().getColumns(null, null, table, "%")) {
                    while (rs.next()) {
                        out.add(table + "." + rs.getString("COLUMN_NAME") + " " + rs.getString("TYPE_NAME"));
                    }
                }
            }
        }
        assertTrue(out.size() > 30, out.toString());
        return out;
    }

    @Test
    void aVersion1PostgresStoreIsMigrated() throws Exception {
        String url = PostgresTestUrls.inSchema("hyperlab_migration_test", true);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
            SchemaMigrations.createVersion1(s, SqlDialect.POSTGRES);
            s.executeUpdate("INSERT INTO studies (name, metric, direction, seed, trial_counter, created_ms) "
                    + "VALUES ('old', 'val_loss', 'MAXIMIZE', 7, 1, 0)");
            s.executeUpdate("INSERT INTO trials (study_id, number, state, value) SELECT study_id, 0, 'COMPLETE', 0.5 "
                    + "FROM studies");
        }
        try (StudyStorage store = JdbcStudyStorage.open(url)) {
            StudyRecord study = store.findStudy("old").orElseThrow();
            assertEquals(new ObjectiveSpec("val_loss", Direction.MAXIMIZE), study.objective());
            assertEquals(0.5, store.trials(study.id()).get(0).value());
            assertEquals(1, store.createTrial(study.id(), TrialState.RUNNING, Map.of()).number());
        }
        try (Connection c = DriverManager.getConnection(url)) {
            assertEquals(Schema.VERSION, version(c));
        }
    }
}
