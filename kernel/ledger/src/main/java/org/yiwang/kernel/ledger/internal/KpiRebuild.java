package org.yiwang.kernel.ledger.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.ledger.internal.KpiRows.ReachKey;

/**
 * Recomputes the KPI aggregate rows from the records in one pass (records in enterprise and time
 * order): after a bulk load, or to check that the incremental rows are right.
 */
final class KpiRebuild {

    private KpiRebuild() {
    }

    record MonthKey(String scope, String module, int month) implements Comparable<MonthKey> {
        @Override
        public int compareTo(MonthKey o) {
            int c = scope.compareTo(o.scope);
            c = c != 0 ? c : module.compareTo(o.module);
            return c != 0 ? c : Integer.compare(month, o.month);
        }
    }

    /** The neighbour columns in a fixed order: PREV_ALL, PREV_ALL_MOD, …, NEXT_PREF_MOD. */
    static final List<String> NEIGHBOUR_COLUMNS = neighbourColumns();

    private static List<String> neighbourColumns() {
        List<String> out = new ArrayList<>();
        for (String kind : List.of("PREV_", "NEXT_")) {
            for (String level : List.of("ALL", "PROV", "PREF")) {
                out.add(kind + level);
                out.add(kind + level + "_MOD");
            }
        }
        return out;
    }

    /** One record's visit with its neighbour columns as stored and as they should be. */
    private static final class Row {
        final ServiceRecord r;
        final Object[] stored = new Object[12];
        final Object[] wanted = new Object[12];

        Row(ServiceRecord r) {
            this.r = r;
        }
    }

    static void run(Connection c) throws SQLException {
        Map<MonthKey, Contribution> months = new TreeMap<>();
        Map<ReachKey, Long> reach = new TreeMap<>();
        List<Row> visits = new ArrayList<>(); // the current enterprise's records, in time order
        String uscc = null;
        try (Statement s = c.createStatement();
             PreparedStatement link = c.prepareStatement("UPDATE LEDGER_RECORD SET "
                     + String.join(" = ?, ", NEIGHBOUR_COLUMNS) + " = ? WHERE ID = ?");
             ResultSet rs = s.executeQuery("SELECT " + RecordStore.COLUMNS + ", " + String.join(", ", NEIGHBOUR_COLUMNS)
                     + " FROM LEDGER_RECORD ORDER BY USCC, REQUESTED_AT, ID")) {
            Batch updates = new Batch(link);
            while (rs.next()) {
                ServiceRecord r = RecordStore.read(rs);
                if (!r.uscc().equals(uscc)) {
                    enterprise(visits, months, reach, updates);
                    visits.clear();
                    uscc = r.uscc();
                }
                Row row = new Row(r);
                for (int i = 0; i < 12; i++) {
                    Object v = rs.getObject(NEIGHBOUR_COLUMNS.get(i));
                    row.stored[i] = v instanceof java.sql.Timestamp t ? t.toInstant() : v;
                }
                visits.add(row);
            }
            enterprise(visits, months, reach, updates);
            updates.flush();
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM LEDGER_PENDING_TASK WHERE TASK = 'rebuild-kpis'");
            s.executeUpdate("DELETE FROM LEDGER_KPI_MONTH");
            s.executeUpdate("DELETE FROM LEDGER_KPI_REACH");
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO LEDGER_KPI_MONTH (SCOPE, MODULE, MONTH, RECORDS, COMPLETED, "
                + "ONLINE_DONE, RATINGS, SATISFIED, FOLLOWED_DONE, RESPONDED, RESPONSE_SECONDS, RESOLUTION_SECONDS) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Map.Entry<MonthKey, Contribution> e : months.entrySet()) {
                Contribution k = e.getValue();
                p.setString(1, e.getKey().scope());
                p.setString(2, e.getKey().module());
                p.setInt(3, e.getKey().month());
                long[] v = {k.records(), k.completed(), k.onlineDone(), k.ratings(), k.satisfied(), k.followedDone(),
                    k.responded(), k.responseSeconds(), k.resolutionSeconds()};
                for (int i = 0; i < v.length; i++) {
                    p.setLong(4 + i, v[i]);
                }
                p.addBatch();
                if (++n % 1000 == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO LEDGER_KPI_REACH (SCOPE, MODULE, MONTH, PREV_MONTH, RECORDS) VALUES (?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Map.Entry<ReachKey, Long> e : reach.entrySet()) {
                p.setString(1, e.getKey().scope());
                p.setString(2, e.getKey().module());
                p.setInt(3, e.getKey().month());
                p.setInt(4, e.getKey().prevMonth());
                p.setLong(5, e.getValue());
                p.addBatch();
                if (++n % 1000 == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
    }

    /** One enterprise's records: month and reach sums, and its neighbour columns where they differ. */
    private static void enterprise(List<Row> visits, Map<MonthKey, Contribution> months, Map<ReachKey, Long> reach,
                                   Batch updates) throws SQLException {
        Map<String, Row> last = new HashMap<>(); // scope/module → the enterprise's latest record so far
        for (Row row : visits) {
            ServiceRecord r = row.r;
            int m = Months.of(r.requestedAt());
            Contribution k = Contribution.of(r);
            for (String scope : Scopes.of(r.regionCode())) {
                for (String module : List.of(Scopes.ALL, r.module())) {
                    boolean perModule = !module.equals(Scopes.ALL);
                    months.merge(new MonthKey(scope, module, m), k, Contribution::plus);
                    Row prev = last.put(scope + "/" + module, row);
                    int pm = prev == null ? Months.NONE : Months.of(prev.r.requestedAt());
                    reach.merge(new ReachKey(scope, module, m, pm), 1L, Long::sum);
                    if (prev != null) {
                        row.wanted[NEIGHBOUR_COLUMNS.indexOf(Neighbours.prev(scope, perModule))] = prev.r.requestedAt();
                        prev.wanted[NEIGHBOUR_COLUMNS.indexOf(Neighbours.next(scope, perModule))] = m;
                    }
                }
            }
        }
        for (Row row : visits) {
            if (!java.util.Arrays.equals(row.stored, row.wanted)) {
                updates.add(row.r.id(), row.wanted);
            }
        }
    }

    /** Batched updates of the neighbour columns. */
    private static final class Batch {
        private final PreparedStatement p;
        private int pending;

        Batch(PreparedStatement p) {
            this.p = p;
        }

        void add(String id, Object[] values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    p.setNull(i + 1, i < 6 ? java.sql.Types.TIMESTAMP : java.sql.Types.INTEGER);
                } else {
                    Neighbours.bind(p, i + 1, values[i]);
                }
            }
            p.setString(values.length + 1, id);
            p.addBatch();
            if (++pending == 1000) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                p.executeBatch();
                pending = 0;
            }
        }
    }
}
