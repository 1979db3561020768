package org.yiwang.module.institutions.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** SQL of {@code INSTITUTIONS_PRODUCT} and its versions {@code INSTITUTIONS_PRODUCT_REV}. */
final class ProductStore {

    /** The product row: which versions are current and pending. */
    record Row(long id, long institutionId, Long currentRev, Long pendingRev, boolean withdrawn, Instant createdAt) {
    }

    long insert(Connection c, long institutionId, Instant now, String by) throws SQLException {
        return Sql.insert(c, "INSERT INTO institutions_product (institution_id, created_at, created_by) VALUES (?, ?, ?)",
                List.of(institutionId, now, by));
    }

    long insertVersion(Connection c, long productId, ProductVersion v, String state) throws SQLException {
        return Sql.insert(c, "INSERT INTO institutions_product_rev (product_id, name, category, content, process,"
                + " standard, supervision, is_free, fee, delivery_days, rev_state, submitted_at, submitted_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Arrays.asList(productId, v.name(), v.category(),
                v.content(), String.join("\n", v.process()), v.standard(), v.supervision(), v.free(),
                v.fee() == null ? Sql.Null.DECIMAL : v.fee(), v.deliveryDays(), state, v.submittedAt(),
                v.submittedBy()));
    }

    void versionState(Connection c, Long rev, String state, Instant at, String by, String reason) throws SQLException {
        if (rev != null) {
            Sql.update(c, "UPDATE institutions_product_rev SET rev_state = ?, decided_at = ?, decided_by = ?,"
                    + " decision_reason = ? WHERE id = ?", Arrays.asList(state, at, by, reason, rev));
        }
    }

    void set(Connection c, long id, Map<String, Object> sets) throws SQLException {
        String assignments = sets.keySet().stream().map(k -> k + " = ?").collect(Collectors.joining(", "));
        List<Object> args = new ArrayList<>(sets.values());
        args.add(id);
        Sql.update(c, "UPDATE institutions_product SET " + assignments + " WHERE id = ?", args);
    }

    Optional<Row> find(Connection c, long institutionId, long id) throws SQLException {
        List<Row> rows = rows(c, "SELECT * FROM institutions_product WHERE institution_id = ? AND id = ?",
                List.of(institutionId, id));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    List<Row> ofInstitution(Connection c, long institutionId) throws SQLException {
        return rows(c, "SELECT * FROM institutions_product WHERE institution_id = ? ORDER BY id",
                List.of(institutionId));
    }

    /** Products with a change waiting, of institutions registered in a scope (null: all). */
    List<Row> pending(Connection c, String scopePrefix) throws SQLException {
        return rows(c, "SELECT p.* FROM institutions_product p JOIN institutions_institution i ON i.id = p.institution_id"
                + " WHERE p.pending_rev IS NOT NULL AND i.region LIKE ? ORDER BY p.id",
                List.of((scopePrefix == null ? "" : scopePrefix) + "%"));
    }

    Product product(Connection c, Row r) throws SQLException {
        return new Product(r.id(), r.institutionId(), version(c, r.currentRev()), version(c, r.pendingRev()),
                r.withdrawn(), r.createdAt(), null);
    }

    ProductVersion version(Connection c, Long rev) throws SQLException {
        if (rev == null) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM institutions_product_rev WHERE id = ?")) {
            ps.setLong(1, rev);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                BigDecimal fee = rs.getBigDecimal("fee");
                return new ProductVersion(rev, rs.getString("name"), rs.getString("category"), rs.getString("content"),
                        List.of(rs.getString("process").split("\n")), rs.getString("standard"),
                        rs.getString("supervision"), rs.getBoolean("is_free"), fee, rs.getInt("delivery_days"),
                        Sql.instant(rs, "submitted_at"), rs.getString("submitted_by"));
            }
        }
    }

    private static List<Row> rows(Connection c, String sql, List<?> args) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long cur = rs.getLong("current_rev");
                    Long current = rs.wasNull() ? null : cur;
                    long pen = rs.getLong("pending_rev");
                    Long pending = rs.wasNull() ? null : pen;
                    out.add(new Row(rs.getLong("id"), rs.getLong("institution_id"), current, pending,
                            rs.getBoolean("withdrawn"), Sql.instant(rs, "created_at")));
                }
            }
        }
        return out;
    }
}
