package org.hyperlab.sweep.storage;

import static org.hyperlab.sweep.storage.SqlStatements.prepare;
import static org.hyperlab.sweep.storage.SqlStatements.queryLong;
import static org.hyperlab.sweep.storage.SqlStatements.update;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.ObjectiveSpec;

/**
 * A {@link StudyStorage} in a SQL database: SQLite ({@code jdbc:sqlite:FILE}: one file in WAL mode, every
 * transaction {@code BEGIN IMMEDIATE}; see {@link JdbcConnections}) or PostgreSQL
 * ({@code jdbc:postgresql://HOST/DB?...}: row locks, {@code SKIP LOCKED} claims). One connection per instance, used under a lock, one transaction per
 * call; several instances and processes can share a database. Trial numbers come from a per-study counter
 * incremented in the creating transaction; a waiting trial is claimed by a conditional update
 * ({@code WHERE state = 'WAITING'}); writes to a trial check in the same transaction that it is still running.
 */
public final class JdbcStudyStorage implements StudyStorage {
    private final String label;
    private final SqlDialect dialect;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    /** Per study, the finished trials read so far by trial id (see {@link TrialRows#readStudy}); used under the lock. */
    private final Map<Long, Map<Long, TrialRecord>> finishedTrials = new HashMap<>();

    private JdbcStudyStorage(String label, SqlDialect dialect, Connection connection) {
        this.label = label;
        this.dialect = dialect;
        this.connection = connection;
    }

    /**
     * Opens (and on first use creates) a store.
     *
     * @param url {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://...}
     * @throws StorageException when the database cannot be reached or has another schema version
     * @throws IllegalArgumentException for any other URL
     */
    public static JdbcStudyStorage open(String url) {
        return open(url, false);
    }

    /**
     * Opens an existing store of the current schema version without creating, migrating or writing anything (for
     * readers such as the dashboard); the caller only reads.
     *
     * @throws StorageException when the database is not a store of this version (an older one names the command
     *                          that migrates it)
     */
    public static JdbcStudyStorage openExisting(String url) {
        return open(url, true);
    }

    private static JdbcStudyStorage open(String url, boolean existingOnly) {
        String label = JdbcConnections.redact(url);
        SqlDialect dialect = JdbcConnections.dialect(url);
        Connection c = JdbcConnections.connect(url, dialect, existingOnly);
        JdbcStudyStorage storage = new JdbcStudyStorage(label, dialect, c);
        try {
            c.setAutoCommit(dialect == SqlDialect.SQLITE);
            storage.tx(conn -> {
                if (existingOnly) {
                    Schema.requireCurrent(conn, label);
                } else {
                    Schema.ensure(conn, dialect, label);
                }
                return null;
            });
        } catch (SQLException | RuntimeException e) {
            storage.close();
            if (e instanceof StorageException se) {
                throw se;
            }
            throw new StorageException("cannot open the study store " + label + ": " + e.getMessage(), e);
        }
        return storage;
    }

    /** The storage's URL with passwords hidden. */
    @Override
    public String toString() {
        return label;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T tx(Work<T> work) {
        lock.lock();
        try {
            try {
                if (dialect == SqlDialect.SQLITE) {
                    execute("BEGIN IMMEDIATE");
                }
                T result = work.run(connection);
                if (dialect == SqlDialect.SQLITE) {
                    execute("COMMIT");
                } else {
                    connection.commit();
                }
                return result;
            } catch (SQLException e) {
                rollback();
                throw new StorageException("study store " + label + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                rollback();
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    private void execute(String sql) throws SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private void rollback() {
        try {
            if (dialect == SqlDialect.SQLITE) {
                execute("ROLLBACK");
                return;
            }
            connection.rollback();
        } catch (SQLException ignored) {
            // no transaction was open, or the connection is gone: the original error is the one worth reporting
        }
    }

    @Override
    public StudyRecord createStudy(String name, List<ObjectiveSpec> objectives, long seed, String definition,
                                   Integer trialBudget) {
        ObjectiveSpec objective = objectives.get(0);
        return tx(c -> {
            long now = System.currentTimeMillis();
            Optional<Long> id = queryLong(c, "INSERT INTO studies (name, metric, direction, seed, trial_counter, "
                    + "created_ms, definition, trial_budget) VALUES (?, ?, ?, ?, 0, ?, ?, ?) ON CONFLICT (name) "
                    + "DO NOTHING RETURNING study_id",
                    name, objective.metric(), objective.direction().name(), seed, now, definition, trialBudget);
            if (id.isEmpty()) {
                throw new StudyExistsException(name);
            }
            for (int k = 0; k < objectives.size(); k++) {
                update(c, "INSERT INTO study_objectives (study_id, objective, metric, direction) VALUES (?, ?, ?, ?)",
                        id.get(), k, objectives.get(k).metric(), objectives.get(k).direction().name());
            }
            return new StudyRecord(id.get(), name, objectives, seed, Instant.ofEpochMilli(now));
        });
    }

    @Override
    public Optional<String> studyDefinition(long studyId) {
        return tx(c -> {
            try (PreparedStatement ps = prepare(c, "SELECT definition FROM studies WHERE study_id = ?", studyId);
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StorageException("no study with id " + studyId + " in " + label);
                }
                return Optional.ofNullable(rs.getString(1));
            }
        });
    }

    @Override
    public Optional<StudyRecord> findStudy(String name) {
        return tx(c -> studies(c, " WHERE name = ?", name).stream().findFirst());
    }

    @Override
    public List<StudyRecord> listStudies() {
        return tx(c -> studies(c, ""));
    }

    private static List<StudyRecord> studies(Connection c, String where, Object... args) throws SQLException {
        List<StudyRecord> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, "SELECT study_id, name, metric, direction, seed, created_ms FROM studies"
                + where + " ORDER BY study_id", args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StudyRecord(rs.getLong(1), rs.getString(2),
                        new ObjectiveSpec(rs.getString(3), Direction.valueOf(rs.getString(4))), rs.getLong(5),
                        Instant.ofEpochMilli(rs.getLong(6))));
            }
        }
        List<StudyRecord> withObjectives = new ArrayList<>(out.size());
        for (StudyRecord s : out) {
            List<ObjectiveSpec> objectives = objectives(c, s.id());
            withObjectives.add(objectives.size() <= 1 ? s
                    : new StudyRecord(s.id(), s.name(), objectives, s.seed(), s.created()));
        }
        return withObjectives;
    }

    /** The rows of {@code study_objectives}, by objective number. */
    private static List<ObjectiveSpec> objectives(Connection c, long studyId) throws SQLException {
        List<ObjectiveSpec> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, "SELECT metric, direction FROM study_objectives WHERE study_id = ? "
                + "ORDER BY objective", studyId); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ObjectiveSpec(rs.getString(1), Direction.valueOf(rs.getString(2))));
            }
        }
        return out;
    }

    @Override
    public void setStudyAttr(long studyId, String key, String value) {
        tx(c -> update(c, "INSERT INTO study_attrs (study_id, attr_key, attr_value) VALUES (?, ?, ?) "
                + "ON CONFLICT (study_id, attr_key) DO UPDATE SET attr_value = excluded.attr_value", studyId, key, value));
    }

    @Override
    public Map<String, String> studyAttrs(long studyId) {
        return tx(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (PreparedStatement ps = prepare(c, "SELECT attr_key, attr_value FROM study_attrs WHERE study_id = ? "
                    + "ORDER BY attr_key", studyId); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    @Override
    public TrialRecord createTrial(long studyId, TrialState state, Map<String, Object> params) {
        if (state != TrialState.WAITING && state != TrialState.RUNNING) {
            throw new IllegalArgumentException("a new trial is WAITING or RUNNING, not " + state);
        }
        return tx(c -> {
            long id = TrialInserts.insert(c, dialect, label, studyId, state, params);
            return TrialRows.read(c, "trial_id", id).get(0);
        });
    }

    @Override
    public boolean enqueueTrialsOnce(long studyId, String key, List<Map<String, Object>> params) {
        return tx(c -> {
            if (update(c, "INSERT INTO study_attrs (study_id, attr_key, attr_value) VALUES (?, ?, ?) "
                    + "ON CONFLICT (study_id, attr_key) DO NOTHING", studyId, "enqueued:" + key,
                    Integer.toString(params.size())) != 1) {
                return false;
            }
            for (Map<String, Object> p : params) {
                TrialInserts.insert(c, dialect, label, studyId, TrialState.WAITING, p);
            }
            return true;
        });
    }

    @Override
    public Optional<TrialRecord> claimWaitingTrial(long studyId) {
        return tx(c -> {
            while (true) {
                Optional<Long> id = queryLong(c, "SELECT trial_id FROM trials WHERE study_id = ? AND state = 'WAITING' "
                        + "ORDER BY number LIMIT 1" + dialect.claimLock, studyId);
                if (id.isEmpty()) {
                    return Optional.<TrialRecord>empty();
                }
                if (update(c, "UPDATE trials SET state = 'RUNNING', started_ms = ?, heartbeat_ms = "
                        + dialect.nowMillis + " WHERE trial_id = ? AND state = 'WAITING'", System.currentTimeMillis(), id.get()) == 1) {
                    return Optional.of(TrialRows.read(c, "trial_id", id.get()).get(0));
                }
            }
        });
    }

    @Override
    public Optional<TrialRecord> claimTrial(long trialId) {
        return tx(c -> update(c, "UPDATE trials SET state = 'RUNNING', started_ms = ?, heartbeat_ms = " + dialect.nowMillis
                + " WHERE trial_id = ? AND state = 'WAITING'", System.currentTimeMillis(), trialId) == 1
                ? Optional.of(TrialRows.read(c, "trial_id", trialId).get(0)) : Optional.<TrialRecord>empty());
    }

    @Override
    public Optional<TrialRecord> startTrialWithinBudget(long studyId, boolean createIfNoneWaiting) {
        return tx(c -> {
            Long budget;
            // the study's row lock (PostgreSQL; SQLite's write transaction) makes the count and the start one step
            try (PreparedStatement ps = prepare(c, "SELECT trial_budget FROM studies WHERE study_id = ?"
                    + dialect.forUpdate, studyId); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StorageException("no study with id " + studyId + " in " + label);
                }
                long b = rs.getLong(1);
                budget = rs.wasNull() ? null : b;
            }
            if (budget != null && TrialBudget.counted(c, studyId) >= budget) {
                return Optional.<TrialRecord>empty();
            }
            Optional<Long> waiting = queryLong(c, "SELECT trial_id FROM trials WHERE study_id = ? AND state = 'WAITING' "
                    + "ORDER BY number LIMIT 1" + dialect.claimLock, studyId);
            if (waiting.isPresent() && update(c, "UPDATE trials SET state = 'RUNNING', started_ms = ?, heartbeat_ms = "
                    + dialect.nowMillis + " WHERE trial_id = ? AND state = 'WAITING'", System.currentTimeMillis(),
                    waiting.get()) == 1) {
                return Optional.of(TrialRows.read(c, "trial_id", waiting.get()).get(0));
            }
            if (!createIfNoneWaiting) {
                return Optional.<TrialRecord>empty();
            }
            return Optional.of(TrialRows.read(c, "trial_id", TrialInserts.insert(c, dialect, label, studyId, TrialState.RUNNING, Map.of())).get(0));
        });
    }

    @Override
    public Optional<Integer> trialBudget(long studyId) {
        return tx(c -> TrialBudget.budget(c, studyId).orElseThrow(
                () -> new StorageException("no study with id " + studyId + " in " + label)));
    }

    @Override
    public int raiseTrialBudget(long studyId, int n) {
        return tx(c -> {
            lockStudy(c, studyId);
            return TrialBudget.raise(c, studyId, n);
        });
    }

    @Override
    public HeartbeatSettings heartbeatSettings(long studyId) {
        return tx(c -> HeartbeatRows.settings(c, studyId).orElseThrow(
                () -> new StorageException("no study with id " + studyId + " in " + label)));
    }

    @Override
    public void setHeartbeatSettings(long studyId, HeartbeatSettings settings) {
        tx(c -> {
            if (HeartbeatRows.setSettings(c, studyId, settings) != 1) {
                throw new StorageException("no study with id " + studyId + " in " + label);
            }
            return null;
        });
    }

    @Override
    public List<TrialRecord> reapStaleTrials(long studyId) {
        return tx(c -> {
            // the study's row first, as every transaction that locks it and a trial does, so reapers cannot deadlock
            lockStudy(c, studyId);
            int grace = HeartbeatRows.settings(c, studyId).orElseThrow().graceSeconds();
            List<TrialRecord> out = new ArrayList<>();
            for (Map.Entry<Long, String> stale : HeartbeatRows.failStale(c, dialect, studyId).entrySet()) {
                out.add(TrialInserts.requeue(c, dialect, label, studyId, stale.getKey(), Reaping.message(stale.getValue(), grace)));
            }
            return out;
        });
    }

    @Override
    public TrialRecord failAndRequeue(long trialId, String message) {
        return tx(c -> {
            long studyId = queryLong(c, "SELECT study_id FROM trials WHERE trial_id = ?", trialId).orElseThrow(
                    () -> new StorageException("no trial with id " + trialId + " in " + label));
            lockStudy(c, studyId);
            requireRunning(c, trialId);
            update(c, "UPDATE trials SET state = 'FAILED', finished_ms = ? WHERE trial_id = ?",
                    System.currentTimeMillis(), trialId);
            return TrialInserts.requeue(c, dialect, label, studyId, trialId, message);
        });
    }

    private void lockStudy(Connection c, long studyId) throws SQLException {
        try (PreparedStatement ps = prepare(c, "SELECT study_id FROM studies WHERE study_id = ?" + dialect.forUpdate,
                studyId); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StorageException("no study with id " + studyId + " in " + label);
            }
        }
    }

    @Override
    public boolean hasRunningTrials(long studyId) {
        return tx(c -> queryLong(c, "SELECT COUNT(*) FROM trials WHERE study_id = ? AND state = 'RUNNING'", studyId)
                .orElse(0L) > 0);
    }

    private void requireRunning(Connection c, long trialId) throws SQLException {
        try (PreparedStatement ps = prepare(c, "SELECT state FROM trials WHERE trial_id = ?" + dialect.forUpdate,
                trialId); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StorageException("no trial with id " + trialId + " in " + label);
            }
            if (!TrialState.RUNNING.name().equals(rs.getString(1))) {
                throw new StaleTrialException(trialId, rs.getString(1));
            }
        }
    }

    @Override
    public void heartbeat(long trialId, String worker) {
        tx(c -> {
            requireRunning(c, trialId);
            return update(c, "UPDATE trials SET worker_id = ?, heartbeat_ms = " + dialect.nowMillis
                    + " WHERE trial_id = ?", worker, trialId);
        });
    }

    @Override
    public void setTrialParam(long trialId, String name, Object value) {
        tx(c -> {
            requireRunning(c, trialId);
            return update(c, "INSERT INTO trial_params (trial_id, name, param_order, kind, value) VALUES (?, ?, "
                    + "(SELECT COUNT(*) FROM trial_params WHERE trial_id = ?), ?, ?) ON CONFLICT (trial_id, name) "
                    + "DO UPDATE SET kind = excluded.kind, value = excluded.value", trialId, name, trialId,
                    ParamCodec.kind(value), ParamCodec.text(value));
        });
    }

    @Override
    public void reportIntermediate(long trialId, int step, double value) {
        tx(c -> {
            requireRunning(c, trialId);
            update(c, "UPDATE trials SET heartbeat_ms = " + dialect.nowMillis + " WHERE trial_id = ?", trialId);
            return update(c, "INSERT INTO trial_values (trial_id, step, value) VALUES (?, ?, ?) ON CONFLICT "
                    + "(trial_id, step) DO UPDATE SET value = excluded.value", trialId, step, value);
        });
    }

    @Override
    public void setTrialAttr(long trialId, String key, String value) {
        tx(c -> {
            requireRunning(c, trialId);
            return update(c, "INSERT INTO trial_attrs (trial_id, attr_key, attr_value) VALUES (?, ?, ?) ON CONFLICT "
                    + "(trial_id, attr_key) DO UPDATE SET attr_value = excluded.attr_value", trialId, key, value);
        });
    }

    @Override
    public TrialRecord finishTrialWithValues(long trialId, TrialState state, List<Double> values, String message) {
        if (!state.isFinished()) {
            throw new IllegalArgumentException("finishTrial needs a finished state, not " + state);
        }
        Double value = values == null ? null : values.get(0);
        return tx(c -> {
            requireRunning(c, trialId);
            update(c, "UPDATE trials SET state = ?, value = ?, message = ?, finished_ms = ? WHERE trial_id = ?",
                    state.name(), value, message, System.currentTimeMillis(), trialId);
            for (int k = 0; values != null && k < values.size(); k++) {
                update(c, "INSERT INTO trial_objective_values (trial_id, objective, value) VALUES (?, ?, ?)",
                        trialId, k, values.get(k));
            }
            return TrialRows.read(c, "trial_id", trialId).get(0);
        });
    }

    @Override
    public TrialRecord trial(long trialId) {
        return tx(c -> {
            List<TrialRecord> r = TrialRows.read(c, "trial_id", trialId);
            if (r.isEmpty()) {
                throw new StorageException("no trial with id " + trialId + " in " + label);
            }
            return r.get(0);
        });
    }

    @Override
    public List<TrialRecord> trials(long studyId) {
        return tx(c -> TrialRows.readStudy(c, studyId, finishedTrials.computeIfAbsent(studyId, id -> new HashMap<>())));
    }

    @Override
    public List<TrialRecord> failRunningTrials(long studyId, String message) {
        return tx(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, "SELECT trial_id FROM trials WHERE study_id = ? AND state = 'RUNNING'"
                    + dialect.forUpdate, studyId); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            List<TrialRecord> failed = new ArrayList<>();
            for (long id : ids) {
                update(c, "UPDATE trials SET state = 'FAILED', message = ?, finished_ms = ? WHERE trial_id = ?",
                        message, System.currentTimeMillis(), id);
                failed.add(TrialRows.read(c, "trial_id", id).get(0));
            }
            return failed;
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing is best effort
        } finally {
            lock.unlock();
        }
    }
}
