package org.yiwang.kernel.ledger.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

    static void run(Connection c) throws SQLException {
        Map<MonthKey, Contribution> months = new TreeMap<>();
        Map<ReachKey, Long> reach = new TreeMap<>();
        String uscc = null;
        Map<String, Integer> lastMonth = new HashMap<>(); // scope + module → month of the enterprise's last visit
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + RecordStore.COLUMNS + " FROM LEDGER_RECORD ORDER BY USCC, REQUESTED_AT, ID")) {
            while (rs.next()) {
                ServiceRecord r = RecordStore.read(rs);
                if (!r.uscc().equals(uscc)) {
                    uscc = r.uscc();
                    lastMonth.clear();
                }
                int m = Months.of(r.requestedAt());
                Contribution k = Contribution.of(r);
                for (String scope : Scopes.of(r.regionCode())) {
                    for (String module : List.of(Scopes.ALL, r.module())) {
                        months.merge(new MonthKey(scope, module, m), k, Contribution::plus);
                        Integer prev = lastMonth.put(scope + "/" + module, m);
                        reach.merge(new ReachKey(scope, module, m, prev == null ? Months.NONE : prev), 1L, Long::sum);
                    }
                }
            }
        }
        try (Statement s = c.createStatement()) {
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
}
