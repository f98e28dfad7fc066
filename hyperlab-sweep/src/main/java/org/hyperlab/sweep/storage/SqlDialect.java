package org.hyperlab.sweep.storage;

/** The few places where SQLite and PostgreSQL SQL differ for this store. */
enum SqlDialect {
    /** SQLite: every write transaction is {@code BEGIN IMMEDIATE}, which serializes writers across processes. */
    SQLITE("INTEGER PRIMARY KEY", "", "", null, "CAST((julianday('now') - 2440587.5) * 86400000 AS BIGINT)"),
    /** PostgreSQL: row locks ({@code FOR UPDATE}), {@code SKIP LOCKED} claims, an advisory lock for the schema. */
    POSTGRES("BIGSERIAL PRIMARY KEY", " FOR UPDATE", " FOR UPDATE SKIP LOCKED", "SELECT pg_advisory_xact_lock(72410917)",
            "CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)");

    /** The type of an auto-numbered primary key column. */
    final String idColumn;
    /** Appended to a SELECT that must lock its rows until commit. */
    final String forUpdate;
    /** Appended to the SELECT that picks a waiting trial to claim. */
    final String claimLock;
    /** A statement serializing schema creation, or {@code null}. */
    final String schemaLock;

    /**
     * The database's clock in milliseconds since the epoch, as an SQL expression: heartbeats are stamped with it so
     * that workers on machines with different clocks compare one clock.
     */
    final String nowMillis;

    SqlDialect(String idColumn, String forUpdate, String claimLock, String schemaLock, String nowMillis) {
        this.idColumn = idColumn;
        this.forUpdate = forUpdate;
        this.claimLock = claimLock;
        this.schemaLock = schemaLock;
        this.nowMillis = nowMillis;
    }
}
