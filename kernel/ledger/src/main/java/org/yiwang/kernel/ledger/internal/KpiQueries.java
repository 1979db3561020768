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
 * at either end and everything the aggregates do not cover (county subtrees, one provider) from the
 * records. See docs/decisions/0008-ledger-kpis.md.
 */
final class KpiQueries {

    private static final int PROBE_BATCH = 200;

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
        long enterprises = reach(c, prefix, mod, a, b);
        Set<String> edge = new HashSet<>();
        if (from != null && from.isBefore(middleFrom)) {
            sums = sums.plus(rawSums(c, prefix, module, null, from, middleFrom));
            edge.addAll(rawEnterprises(c, prefix, module, from, middleFrom));
        }
        if (to != null && middleTo.isBefore(to)) {
            sums = sums.plus(rawSums(c, prefix, module, null, middleTo, to));
            edge.addAll(rawEnterprises(c, prefix, module, middleTo, to));
        }
        if (!edge.isEmpty()) {
            edge.removeAll(presentIn(c, new ArrayList<>(edge), prefix, module, middleFrom, middleTo));
        }
        return new Figures(enterprises + edge.size(), sums);
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

    private static Contribution rawSums(Connection c, String prefix, String module, String provider, Instant from,
                                        Instant to) throws SQLException {
        Filter f = Filter.of(prefix, module, provider, from, to);
        try (PreparedStatement p = c.prepareStatement("SELECT " + SUMS + f.from() + f.where())) {
            f.bind(p, 1);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return sums(rs, 1);
            }
        }
    }

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

    /** Enterprises with a record in months [a, b): their first record there has its previous one before a. */
    private static long reach(Connection c, String scope, String module, int a, int b) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT SUM(RECORDS) FROM LEDGER_KPI_REACH "
                + "WHERE SCOPE = ? AND MODULE = ? AND MONTH >= ? AND MONTH < ? AND PREV_MONTH < ?")) {
            p.setString(1, scope);
            p.setString(2, module);
            p.setInt(3, a);
            p.setInt(4, b);
            p.setInt(5, Math.max(a, 1)); // unbounded start: the enterprise's first record (PREV_MONTH 0)
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<String> rawEnterprises(Connection c, String prefix, String module, Instant from, Instant to)
            throws SQLException {
        Filter f = Filter.of(prefix, module, null, from, to);
        List<String> items = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT USCC" + f.from() + f.where())) {
            f.bind(p, 1);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    items.add(rs.getString(1));
                }
            }
        }
        return items;
    }

    /** Which of these enterprises have a record in [from, to) of the scope. */
    private static Set<String> presentIn(Connection c, List<String> usccs, String prefix, String module, Instant from,
                                         Instant to) throws SQLException {
        Set<String> found = new HashSet<>();
        Filter f = Filter.of(prefix, module, null, from, to);
        for (int start = 0; start < usccs.size(); start += PROBE_BATCH) {
            List<String> batch = usccs.subList(start, Math.min(usccs.size(), start + PROBE_BATCH));
            String in = String.join(", ", java.util.Collections.nCopies(batch.size(), "?"));
            String where = f.where();
            // one index probe per enterprise (USCC, REQUESTED_AT) rather than a scan of the middle months;
            // --DERBY-PROPERTIES is Derby's optimizer hint, a plain comment elsewhere
            String sql = "SELECT DISTINCT USCC FROM LEDGER_RECORD --DERBY-PROPERTIES index=LEDGER_IX_USCC\n"
                    + (where.isEmpty() ? " WHERE " : where + " AND ") + "USCC IN (" + in + ")";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = f.bind(p, 1);
                for (String u : batch) {
                    p.setString(i++, u);
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
            }
        }
        return found;
    }
}
