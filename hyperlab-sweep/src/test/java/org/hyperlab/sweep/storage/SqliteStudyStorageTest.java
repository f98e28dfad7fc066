package org.hyperlab.sweep.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on SQLite (two connections to one file), plus SQLite specifics. */
class SqliteStudyStorageTest extends StudyStorageContract {
    @TempDir
    Path dir;

    private String url() {
        return "jdbc:sqlite:" + dir.resolve("sub/study.db");
    }

    @Override
    protected StudyStorage open() {
        return JdbcStudyStorage.open(url());
    }

    @Override
    protected StudyStorage openOther() {
        return JdbcStudyStorage.open(url());
    }

    @Test
    void usesWalAndRecordsTheSchemaVersion() throws Exception {
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertEquals("wal", rs.getString(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
                assertTrue(rs.next());
                assertEquals(Schema.VERSION, rs.getInt(1));
                assertTrue(!rs.next(), "one version row after opening twice");
            }
        }
    }

    @Test
    void anotherSchemaVersionIsRefused() throws Exception {
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE schema_version SET version = 99");
        }
        StorageException e = assertThrows(StorageException.class, () -> JdbcStudyStorage.open(url()));
        assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
    }

    @Test
    void unsupportedAndUnreachableUrlsAreClearErrors() throws Exception {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> JdbcStudyStorage.open("jdbc:mysql://localhost/x"));
        assertTrue(bad.getMessage().contains("unsupported storage URL"), bad.getMessage());
        Path notADir = Files.writeString(dir.resolve("file"), "x");
        StorageException e = assertThrows(StorageException.class,
                () -> JdbcStudyStorage.open("jdbc:sqlite:" + notADir.resolve("study.db")));
        assertTrue(e.getMessage().startsWith("cannot open the study store"), e.getMessage());
        StorageException pg = assertThrows(StorageException.class,
                () -> JdbcStudyStorage.open("jdbc:postgresql://127.0.0.1:1/none?user=u&password=secret&connectTimeout=2"));
        assertTrue(pg.getMessage().contains("password=***") && !pg.getMessage().contains("secret"), pg.getMessage());
    }

    @Test
    void aHeartbeatRecordsTheWorkerAndTheDatabasesClock() throws Exception {
        org.hyperlab.sweep.record.StudyRecord study = storage.createStudy("beats",
                new org.hyperlab.sweep.space.ObjectiveSpec("loss", org.hyperlab.sweep.space.Direction.MINIMIZE), 1);
        org.hyperlab.sweep.record.TrialRecord t = storage.createTrial(study.id(), org.hyperlab.sweep.record.TrialState.RUNNING,
                java.util.Map.of());
        long before = System.currentTimeMillis();
        other.heartbeat(t.id(), "host:42");
        long after = System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT worker_id, heartbeat_ms FROM trials WHERE trial_id = " + t.id())) {
            assertTrue(rs.next());
            assertEquals("host:42", rs.getString(1));
            // SQLite's clock is this machine's: the stamp lies between the two readings (julianday has ms resolution)
            long stamp = rs.getLong(2);
            assertTrue(stamp >= before - 2 && stamp <= after + 2, before + " <= " + stamp + " <= " + after);
        }
        storage.finishTrial(t.id(), org.hyperlab.sweep.record.TrialState.COMPLETE, 1.0, null);
        assertThrows(StaleTrialException.class, () -> storage.heartbeat(t.id(), "host:42"));
    }
}
