package org.yiwang.module.institutions.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * SQL of the profile versions: {@code INSTITUTIONS_PROFILE} with its categories, regions served,
 * qualifications and contacts. A version is written once and never changed except for its state
 * ({@code CURRENT}, {@code PENDING}, {@code SUPERSEDED}, {@code REJECTED}).
 */
final class ProfileStore {

    static final String CURRENT = "CURRENT";
    static final String PENDING = "PENDING";
    static final String SUPERSEDED = "SUPERSEDED";
    static final String REJECTED = "REJECTED";

    long insert(Connection c, long institutionId, Profile p, String state, Instant at, String by) throws SQLException {
        long rev = Sql.insert(c, "INSERT INTO institutions_profile (institution_id, name, inst_type, description,"
                + " address, service_phone, website, rev_state, submitted_at, submitted_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Arrays.asList(institutionId, p.name(), p.type(),
                p.description(), p.address(), p.servicePhone(), p.website(), state, at, by));
        for (String category : p.categories()) {
            Sql.update(c, "INSERT INTO institutions_profile_category (profile_id, category) VALUES (?, ?)",
                    List.of(rev, category));
        }
        for (String region : p.regionsServed()) {
            Sql.update(c, "INSERT INTO institutions_profile_region (profile_id, region) VALUES (?, ?)",
                    List.of(rev, region));
        }
        for (Qualification q : p.qualifications()) {
            Sql.update(c, "INSERT INTO institutions_qualification (profile_id, name, issuer, cert_number, valid_until,"
                    + " is_required) VALUES (?, ?, ?, ?, ?, ?)", Arrays.asList(rev, q.name(), q.issuer(), q.number(),
                    q.validUntil() == null ? Sql.Null.DATE : q.validUntil(), Boolean.TRUE.equals(q.required())));
        }
        for (Contact k : p.contacts()) {
            Sql.update(c, "INSERT INTO institutions_contact (profile_id, name, contact_role, phone, email)"
                    + " VALUES (?, ?, ?, ?, ?)", Arrays.asList(rev, k.name(), k.role(), k.phone(), k.email()));
        }
        return rev;
    }

    void state(Connection c, long rev, String state, Instant at, String by, String reason) throws SQLException {
        Sql.update(c, "UPDATE institutions_profile SET rev_state = ?, decided_at = ?, decided_by = ?,"
                + " decision_reason = ? WHERE id = ?", Arrays.asList(state, at, by, reason, rev));
    }

    Optional<Profile> find(Connection c, long rev) throws SQLException {
        Profile p = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, inst_type, description, address, service_phone,"
                + " website, submitted_at, submitted_by FROM institutions_profile WHERE id = ?")) {
            ps.setLong(1, rev);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                p = new Profile(rev, rs.getString("name"), InstitutionType.valueOf(rs.getString("inst_type")),
                        strings(c, "SELECT category FROM institutions_profile_category WHERE profile_id = ?"
                                + " ORDER BY category", rev),
                        strings(c, "SELECT region FROM institutions_profile_region WHERE profile_id = ? ORDER BY region",
                                rev),
                        qualifications(c, rev), contacts(c, rev), rs.getString("description"), rs.getString("address"),
                        rs.getString("service_phone"), rs.getString("website"), Sql.instant(rs, "submitted_at"),
                        rs.getString("submitted_by"));
            }
        }
        return Optional.of(p);
    }

    static List<String> strings(Connection c, String sql, long id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1).strip());
                }
            }
        }
        return out;
    }

    private static List<Qualification> qualifications(Connection c, long rev) throws SQLException {
        List<Qualification> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, issuer, cert_number, valid_until, is_required"
                + " FROM institutions_qualification WHERE profile_id = ? ORDER BY id")) {
            ps.setLong(1, rev);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Qualification(rs.getString(1), rs.getString(2), rs.getString(3),
                            Sql.date(rs, "valid_until"), rs.getBoolean(5)));
                }
            }
        }
        return out;
    }

    private static List<Contact> contacts(Connection c, long rev) throws SQLException {
        List<Contact> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, contact_role, phone, email FROM institutions_contact"
                + " WHERE profile_id = ? ORDER BY id")) {
            ps.setLong(1, rev);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Contact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return out;
    }
}
