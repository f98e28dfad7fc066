package org.hyperlab.sweep.storage;

/** The few places where SQLite and PostgreSQL SQL differ for this store. */
enum SqlDialect {
    /** SQLite: every write transaction is {@code BEGIN IMMEDIATE}, which serializes writers across processes. */
    SQLITE("INTEGER PRIMARY KEY", "", "", null),
    /** PostgreSQL: row locks ({@code FOR UPDATE}), {@code SKIP LOCKED} claims, an advisory lock for the schema. */
    POSTGRES("BIGSERIAL PRIMARY KEY", " FOR UPDATE", " FOR UPDATE SKIP LOCKED", "SELECT pg_advisory_xact_lock(72410917)");

    /** The type of an auto-numbered primary key column. */
    final String idColumn;
    /** Appended to a SELECT that must lock its rows until commit. */
    final String forUpdate;
    /** Appended to the SELECT that picks a waiting trial to claim. */
    final String claimLock;
    /** A statement serializing schema creation, or {@code null}. */
    final String schemaLock;

    SqlDialect(String idColumn, String forUpdate, String claimLock, String schemaLock) {
        this.idColumn = idColumn;
        this.forUpdate = forUpdate;
        this.claimLock = claimLock;
        this.schemaLock = schemaLock;
    }
}
