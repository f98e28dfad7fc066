package org.hyperlab.sweep.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * Opens the one JDBC connection of a {@link JdbcStudyStorage}. SQLite: creates the file's directory, WAL journal,
 * 30 s busy timeout, {@code synchronous=NORMAL} (in WAL mode a committed transaction survives a killed process;
 * only a power loss may undo the last ones), foreign keys on. PostgreSQL: the URL as given.
 */
final class JdbcConnections {
    private JdbcConnections() {
    }

    /** The URL with any password replaced by {@code ***}. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/:@]+):[^/@]*@", "//$1:***@");
    }

    /** The dialect of a supported URL. */
    static SqlDialect dialect(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            return SqlDialect.SQLITE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return SqlDialect.POSTGRES;
        }
        throw new IllegalArgumentException("unsupported storage URL '" + redact(url)
                + "' (expected jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DATABASE)");
    }

    /**
     * The database file a {@code jdbc:sqlite:} URL names, or null for SQLite's special names ({@code :memory:}).
     * Both SQLite's forms are understood: a plain path ({@code jdbc:sqlite:runs/sweeps.db}) and a URI filename
     * ({@code jdbc:sqlite:file:runs/sweeps.db?mode=rwc}, {@code jdbc:sqlite:file:///tmp/s.db}), whose query is
     * not part of the path.
     */
    static Path sqliteFile(String url) {
        String name = url.substring("jdbc:sqlite:".length());
        int query = name.indexOf('?');
        if (query >= 0) {
            name = name.substring(0, query);
        }
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
            if (name.startsWith("//")) { // file://HOST/PATH: only the local host (empty or localhost) is meaningful
                int slash = name.indexOf('/', 2);
                String host = slash < 0 ? name.substring(2) : name.substring(2, slash);
                if (!host.isEmpty() && !host.equals("localhost")) {
                    throw new IllegalArgumentException("storage URL " + redact(url) + " names the host '" + host
                            + "'; SQLite stores are local files (use file:///PATH or a plain path)");
                }
                name = slash < 0 ? "" : name.substring(slash);
            }
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("storage URL " + redact(url) + " names no file");
        }
        return name.startsWith(":") ? null : Path.of(name);
    }

    /** A new connection, or a {@link StorageException} naming the (redacted) URL and the cause. */
    static Connection connect(String url, SqlDialect dialect) {
        return connect(url, dialect, false);
    }

    /**
     * A new connection; with {@code existingOnly} it changes nothing on the way in (no parent directories, no
     * journal-mode switch, which would write an SQLite file's header), for readers of an existing store.
     */
    static Connection connect(String url, SqlDialect dialect, boolean existingOnly) {
        String label = redact(url);
        try {
            if (dialect == SqlDialect.POSTGRES) {
                return DriverManager.getConnection(url);
            }
            Path file = sqliteFile(url);
            Path parent = file == null ? null : file.toAbsolutePath().getParent();
            SQLiteConfig config = new SQLiteConfig();
            if (existingOnly) {
                if (file != null && !Files.isRegularFile(file)) {
                    throw new StorageException("no study store at " + file);
                }
                config.setBusyTimeout(30_000);
                return DriverManager.getConnection(url, config.toProperties());
            }
            if (parent != null) {
                Files.createDirectories(parent);
            }
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setBusyTimeout(30_000);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.enforceForeignKeys(true);
            return DriverManager.getConnection(url, config.toProperties());
        } catch (SQLException | IOException e) {
            throw new StorageException("cannot open the study store " + label + ": " + e.getMessage(), e);
        }
    }
}
