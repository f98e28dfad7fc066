package org.hyperlab.sweep.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Heartbeats, reaping and the budget on SQLite (two connections to one file). */
class SqliteHeartbeatTest extends HeartbeatAndBudgetContract {
    @TempDir
    Path dir;

    @Override
    protected StudyStorage open() {
        return JdbcStudyStorage.open("jdbc:sqlite:" + dir.resolve("heartbeats.db"));
    }

    @Override
    protected StudyStorage openOther() {
        return JdbcStudyStorage.open("jdbc:sqlite:" + dir.resolve("heartbeats.db"));
    }
}
