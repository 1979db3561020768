package org.yiwang.kernel.ledger.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.yiwang.kernel.api.ledger.ServiceRecord;

/** A WHERE clause over LEDGER_RECORD with its parameters, built from validated filters. */
final class Filter {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();
    private String index;

    /** Region subtree, module, provider and the period on REQUESTED_AT; nulls mean any. */
    static Filter of(String prefix, String module, String provider, Instant from, Instant to) {
        Filter f = new Filter();
        String column = Scopes.column(prefix);
        if (column != null) {
            f.add(column + " = ?", prefix);
        }
        // the index that narrows best: one provider's records, else the region subtree by period
        f.index = provider != null ? "LEDGER_IX_PROVIDER" : column != null ? INDEXES.get(column)
                : from != null || to != null ? "LEDGER_IX_REQUESTED" : null;
        f.add("MODULE = ?", module);
        f.add("PROVIDER_ID = ?", provider);
        f.add("REQUESTED_AT >= ?", RecordStore.ts(from));
        f.add("REQUESTED_AT < ?", RecordStore.ts(to));
        return f;
    }

    Filter add(String condition, Object arg) {
        if (arg != null) {
            conditions.add(condition);
            args.add(arg);
        }
        return this;
    }

    Filter status(ServiceRecord.Status status) {
        return add("STATUS = ?", status == null ? null : status.name());
    }

    Filter rated(Boolean rated) {
        if (rated != null) {
            conditions.add(rated ? "RATING_SCORE IS NOT NULL" : "RATING_SCORE IS NULL");
        }
        return this;
    }

    private static final java.util.Map<String, String> INDEXES = java.util.Map.of("PROVINCE", "LEDGER_IX_PROVINCE",
            "PREFECTURE", "LEDGER_IX_PREFECTURE", "REGION_CODE", "LEDGER_IX_REGION");

    /**
     * {@code FROM LEDGER_RECORD} with Derby's optimizer hint for the chosen index ({@code --DERBY-PROPERTIES},
     * a plain comment elsewhere): without it Derby often scans far more rows than the period needs.
     */
    String from() {
        return " FROM LEDGER_RECORD" + (index == null ? "" : " --DERBY-PROPERTIES index=" + index + "\n");
    }

    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds the parameters from index {@code first}; returns the next free index. */
    int bind(PreparedStatement p, int first) throws SQLException {
        int i = first;
        for (Object a : args) {
            p.setObject(i++, a);
        }
        return i;
    }
}
