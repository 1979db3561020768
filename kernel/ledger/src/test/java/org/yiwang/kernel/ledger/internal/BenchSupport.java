package org.yiwang.kernel.ledger.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.yiwang.kernel.api.audit.AuditLog;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.api.persistence.Database;

/** Reaches the ledger's internals from the benchmark (another package): services and bulk loading. */
public final class BenchSupport {

    private BenchSupport() {
    }

    public static LedgerService ledger(Database db, AuditLog audit, Clock clock) {
        return new LedgerService(db, audit, clock);
    }

    /**
     * Inserts records as stored rows (ratings and follow-up counts included, no follow-up rows, no
     * aggregate rows: call {@link LedgerService#rebuildKpis()} afterwards).
     */
    public static void insert(Connection c, List<ServiceRecord> records) throws SQLException {
        for (ServiceRecord r : records) {
            RecordStore.insert(c, r, "bench");
            if (r.rating() != null) {
                RecordStore.rate(c, r.id(), r.rating());
            }
            if (r.followUps() > 0) {
                try (var p = c.prepareStatement("UPDATE LEDGER_RECORD SET FOLLOW_UPS = ? WHERE ID = ?")) {
                    p.setInt(1, r.followUps());
                    p.setString(2, r.id());
                    p.executeUpdate();
                }
            }
        }
    }

    /** All KPI figures counted from the records, without the aggregate rows (the slow way, for comparison). */
    public static long rawEnterprises(Database db, String prefix) {
        return db.withConnection(c -> KpiQueries.raw(c, prefix, null, null, null, null).enterprises());
    }
}
