package org.hyperlab.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The worker processes on PostgreSQL, run when {@code HYPERLAB_TEST_POSTGRES_URL} names a server (on CI a missing URL
 * is a failure); the tables live in a schema of their own and every test's study has a fresh name.
 */
class PostgresWorkerProcessTest extends WorkerProcessContract {
    private static final String SCHEMA = "hyperlab_worker_processes";

    @Override
    protected String url() throws Exception {
        String url = System.getenv("HYPERLAB_TEST_POSTGRES_URL");
        boolean configured = url != null && !url.isBlank();
        assertFalse(!configured && "true".equals(System.getenv("CI")), "CI must export HYPERLAB_TEST_POSTGRES_URL");
        assumeTrue(configured, "HYPERLAB_TEST_POSTGRES_URL is not set");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }
}
