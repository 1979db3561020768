package org.yiwang.module.policy.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** JDBC helpers: instants as UTC timestamps, dates, positional binding of mixed values. */
final class Sql {

    /** A typed SQL NULL for {@link #bind} (Derby checks the type of a null parameter). */
    record Null(int sqlType) {
        static final Null TIMESTAMP = new Null(Types.TIMESTAMP);
        static final Null DATE = new Null(Types.DATE);
        static final Null VARCHAR = new Null(Types.VARCHAR);
        static final Null CLOB = new Null(Types.CLOB);
    }

    private Sql() {
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
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
            } else if (v instanceof LocalDate d) {
                ps.setDate(i + 1, Date.valueOf(d));
            } else if (v instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    static long insert(PreparedStatement ps) throws SQLException {
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
