package org.hyperlab.sweep.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The contract on PostgreSQL, run when {@code HYPERLAB_TEST_POSTGRES_URL} names a server (CI starts one), e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/hyperlab?user=hyperlab&password=hyperlab}; every test uses fresh
 * study names, so the database needs no cleaning.
 */
class PostgresStudyStorageTest extends StudyStorageContract {
    private static String url() {
        String url = System.getenv("HYPERLAB_TEST_POSTGRES_URL");
        boolean configured = url != null && !url.isBlank();
        // On CI the server is part of the contract: a missing URL there is a failure, not a skip.
        assertFalse(!configured && "true".equals(System.getenv("CI")), "CI must export HYPERLAB_TEST_POSTGRES_URL");
        assumeTrue(configured, "HYPERLAB_TEST_POSTGRES_URL is not set");
        return url;
    }

    @Override
    protected StudyStorage open() {
        return JdbcStudyStorage.open(url());
    }

    @Override
    protected StudyStorage openOther() {
        return JdbcStudyStorage.open(url());
    }
}
