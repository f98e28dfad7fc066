package org.hyperlab.sweep.storage;

/**
 * Heartbeats, reaping and the budget on PostgreSQL (two connections), run when {@code HYPERLAB_TEST_POSTGRES_URL}
 * names a server; the tables live in their own schema ({@link PostgresTestUrls}) and every study has a fresh name.
 */
class PostgresHeartbeatTest extends HeartbeatAndBudgetContract {
    private static final String SCHEMA = "hyperlab_heartbeats_v" + Schema.VERSION;

    @Override
    protected StudyStorage open() throws Exception {
        return JdbcStudyStorage.open(PostgresTestUrls.inSchema(SCHEMA, false));
    }

    @Override
    protected StudyStorage openOther() throws Exception {
        return JdbcStudyStorage.open(PostgresTestUrls.inSchema(SCHEMA, false));
    }
}
