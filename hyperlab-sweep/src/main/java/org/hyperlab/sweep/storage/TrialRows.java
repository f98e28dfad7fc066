package org.hyperlab.sweep.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.record.TrialState;

/**
 * Reads {@link TrialRecord}s (with their parameters, intermediate values and attributes) from the tables. Under
 * PostgreSQL's READ COMMITTED each query sees its own snapshot, so rows of trials created by another process
 * between the queries are skipped (those trials are simply not in this read).
 *
 * <p>A finished trial never changes in the store (every write to a trial requires it to be running), so a study's
 * read can reuse the records of the trials it found finished before ({@link #readStudy}): it reads every trial's
 * row, and the parameters, values and attributes only of the others. That keeps the cost of a sampler's read of
 * the history per proposal to one row per trial.
 */
final class TrialRows {
    /** Above this many trials to complete, one study-wide query per table beats a long {@code IN} list. */
    private static final int IN_LIST_MAX = 64;

    private TrialRows() {
    }

    /** The trials selected by {@code column = id} ({@code column} is {@code study_id} or {@code trial_id}). */
    static List<TrialRecord> read(Connection c, String column, long id) throws SQLException {
        Map<Long, Row> rows = rows(c, column, id);
        if (!rows.isEmpty()) {
            details(c, " WHERE t." + column + " = ?", List.of(id), rows);
        }
        List<TrialRecord> out = new ArrayList<>(rows.size());
        for (Row r : rows.values()) {
            out.add(r.record());
        }
        return out;
    }

    /**
     * The trials of study {@code studyId}, by number, taking the finished ones already in {@code finished} (by trial
     * id) from there and adding the newly finished ones to it.
     */
    static List<TrialRecord> readStudy(Connection c, long studyId, Map<Long, TrialRecord> finished)
            throws SQLException {
        Map<Long, Row> rows = rows(c, "study_id", studyId);
        Map<Long, Row> missing = new LinkedHashMap<>();
        for (Row r : rows.values()) {
            if (!finished.containsKey(r.id)) {
                missing.put(r.id, r);
            }
        }
        if (missing.size() > IN_LIST_MAX) {
            details(c, " WHERE t.study_id = ?", List.of(studyId), missing);
        } else if (!missing.isEmpty()) {
            details(c, " WHERE t.trial_id IN (" + String.join(", ", Collections.nCopies(missing.size(), "?")) + ")",
                    List.copyOf(missing.keySet()), missing);
        }
        List<TrialRecord> out = new ArrayList<>(rows.size());
        for (Row r : rows.values()) {
            TrialRecord t = finished.get(r.id);
            if (t == null) {
                t = r.record();
                if (t.state().isFinished()) {
                    finished.put(t.id(), t);
                }
            }
            out.add(t);
        }
        return out;
    }

    /** The {@code trials} rows selected by {@code column = id}, by number. */
    private static Map<Long, Row> rows(Connection c, String column, long id) throws SQLException {
        Map<Long, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.trial_id, t.number, t.state, t.value, t.message, "
                + "t.started_ms, t.finished_ms FROM trials t WHERE t." + column + " = ? ORDER BY t.number")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row r = new Row();
                    r.id = rs.getLong(1);
                    r.number = rs.getInt(2);
                    r.state = TrialState.valueOf(rs.getString(3));
                    double v = rs.getDouble(4);
                    r.value = rs.wasNull() ? null : v;
                    r.message = rs.getString(5);
                    r.started = instant(rs, 6);
                    r.finished = instant(rs, 7);
                    rows.put(r.id, r);
                }
            }
        }
        return rows;
    }

    /**
     * Fills the parameters, intermediate values, attributes and objective values of {@code rows} from the rows of trials {@code t}
     * that {@code where} (with its arguments) selects; rows of other trials are skipped.
     */
    private static void details(Connection c, String where, List<Long> args, Map<Long, Row> rows) throws SQLException {
        try (PreparedStatement ps = SqlStatements.prepare(c, "SELECT p.trial_id, p.name, p.kind, p.value FROM trial_params p "
                + "JOIN trials t ON t.trial_id = p.trial_id" + where + " ORDER BY p.trial_id, p.param_order", args.toArray());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Row r = rows.get(rs.getLong(1));
                if (r != null) {
                    r.params.put(rs.getString(2), ParamCodec.decode(rs.getString(3), rs.getString(4)));
                }
            }
        }
        try (PreparedStatement ps = SqlStatements.prepare(c, "SELECT v.trial_id, v.step, v.value FROM trial_values v "
                + "JOIN trials t ON t.trial_id = v.trial_id" + where, args.toArray()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                double v = rs.getDouble(3);
                boolean nan = rs.wasNull();
                Row r = rows.get(rs.getLong(1));
                if (r != null) {
                    r.intermediate.put(rs.getInt(2), nan ? Double.NaN : v);
                }
            }
        }
        try (PreparedStatement ps = SqlStatements.prepare(c, "SELECT a.trial_id, a.attr_key, a.attr_value FROM trial_attrs a "
                + "JOIN trials t ON t.trial_id = a.trial_id" + where + " ORDER BY a.trial_id, a.attr_key", args.toArray());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Row r = rows.get(rs.getLong(1));
                if (r != null) {
                    r.attrs.put(rs.getString(2), rs.getString(3));
                }
            }
        }
        try (PreparedStatement ps = SqlStatements.prepare(c, "SELECT o.trial_id, o.objective, o.value FROM "
                + "trial_objective_values o JOIN trials t ON t.trial_id = o.trial_id" + where
                + " ORDER BY o.trial_id, o.objective", args.toArray()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Row r = rows.get(rs.getLong(1));
                if (r != null) {
                    r.values.add(rs.getDouble(3));
                }
            }
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long ms = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
    }

    private static final class Row {
        long id;
        int number;
        TrialState state;
        Double value;
        String message;
        Instant started;
        Instant finished;
        final Map<String, Object> params = new LinkedHashMap<>();
        final TreeMap<Integer, Double> intermediate = new TreeMap<>();
        final Map<String, String> attrs = new LinkedHashMap<>();
        final List<Double> values = new ArrayList<>();

        TrialRecord record() {
            return new TrialRecord(id, number, state, params, value, intermediate, attrs, message, started, finished,
                    values);
        }
    }
}
