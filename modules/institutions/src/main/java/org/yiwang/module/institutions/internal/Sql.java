package org.yiwang.module.institutions.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/** JDBC helpers: instants as UTC timestamps, positional binding of mixed values. */
final class Sql {

    /** A typed SQL NULL for {@link #bind} (Derby checks the type of a null parameter). */
    record Null(int sqlType) {
        static final Null TIMESTAMP = new Null(Types.TIMESTAMP);
        static final Null INTEGER = new Null(Types.INTEGER);
        static final Null VARCHAR = new Null(Types.VARCHAR);
        static final Null BIGINT = new Null(Types.BIGINT);
        static final Null DECIMAL = new Null(Types.DECIMAL);
        static final Null DATE = new Null(Types.DATE);
    }

    private Sql() {
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static java.time.LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** Runs an insert and returns its generated id. */
    static long insert(java.sql.Connection c, String sql, List<?> args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, args);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Runs an update or delete and returns the rows changed. */
    static int update(java.sql.Connection c, String sql, List<?> args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    /** Whether a failure is a unique-constraint violation (SQLState 23505). */
    static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static void bind(PreparedStatement ps, List<?> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object v = args.get(i);
            if (v == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else if (v instanceof Null n) {
                ps.setNull(i + 1, n.sqlType());
            } else if (v instanceof Instant t) {
                ps.setTimestamp(i + 1, Timestamp.from(t));
            } else if (v instanceof java.time.LocalDate d) {
                ps.setDate(i + 1, java.sql.Date.valueOf(d));
            } else if (v instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }
}
