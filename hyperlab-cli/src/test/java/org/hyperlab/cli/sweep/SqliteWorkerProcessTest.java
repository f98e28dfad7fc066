package org.hyperlab.cli.sweep;

/** The worker processes on one SQLite file. */
class SqliteWorkerProcessTest extends WorkerProcessContract {
    @Override
    protected String url() {
        return "jdbc:sqlite:" + dir.resolve("workers.db");
    }
}
