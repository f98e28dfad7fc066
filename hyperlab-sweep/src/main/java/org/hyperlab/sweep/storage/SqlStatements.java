package org.hyperlab.sweep.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Parameterized statements of the SQL stores. A NaN argument is bound as NULL, NaN's one representation in both
 * databases (SQLite has no NaN); readers turn a NULL intermediate value back into NaN.
 */
final class SqlStatements {
    private SqlStatements() {
    }

    /** {@code sql} with {@code args} bound in order. */
    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Double d && d.isNaN()) {
                ps.setNull(i + 1, java.sql.Types.DOUBLE);
            } else {
                ps.setObject(i + 1, a);
            }
        }
        return ps;
    }

    /** Executes an update; returns the number of rows changed. */
    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    /** The first column of the first row as a long, if there is a row. */
    static Optional<Long> queryLong(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }
}
