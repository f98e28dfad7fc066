package org.hyperlab.sweep.storage;

import static org.hyperlab.sweep.storage.SqlStatements.prepare;
import static org.hyperlab.sweep.storage.SqlStatements.queryLong;
import static org.hyperlab.sweep.storage.SqlStatements.update;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;

/**
 * Which trials count against a study's trial budget: every trial that is running or finished (COMPLETE, PRUNED,
 * DIVERGED, FAILED), except one that was failed and replaced by a re-run (a trial of a dead or frozen worker, reaped
 * through its heartbeat or recovered by a resume). Such a trial carries the attribute {@value #REPLACED_BY} = the
 * number of its re-run, so the budget counts the re-run instead and never twice. Running trials count while they
 * run, so workers sharing a study never start more trials than its budget. The SQL stores decide with
 * {@link #COUNTED_SQL}, the same rule written as a condition.
 */
public final class TrialBudget {
    /** The attribute of a failed trial that was replaced by a re-run: the re-run's number. */
    public static final String REPLACED_BY = "replaced-by";

    /** {@link #counts} as an SQL condition on a row of {@code trials}. */
    static final String COUNTED_SQL = "trials.state <> 'WAITING' AND NOT EXISTS (SELECT 1 FROM trial_attrs ra "
            + "WHERE ra.trial_id = trials.trial_id AND ra.attr_key = '" + REPLACED_BY + "')";

    private TrialBudget() {
    }

    /** Whether the trial counts against its study's budget. */
    public static boolean counts(TrialRecord t) {
        return t.state() != TrialState.WAITING && !t.attrs().containsKey(REPLACED_BY);
    }

    /** The trials of the study that count, inside the caller's transaction. */
    static long counted(Connection c, long studyId) throws SQLException {
        return queryLong(c, "SELECT COUNT(*) FROM trials WHERE study_id = ? AND " + COUNTED_SQL, studyId).orElse(0L);
    }

    /** The study's budget (empty inside when it has none), or empty when there is no such study. */
    static Optional<Optional<Integer>> budget(Connection c, long studyId) throws SQLException {
        try (PreparedStatement ps = prepare(c, "SELECT trial_budget FROM studies WHERE study_id = ?", studyId);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            int b = rs.getInt(1);
            return Optional.of(rs.wasNull() ? Optional.empty() : Optional.of(b));
        }
    }

    /** Raises the budget by {@code n} (none: the counted trials plus {@code n}); the caller holds the study's lock. */
    static int raise(Connection c, long studyId, int n) throws SQLException {
        update(c, "UPDATE studies SET trial_budget = COALESCE(trial_budget, (SELECT COUNT(*) FROM trials WHERE "
                + "study_id = ? AND " + COUNTED_SQL + ")) + ? WHERE study_id = ?", studyId, n, studyId);
        return queryLong(c, "SELECT trial_budget FROM studies WHERE study_id = ?", studyId).orElseThrow().intValue();
    }
}
