package org.yiwang.kernel.enterprises.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.persistence.Database;

/**
 * SQL over the {@code ENTERPRISES_*} tables. Methods taking a {@link Connection} run inside the
 * caller's transaction; the others open their own. Profiles passed in are already validated.
 */
final class EnterpriseStore {

    /** Outcome of a batched upsert. */
    record Upserted(int inserted, int updated) {
    }

    private static final String SELECT = "SELECT " + Rows.COLUMNS.replace("USCC", "e.USCC").replace(", NAME", ", e.NAME")
            + " FROM " + Rows.TABLE + " e";

    private final Database db;

    EnterpriseStore(Database db) {
        this.db = db;
    }

    Optional<Enterprise> find(String uscc) {
        return db.withConnection(c -> {
            List<Enterprise> found = select(c, SELECT + " WHERE e.USCC = ?", List.of(uscc));
            return found.stream().findFirst();
        });
    }

    Page<Enterprise> search(SearchFilter filter, PageRequest page) {
        return db.withConnection(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + Rows.TABLE + " e" + filter.where())) {
                filter.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Object> params = new ArrayList<>(filter.params());
            params.add(page.offset());
            params.add(page.size());
            List<Enterprise> items = select(c, SELECT + filter.where()
                    + " ORDER BY e.USCC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", params);
            return Page.of(items, total, page);
        });
    }

    /** Hands every matching enterprise, in USCC order, to {@code sink} in chunks (keyset paging). */
    void scan(SearchFilter filter, int chunk, Consumer<List<Enterprise>> sink) {
        String after = "";
        while (true) {
            List<Object> params = new ArrayList<>(filter.params());
            params.add(after);
            params.add(chunk);
            List<Enterprise> part = db.withConnection(c -> select(c, SELECT + filter.whereAfter()
                    + " ORDER BY e.USCC FETCH FIRST ? ROWS ONLY", params));
            if (part.isEmpty()) {
                return;
            }
            sink.accept(part);
            if (part.size() < chunk) {
                return;
            }
            after = part.get(part.size() - 1).uscc();
        }
    }

    /**
     * Hands every enterprise changed at or after {@code since} (all when null), in USCC order, to
     * {@code sink} one by one, without contacts; read in keyset chunks of {@code chunk}.
     */
    void scanChanged(Instant since, int chunk, Consumer<Enterprise> sink) {
        String after = "";
        String where = since == null ? " WHERE e.USCC > ?" : " WHERE e.USCC > ? AND e.UPDATED_AT >= ?";
        while (true) {
            List<Object> params = new ArrayList<>();
            params.add(after);
            if (since != null) {
                params.add(Timestamp.from(since));
            }
            params.add(chunk);
            List<Enterprise> part = db.withConnection(c -> select(c, SELECT + where
                    + " ORDER BY e.USCC FETCH FIRST ? ROWS ONLY", params));
            for (Enterprise e : part) {
                sink.accept(withoutContacts(e));
            }
            if (part.size() < chunk) {
                return;
            }
            after = part.get(part.size() - 1).uscc();
        }
    }

    private static Enterprise withoutContacts(Enterprise e) {
        return new Enterprise(e.uscc(), e.name(), e.regionCode(), e.industryCode(), e.sizeClass(), e.employees(),
                e.operatingRevenue(), e.totalAssets(), e.establishedOn(), e.rdExpense(), e.rdRatio(), e.ipClassOne(),
                e.ipTotal(), e.tiers(), List.of(), e.tags(), e.createdAt(), e.updatedAt(), e.version());
    }

    void insert(Connection c, Enterprise e, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Rows.INSERT)) {
            Rows.bindInsert(ps, e, now);
            ps.executeUpdate();
        }
        Children.insert(c, List.of(e));
    }

    /** Updates when the stored version is {@code expectedVersion}; false when it is not (or the row is gone). */
    boolean update(Connection c, Enterprise e, long expectedVersion, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Rows.UPDATE_IF_VERSION)) {
            ps.setLong(Rows.bindUpdate(ps, e, now), expectedVersion);
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        Children.delete(c, List.of(e.uscc()));
        Children.insert(c, List.of(e));
        return true;
    }

    boolean delete(Connection c, String uscc) throws SQLException {
        Children.delete(c, List.of(uscc));
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + Rows.TABLE + " WHERE USCC = ?")) {
            ps.setString(1, uscc);
            return ps.executeUpdate() > 0;
        }
    }

    /** Inserts new and updates existing profiles of one chunk (distinct USCCs) with batched statements. */
    Upserted upsert(Connection c, List<Enterprise> chunk, Instant now) throws SQLException {
        Set<String> existing = existing(c, chunk);
        List<String> replaced = new ArrayList<>(existing);
        try (PreparedStatement insert = c.prepareStatement(Rows.INSERT);
             PreparedStatement update = c.prepareStatement(Rows.UPDATE)) {
            for (Enterprise e : chunk) {
                if (existing.contains(e.uscc())) {
                    Rows.bindUpdate(update, e, now);
                    update.addBatch();
                } else {
                    Rows.bindInsert(insert, e, now);
                    insert.addBatch();
                }
            }
            if (existing.size() < chunk.size()) {
                insert.executeBatch();
            }
            if (!existing.isEmpty()) {
                update.executeBatch();
            }
        }
        Children.delete(c, replaced);
        Children.insert(c, chunk);
        return new Upserted(chunk.size() - existing.size(), existing.size());
    }

    private static Set<String> existing(Connection c, List<Enterprise> chunk) throws SQLException {
        Set<String> out = new HashSet<>();
        for (int from = 0; from < chunk.size(); from += Children.IN_LIMIT) {
            List<Enterprise> part = chunk.subList(from, Math.min(chunk.size(), from + Children.IN_LIMIT));
            try (PreparedStatement ps = c.prepareStatement("SELECT USCC FROM " + Rows.TABLE
                    + Children.byKey("ENTERPRISES_PK") + " WHERE USCC IN ("
                    + Children.marks(part.size()) + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setString(i + 1, part.get(i).uscc());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    private static List<Enterprise> select(Connection c, String sql, List<?> params) throws SQLException {
        Map<String, Enterprise> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Enterprise e = Rows.read(rs, List.of(), List.of(), List.of());
                    rows.put(e.uscc(), e);
                }
            }
        }
        List<Enterprise> out = new ArrayList<>(rows.size());
        List<String> keys = new ArrayList<>(rows.keySet());
        for (int from = 0; from < keys.size(); from += Children.IN_LIMIT) {
            Map<String, Children.Lists> lists = Children.load(c, keys.subList(from, Math.min(keys.size(), from + Children.IN_LIMIT)));
            for (String k : keys.subList(from, Math.min(keys.size(), from + Children.IN_LIMIT))) {
                Enterprise e = rows.get(k);
                Children.Lists l = lists.get(k);
                out.add(l == null ? e : withLists(e, l));
            }
        }
        return out;
    }

    private static Enterprise withLists(Enterprise e, Children.Lists l) {
        return new Enterprise(e.uscc(), e.name(), e.regionCode(), e.industryCode(), e.sizeClass(), e.employees(),
                e.operatingRevenue(), e.totalAssets(), e.establishedOn(), e.rdExpense(), e.rdRatio(), e.ipClassOne(),
                e.ipTotal(), l.tiers(), l.contacts(), l.tags(), e.createdAt(), e.updatedAt(), e.version());
    }
}
