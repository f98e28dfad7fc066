package org.hyperlab.sweep.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** SQLite URI filenames name the file they mean; a database that is not a study store is refused untouched. */
class SqliteUrlAndForeignStoreTest {
    @TempDir
    Path dir;

    @Test
    void uriFilenamesAreReadAsSqliteReadsThem() {
        assertEquals(Path.of("runs/s.db"), JdbcConnections.sqliteFile("jdbc:sqlite:file:runs/s.db?mode=rwc"));
        assertEquals(Path.of("/tmp/s.db"), JdbcConnections.sqliteFile("jdbc:sqlite:file:///tmp/s.db"));
        assertEquals(Path.of("/tmp/s.db"), JdbcConnections.sqliteFile("jdbc:sqlite:file://localhost/tmp/s.db"));
        assertEquals(Path.of("runs/s.db"), JdbcConnections.sqliteFile("jdbc:sqlite:runs/s.db"));
        assertNull(JdbcConnections.sqliteFile("jdbc:sqlite::memory:"));
        assertThrows(IllegalArgumentException.class, () -> JdbcConnections.sqliteFile("jdbc:sqlite:file://other/s.db"));
        assertThrows(IllegalArgumentException.class, () -> JdbcConnections.sqliteFile("jdbc:sqlite:file:"));
    }

    @Test
    void aFileUriCreatesTheStoreWhereItPointsAndNoFileColonDirectory() {
        Path db = dir.resolve("nested/study.db");
        try (StudyStorage s = JdbcStudyStorage.open("jdbc:sqlite:file:" + db)) {
            assertTrue(s.listStudies().isEmpty());
        }
        assertTrue(Files.isRegularFile(db));
        assertFalse(Files.exists(Path.of("file:")), "no stray file: directory in the working directory");
    }

    @Test
    void someoneElsesSqliteFileIsRefusedAndLeftAsItWas() throws Exception {
        Path other = dir.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE studies (id INTEGER, title TEXT)");
        }
        StorageException e = assertThrows(StorageException.class, () -> JdbcStudyStorage.open("jdbc:sqlite:" + other));
        assertTrue(e.getMessage().contains("is not a hyperlab study store"), e.getMessage());
        assertTrue(e.getMessage().contains("studies"), e.getMessage());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "no table was added to the foreign database");
        }
    }
}
