package org.hyperlab.sweep.storage;

import static org.hyperlab.sweep.storage.SqlStatements.queryLong;
import static org.hyperlab.sweep.storage.SqlStatements.update;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;

/**
 * New trial rows, inside the caller's transaction: the next number from the study's counter (incremented in the same
 * transaction, so numbers are unique across processes), a running trial's start and first heartbeat, its parameters;
 * and the re-run that replaces a failed trial ({@link TrialBudget#REPLACED_BY}).
 */
final class TrialInserts {
    private TrialInserts() {
    }

    /** Inserts a WAITING or RUNNING trial with the study's next number; returns its id. */
    static long insert(Connection c, SqlDialect dialect, String label, long studyId, TrialState state,
                       Map<String, Object> params) throws SQLException {
        if (update(c, "UPDATE studies SET trial_counter = trial_counter + 1 WHERE study_id = ?", studyId) != 1) {
            throw new StorageException("no study with id " + studyId + " in " + label);
        }
        long number = queryLong(c, "SELECT trial_counter FROM studies WHERE study_id = ?", studyId).orElseThrow() - 1;
        boolean running = state == TrialState.RUNNING;
        long id = queryLong(c, "INSERT INTO trials (study_id, number, state, started_ms, heartbeat_ms) VALUES "
                + "(?, ?, ?, ?, " + (running ? dialect.nowMillis : "NULL") + ") RETURNING trial_id", studyId,
                (int) number, state.name(), running ? System.currentTimeMillis() : null).orElseThrow();
        int order = 0;
        for (Map.Entry<String, Object> e : params.entrySet()) {
            update(c, "INSERT INTO trial_params (trial_id, name, param_order, kind, value) VALUES (?, ?, ?, ?, ?)",
                    id, e.getKey(), order++, ParamCodec.kind(e.getValue()), ParamCodec.text(e.getValue()));
        }
        return id;
    }

    /**
     * Enqueues a WAITING re-run of the failed trial {@code trialId} with its parameters, and records it on the failed
     * one: {@code message} with the re-run's number, and the attribute {@link TrialBudget#REPLACED_BY}.
     *
     * @return the failed trial
     */
    static TrialRecord requeue(Connection c, SqlDialect dialect, String label, long studyId, long trialId,
                               String message) throws SQLException {
        TrialRecord failed = TrialRows.read(c, "trial_id", trialId).get(0);
        long rerun = insert(c, dialect, label, studyId, TrialState.WAITING, failed.params());
        int number = TrialRows.read(c, "trial_id", rerun).get(0).number();
        update(c, "UPDATE trials SET message = ? WHERE trial_id = ?", Reaping.withRerun(message, number), trialId);
        update(c, "INSERT INTO trial_attrs (trial_id, attr_key, attr_value) VALUES (?, ?, ?)", trialId,
                TrialBudget.REPLACED_BY, Integer.toString(number));
        return TrialRows.read(c, "trial_id", trialId).get(0);
    }
}
