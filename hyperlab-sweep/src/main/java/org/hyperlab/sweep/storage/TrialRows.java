package org.hyperlab.sweep.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
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
 */
final class TrialRows {
    private TrialRows() {
    }

    /** The trials selected by {@code column = id} ({@code column} is {@code study_id} or {@code trial_id}). */
    static List<TrialRecord> read(Connection c, String column, long id) throws SQLException {
        Map<Long, Row> rows = new LinkedHashMap<>();
        String where = " WHERE t." + column + " = ?";
        try (PreparedStatement ps = c.prepareStatement("SELECT t.trial_id, t.number, t.state, t.value, t.message, "
                + "t.started_ms, t.finished_ms FROM trials t" + where + " ORDER BY t.number")) {
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
        if (rows.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT p.trial_id, p.name, p.kind, p.value FROM trial_params p "
                + "JOIN trials t ON t.trial_id = p.trial_id" + where + " ORDER BY p.trial_id, p.param_order")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row r = rows.get(rs.getLong(1));
                    if (r != null) {
                        r.params.put(rs.getString(2), ParamCodec.decode(rs.getString(3), rs.getString(4)));
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT v.trial_id, v.step, v.value FROM trial_values v "
                + "JOIN trials t ON t.trial_id = v.trial_id" + where)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble(3);
                    boolean nan = rs.wasNull();
                    Row r = rows.get(rs.getLong(1));
                    if (r != null) {
                        r.intermediate.put(rs.getInt(2), nan ? Double.NaN : v);
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT a.trial_id, a.attr_key, a.attr_value FROM trial_attrs a "
                + "JOIN trials t ON t.trial_id = a.trial_id" + where + " ORDER BY a.trial_id, a.attr_key")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row r = rows.get(rs.getLong(1));
                    if (r != null) {
                        r.attrs.put(rs.getString(2), rs.getString(3));
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT o.trial_id, o.objective, o.value FROM "
                + "trial_objective_values o JOIN trials t ON t.trial_id = o.trial_id" + where
                + " ORDER BY o.trial_id, o.objective")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row r = rows.get(rs.getLong(1));
                    if (r != null) {
                        r.values.add(rs.getDouble(3));
                    }
                }
            }
        }
        List<TrialRecord> out = new ArrayList<>(rows.size());
        for (Row r : rows.values()) {
            out.add(new TrialRecord(r.id, r.number, r.state, r.params, r.value, r.intermediate, r.attrs, r.message,
                    r.started, r.finished, r.values));
        }
        return out;
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
    }
}
