package org.yiwang.kernel.ledger.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The neighbour columns of a record: per aggregate key (scope level × all modules or the record's
 * own) the time of the enterprise's previous record and the month of its next one under that key.
 * They let a partial month count distinct enterprises from its own rows (see {@link KpiQueries}).
 */
final class Neighbours {

    private Neighbours() {
    }

    /** Column suffix of a key: {@code ALL}, {@code PROV} or {@code PREF}, then {@code _MOD} per module. */
    static String key(String scope, boolean perModule) {
        String level = switch (scope.length()) {
            case 1 -> "ALL";
            case 2 -> "PROV";
            case 4 -> "PREF";
            default -> throw new IllegalArgumentException("no aggregate key for scope " + scope);
        };
        return perModule ? level + "_MOD" : level;
    }

    static String prev(String scope, boolean perModule) {
        return "PREV_" + key(scope, perModule);
    }

    static String next(String scope, boolean perModule) {
        return "NEXT_" + key(scope, perModule);
    }

    /** Column values to write, per record id (ids in order, so concurrent writers lock rows alike). */
    static final class Changes {
        private final Map<String, Map<String, Object>> byRecord = new TreeMap<>();

        void set(String recordId, String column, Object value) {
            byRecord.computeIfAbsent(recordId, k -> new TreeMap<>()).put(column, value);
        }

        boolean isEmpty() {
            return byRecord.isEmpty();
        }

        void write(Connection c) throws SQLException {
            for (Map.Entry<String, Map<String, Object>> e : byRecord.entrySet()) {
                List<String> sets = new ArrayList<>();
                for (String column : e.getValue().keySet()) {
                    sets.add(column + " = ?");
                }
                try (PreparedStatement p = c.prepareStatement(
                        "UPDATE LEDGER_RECORD SET " + String.join(", ", sets) + " WHERE ID = ?")) {
                    int i = 1;
                    for (Object v : e.getValue().values()) {
                        bind(p, i++, v);
                    }
                    p.setString(i, e.getKey());
                    p.executeUpdate();
                }
            }
        }
    }

    static void bind(PreparedStatement p, int i, Object v) throws SQLException {
        if (v instanceof Instant t) {
            p.setTimestamp(i, RecordStore.ts(t));
        } else if (v instanceof Integer m) {
            p.setInt(i, m);
        } else {
            throw new IllegalArgumentException("unexpected value " + v);
        }
    }
}
