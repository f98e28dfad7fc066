package org.hyperlab.sweep.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server of the tests ({@code HYPERLAB_TEST_POSTGRES_URL}, which CI exports; without it the tests are
 * skipped, except on CI where that is a failure). Each caller gets its own PostgreSQL schema, so a test store (and its
 * schema version) never meets the tables of another test or of another hyperlab version sharing the database.
 */
final class PostgresTestUrls {
    private PostgresTestUrls() {
    }

    /** The server's URL as configured. */
    static String server() {
        String url = System.getenv("HYPERLAB_TEST_POSTGRES_URL");
        boolean configured = url != null && !url.isBlank();
        // On CI the server is part of the contract: a missing URL there is a failure, not a skip.
        assertFalse(!configured && "true".equals(System.getenv("CI")), "CI must export HYPERLAB_TEST_POSTGRES_URL");
        assumeTrue(configured, "HYPERLAB_TEST_POSTGRES_URL is not set");
        return url;
    }

    /** A URL whose tables live in the schema {@code name}, created if missing ({@code fresh}: dropped first). */
    static String inSchema(String name, boolean fresh) throws SQLException {
        String url = server();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            if (fresh) {
                s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
            s.execute("CREATE SCHEMA IF NOT EXISTS " + name);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }
}
