package org.yiwang.kernel.identity.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;

/** SQL for IDENTITY_REGISTRATION; every method runs on the caller's connection. */
final class RegistrationStore {

    private static final String SELECT = "SELECT r.id, r.account_id, a.username, r.uscc, r.name, r.contact,"
            + " r.region_code, r.status, r.reason, r.created_at, r.decided_at, r.decided_by"
            + " FROM identity_registration r JOIN identity_account a ON a.id = r.account_id";

    void insert(Connection c, Registration r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO identity_registration (id, account_id, uscc, name,"
                + " contact, region_code, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            Sql.bind(ps, r.id(), r.accountId(), r.uscc(), r.name(), r.contact(), r.regionCode(), r.status().name(),
                    r.createdAt()).executeUpdate();
        }
    }

    Optional<Registration> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE r.id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    Page<Registration> list(Connection c, RegistrationStatus status, String regionPrefix, PageRequest page)
            throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (status != null) {
            where.append(" AND r.status = ?");
            args.add(status.name());
        }
        if (regionPrefix != null) {
            where.append(" AND r.region_code LIKE ?");
            args.add(regionPrefix + "%");
        }
        long total;
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT COUNT(*) FROM identity_registration r" + where),
                args.toArray()); ResultSet rs = ps.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
        }
        args.add(page.offset());
        args.add((long) page.size());
        List<Registration> items = new ArrayList<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement(SELECT + where
                + " ORDER BY r.created_at DESC, r.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY"), args.toArray());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                items.add(read(rs));
            }
        }
        return Page.of(items, total, page);
    }

    void decide(Connection c, String id, RegistrationStatus status, String reason, Instant at, String by)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE identity_registration SET status = ?, reason = ?,"
                + " decided_at = ?, decided_by = ? WHERE id = ?")) {
            Sql.bind(ps, status.name(), reason, at, by, id).executeUpdate();
        }
    }

    private static Registration read(ResultSet rs) throws SQLException {
        return new Registration(rs.getString("id"), rs.getString("account_id"), rs.getString("username"),
                rs.getString("uscc"), rs.getString("name"), rs.getString("contact"), rs.getString("region_code"),
                RegistrationStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                Sql.getInstant(rs, "created_at"), Sql.getInstant(rs, "decided_at"), rs.getString("decided_by"));
    }
}
