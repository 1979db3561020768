package org.yiwang.kernel.ledger.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.ledger.internal.RecordStore.Visit;

/**
 * Keeps the KPI aggregate rows ({@code LEDGER_KPI_MONTH}, {@code LEDGER_KPI_REACH}) in step with the
 * records, inside the writer's transaction. Rows are touched in key order so that concurrent writers
 * take their row locks in the same order.
 */
final class KpiRows {

    private KpiRows() {
    }

    /** Adds {@code after − before} to the month rows of the record's scopes and modules. */
    static void apply(Connection c, ServiceRecord before, ServiceRecord after) throws SQLException {
        Contribution delta = Contribution.of(after).minus(before == null ? Contribution.ZERO : Contribution.of(before));
        if (delta.isZero()) {
            return;
        }
        int month = Months.of(after.requestedAt());
        for (String scope : Scopes.of(after.regionCode())) {
            for (String module : List.of(Scopes.ALL, after.module())) {
                addMonth(c, scope, module, month, delta);
            }
        }
    }

    /**
     * Counts a new visit in the reach rows, given the enterprise's other visits, and links it with
     * its neighbours under every aggregate key ({@link Neighbours}).
     */
    static void reach(Connection c, Visit v, List<Visit> others) throws SQLException {
        Map<ReachKey, Long> deltas = new TreeMap<>();
        Neighbours.Changes links = new Neighbours.Changes();
        for (String scope : Scopes.of(v.regionCode())) {
            for (String module : List.of(Scopes.ALL, v.module())) {
                Visit prev = null;
                Visit next = null;
                for (Visit o : others) {
                    if (!Scopes.covers(scope, o.regionCode()) || !(module.equals(Scopes.ALL) || module.equals(o.module()))) {
                        continue;
                    }
                    if (o.compareTo(v) < 0 && (prev == null || o.compareTo(prev) > 0)) {
                        prev = o;
                    } else if (o.compareTo(v) > 0 && (next == null || o.compareTo(next) < 0)) {
                        next = o;
                    }
                }
                int m = Months.of(v.requestedAt());
                int pm = prev == null ? Months.NONE : Months.of(prev.requestedAt());
                boolean perModule = !module.equals(Scopes.ALL);
                if (prev != null) {
                    links.set(v.id(), Neighbours.prev(scope, perModule), prev.requestedAt());
                    links.set(prev.id(), Neighbours.next(scope, perModule), m);
                }
                if (next != null) {
                    links.set(v.id(), Neighbours.next(scope, perModule), Months.of(next.requestedAt()));
                    links.set(next.id(), Neighbours.prev(scope, perModule), v.requestedAt());
                }
                deltas.merge(new ReachKey(scope, module, m, pm), 1L, Long::sum);
                if (next != null) {
                    int nm = Months.of(next.requestedAt());
                    deltas.merge(new ReachKey(scope, module, nm, pm), -1L, Long::sum);
                    deltas.merge(new ReachKey(scope, module, nm, m), 1L, Long::sum);
                }
            }
        }
        for (Map.Entry<ReachKey, Long> e : deltas.entrySet()) {
            if (e.getValue() != 0) {
                addReach(c, e.getKey(), e.getValue());
            }
        }
        links.write(c);
    }

    static void addMonth(Connection c, String scope, String module, int month, Contribution d) throws SQLException {
        String update = "UPDATE LEDGER_KPI_MONTH SET RECORDS = RECORDS + ?, COMPLETED = COMPLETED + ?, "
                + "ONLINE_DONE = ONLINE_DONE + ?, RATINGS = RATINGS + ?, SATISFIED = SATISFIED + ?, "
                + "FOLLOWED_DONE = FOLLOWED_DONE + ?, RESPONDED = RESPONDED + ?, "
                + "RESPONSE_SECONDS = RESPONSE_SECONDS + ?, RESOLUTION_SECONDS = RESOLUTION_SECONDS + ? "
                + "WHERE SCOPE = ? AND MODULE = ? AND MONTH = ?";
        String insert = "INSERT INTO LEDGER_KPI_MONTH (RECORDS, COMPLETED, ONLINE_DONE, RATINGS, SATISFIED, FOLLOWED_DONE, "
                + "RESPONDED, RESPONSE_SECONDS, RESOLUTION_SECONDS, SCOPE, MODULE, MONTH) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        upsert(c, update, insert, d.records(), d.completed(), d.onlineDone(), d.ratings(), d.satisfied(),
                d.followedDone(), d.responded(), d.responseSeconds(), d.resolutionSeconds(), scope, module, month);
    }

    static void addReach(Connection c, ReachKey k, long delta) throws SQLException {
        upsert(c, "UPDATE LEDGER_KPI_REACH SET RECORDS = RECORDS + ? WHERE SCOPE = ? AND MODULE = ? AND MONTH = ? "
                        + "AND PREV_MONTH = ?",
                "INSERT INTO LEDGER_KPI_REACH (RECORDS, SCOPE, MODULE, MONTH, PREV_MONTH) VALUES (?, ?, ?, ?, ?)",
                delta, k.scope(), k.module(), k.month(), k.prevMonth());
    }

    /** UPDATE, else INSERT; a concurrent INSERT of the same key (23505) falls back to the UPDATE. */
    private static void upsert(Connection c, String update, String insert, Object... args) throws SQLException {
        if (run(c, update, args) == 1) {
            return;
        }
        Savepoint sp = c.setSavepoint();
        try {
            run(c, insert, args);
            c.releaseSavepoint(sp);
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(sp);
            run(c, update, args);
        }
    }

    private static int run(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            return p.executeUpdate();
        }
    }

    /** One reach row's key. */
    record ReachKey(String scope, String module, int month, int prevMonth) implements Comparable<ReachKey> {
        @Override
        public int compareTo(ReachKey o) {
            int c = scope.compareTo(o.scope);
            c = c != 0 ? c : module.compareTo(o.module);
            c = c != 0 ? c : Integer.compare(month, o.month);
            return c != 0 ? c : Integer.compare(prevMonth, o.prevMonth);
        }
    }
}
