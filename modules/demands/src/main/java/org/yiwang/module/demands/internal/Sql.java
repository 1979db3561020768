package org.yiwang.module.demands.internal;

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
    }

    private Sql() {
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
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
            } else if (v instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }
}
