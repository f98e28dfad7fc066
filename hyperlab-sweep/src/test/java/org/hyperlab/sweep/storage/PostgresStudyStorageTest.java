package org.hyperlab.sweep.storage;

/**
 * The contract on PostgreSQL, run when {@code HYPERLAB_TEST_POSTGRES_URL} names a server (CI starts one), e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/hyperlab?user=hyperlab&password=hyperlab}; the tables live in their own
 * schema ({@link PostgresTestUrls}) and every test uses fresh study names, so the database needs no cleaning.
 */
class PostgresStudyStorageTest extends StudyStorageContract {
    private static final String SCHEMA = "hyperlab_contract_v" + Schema.VERSION;

    @Override
    protected StudyStorage open() throws Exception {
        return JdbcStudyStorage.open(PostgresTestUrls.inSchema(SCHEMA, false));
    }

    @Override
    protected StudyStorage openOther() throws Exception {
        return JdbcStudyStorage.open(PostgresTestUrls.inSchema(SCHEMA, false));
    }
}
