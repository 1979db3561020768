package org.yiwang.kernel.ledger.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads KPI figures: the months wholly inside the period from the aggregate rows, the partial months
 * at either end from the records with their neighbour columns ({@link Neighbours}), and everything
 * the aggregates do not cover (county subtrees, one provider) from the records alone. See
 * docs/decisions/0008-ledger-kpis.md.
 */
final class KpiQueries {

    private KpiQueries() {
    }

    /** Distinct enterprises and additive sums of a scope. */
    record Figures(long enterprises, Contribution sums) {
    }

    /**
     * @param prefix   region subtree prefix ({@code *}, 2, 4 or 6 digits)
     * @param module   module id or null
     * @param provider provider id or null
     * @param from     inclusive, or null
     * @param to       exclusive, or null
     */
    static Figures figures(Connection c, String prefix, String module, String provider, Instant from, Instant to)
            throws SQLException {
        if (provider != null || prefix.length() == 6) {
            return raw(c, prefix, module, provider, from, to);
        }
        int a = from == null ? Months.NONE : Months.ceiling(from);
        int b = to == null ? Months.MAX + 1 : Months.floor(to);
        if (a >= b) {
            return raw(c, prefix, module, null, from, to);
        }
        Instant middleFrom = from == null ? null : Months.start(a);
        Instant middleTo = to == null ? null : Months.start(b);
        String mod = module == null ? Scopes.ALL : module;
        Contribution sums = months(c, prefix, mod, a, b);
        boolean lead = from != null && from.isBefore(middleFrom);
        boolean trail = to != null && middleTo.isBefore(to);
        // An enterprise is counted once, at its first record in [from, to): the record whose previous
        // one (under this scope and module) lies before `from`.
        long enterprises = reach(c, prefix, mod, a, b, lead ? Months.of(from) : Math.max(a, 1));
        if (lead) {
            // records of from's month before `from` whose next record falls in the whole months: those
            // next records were first in [from, to) but their cells sit under PREV_MONTH = month(from)
            Edge e = edge(c, prefix, module, Months.start(Months.of(from)), middleFrom, from, from, a, b);
            sums = sums.plus(e.sums());
            enterprises += e.firsts() + e.crossing();
        }
        if (trail) {
            Edge e = edge(c, prefix, module, middleTo, to, middleTo, from, a, b);
            sums = sums.plus(e.sums());
            enterprises += e.firsts();
        }
        return new Figures(enterprises, sums);
    }

    /** What one partial month adds: sums and first records of the period, and records crossing into it. */
    private record Edge(Contribution sums, long firsts, long crossing) {
    }

    /**
     * One range scan of a partial month [scanFrom, scanTo): the sums of its records at or after
     * {@code windowFrom}; how many of those have their previous record (under the scope and module)
     * before {@code since} (none: null); and how many records before {@code windowFrom} have their
     * next one in months [a, b).
     */
    private static Edge edge(Connection c, String prefix, String module, Instant scanFrom, Instant scanTo,
                             Instant windowFrom, Instant since, int a, int b) throws SQLException {
        String prev = Neighbours.prev(prefix, module != null);
        String next = Neighbours.next(prefix, module != null);
        String in = "REQUESTED_AT >= ?";
        String sql = "SELECT SUM(CASE WHEN " + in + " THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN " + in + " AND STATUS = 'COMPLETED' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN " + in + " AND STATUS = 'COMPLETED' AND CHANNEL = 'ONLINE' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN " + in + " AND RATING_SCORE IS NOT NULL THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN " + in + " AND RATING_SCORE >= 4 THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN " + in + " AND STATUS = 'COMPLETED' AND FOLLOW_UPS > 0 THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN " + in + " AND RESPONSE_SECONDS IS NOT NULL THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN " + in + " THEN RESPONSE_SECONDS ELSE 0 END), "
                + "SUM(CASE WHEN " + in + " THEN RESOLUTION_SECONDS ELSE 0 END), "
                + "SUM(CASE WHEN " + in + " AND (" + prev + " IS NULL OR " + prev + " < ?) THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN REQUESTED_AT < ? AND " + next + " >= ? AND " + next + " < ? THEN 1 ELSE 0 END)";
        Filter f = Filter.of(prefix, module, null, scanFrom, scanTo);
        try (PreparedStatement p = c.prepareStatement(sql + f.from() + f.where())) {
            java.sql.Timestamp window = RecordStore.ts(windowFrom);
            int i = 1;
            for (int k = 0; k < 10; k++) {
                p.setTimestamp(i++, window);
            }
            p.setTimestamp(i++, RecordStore.ts(since)); // NULL: only records without a previous one
            p.setTimestamp(i++, window);
            p.setInt(i++, a);
            p.setInt(i++, b);
            f.bind(p, i);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return new Edge(sums(rs, 1), rs.getLong(10), rs.getLong(11));
            }
        }
    }

    /** Everything counted from the records (the reference the aggregate path must agree with). */
    static Figures raw(Connection c, String prefix, String module, String provider, Instant from, Instant to)
            throws SQLException {
        Filter f = Filter.of(prefix, module, provider, from, to);
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(DISTINCT USCC), " + SUMS + f.from() + f.where())) {
            f.bind(p, 1);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return new Figures(rs.getLong(1), sums(rs, 2));
            }
        }
    }

    private static final String SUMS = "COUNT(*), "
            + "SUM(CASE WHEN STATUS = 'COMPLETED' THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN STATUS = 'COMPLETED' AND CHANNEL = 'ONLINE' THEN 1 ELSE 0 END), "
            + "COUNT(RATING_SCORE), "
            + "SUM(CASE WHEN RATING_SCORE >= 4 THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN STATUS = 'COMPLETED' AND FOLLOW_UPS > 0 THEN 1 ELSE 0 END), "
            + "COUNT(RESPONSE_SECONDS), SUM(RESPONSE_SECONDS), SUM(RESOLUTION_SECONDS)";

    private static Contribution sums(ResultSet rs, int first) throws SQLException {
        long[] v = new long[9];
        for (int i = 0; i < v.length; i++) {
            v[i] = rs.getLong(first + i); // SUM of no rows is NULL: getLong gives 0
        }
        return new Contribution(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
    }

    private static Contribution months(Connection c, String scope, String module, int a, int b) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT SUM(RECORDS), SUM(COMPLETED), SUM(ONLINE_DONE), SUM(RATINGS), "
                + "SUM(SATISFIED), SUM(FOLLOWED_DONE), SUM(RESPONDED), SUM(RESPONSE_SECONDS), SUM(RESOLUTION_SECONDS) "
                + "FROM LEDGER_KPI_MONTH WHERE SCOPE = ? AND MODULE = ? AND MONTH >= ? AND MONTH < ?")) {
            p.setString(1, scope);
            p.setString(2, module);
            p.setInt(3, a);
            p.setInt(4, b);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                long[] v = new long[9];
                for (int i = 0; i < v.length; i++) {
                    v[i] = rs.getLong(i + 1);
                }
                return new Contribution(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
            }
        }
    }

    /** Records in months [a, b) that are their enterprise's first there, with the previous one before month {@code prevBelow}. */
    private static long reach(Connection c, String scope, String module, int a, int b, int prevBelow) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT SUM(RECORDS) FROM LEDGER_KPI_REACH "
                + "WHERE SCOPE = ? AND MODULE = ? AND MONTH >= ? AND MONTH < ? AND PREV_MONTH < ?")) {
            p.setString(1, scope);
            p.setString(2, module);
            p.setInt(3, a);
            p.setInt(4, b);
            p.setInt(5, prevBelow); // 1 for an unbounded start: the enterprise's first record (PREV_MONTH 0)
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
