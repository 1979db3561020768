package org.yiwang.kernel.identity.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.security.AccountKind;

/** SQL for IDENTITY_ACCOUNT and IDENTITY_ACCOUNT_ROLE; every method runs on the caller's connection. */
final class AccountStore {

    private static final String COLUMNS = "id, username, kind, status, display_name, region_code, org_unit, uscc,"
            + " institution_id, failed_attempts, locked_until, last_login_at, created_at, updated_at";

    /** Filters of the account list; null fields match everything. {@code regionPrefix} scopes to a subtree. */
    record Filter(AccountKind kind, AccountStatus status, String usernameContains, String regionPrefix,
                  boolean excludeAdmins) {
    }

    void insert(Connection c, Account a, PasswordHash pw) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO identity_account (" + COLUMNS
                + ", pw_algorithm, pw_iterations, pw_salt, pw_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            Sql.bind(ps, a.id(), a.username(), a.kind().name(), a.status().name(), a.displayName(), a.regionCode(),
                    a.orgUnit(), a.uscc(), a.institutionId(), a.failedAttempts(), a.lockedUntil(), a.lastLoginAt(),
                    a.createdAt(), a.updatedAt(), pw.algorithm(), pw.iterations(), pw.salt(), pw.hash()).executeUpdate();
        }
        setRoles(c, a.id(), a.roles());
    }

    Optional<Account> findById(Connection c, String id) throws SQLException {
        return findOne(c, "id", id);
    }

    Optional<Account> findByUsername(Connection c, String username) throws SQLException {
        return findOne(c, "username", username);
    }

    private Optional<Account> findOne(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM identity_account WHERE "
                + column + " = ?")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Account a = read(rs);
                return Optional.of(a.withRoles(roles(c, a.id())));
            }
        }
    }

    Page<Account> list(Connection c, Filter f, PageRequest page) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.kind() != null) {
            where.append(" AND kind = ?");
            args.add(f.kind().name());
        }
        if (f.status() != null) {
            where.append(" AND status = ?");
            args.add(f.status().name());
        }
        if (f.usernameContains() != null && !f.usernameContains().isBlank()) {
            where.append(" AND username LIKE ? ESCAPE '!'");
            args.add("%" + escapeLike(f.usernameContains().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (f.regionPrefix() != null) {
            where.append(" AND region_code LIKE ?");
            args.add(f.regionPrefix() + "%");
        }
        if (f.excludeAdmins()) {
            where.append(" AND kind <> 'ADMIN'");
        }
        long total;
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT COUNT(*) FROM identity_account" + where),
                args.toArray()); ResultSet rs = ps.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
        }
        List<Account> items = new ArrayList<>();
        args.add(page.offset());
        args.add((long) page.size());
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT " + COLUMNS + " FROM identity_account" + where
                + " ORDER BY username OFFSET ? ROWS FETCH NEXT ? ROWS ONLY"), args.toArray());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                items.add(read(rs));
            }
        }
        List<Account> withRoles = new ArrayList<>();
        for (Account a : items) {
            withRoles.add(a.withRoles(roles(c, a.id())));
        }
        return Page.of(withRoles, total, page);
    }

    long countActiveAdmins(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM identity_account WHERE kind = 'ADMIN' AND status = 'ACTIVE'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    PasswordHash password(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT pw_algorithm, pw_iterations, pw_salt, pw_hash FROM identity_account WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("account " + id + " vanished");
                }
                return new PasswordHash(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4));
            }
        }
    }

    void setPassword(Connection c, String id, PasswordHash pw, Instant now) throws SQLException {
        update(c, "UPDATE identity_account SET pw_algorithm = ?, pw_iterations = ?, pw_salt = ?, pw_hash = ?,"
                + " updated_at = ? WHERE id = ?", pw.algorithm(), pw.iterations(), pw.salt(), pw.hash(), now, id);
    }

    void updateProfile(Connection c, Account a, Instant now) throws SQLException {
        update(c, "UPDATE identity_account SET display_name = ?, region_code = ?, org_unit = ?, institution_id = ?,"
                + " updated_at = ? WHERE id = ?", a.displayName(), a.regionCode(), a.orgUnit(), a.institutionId(),
                now, a.id());
    }

    void setStatus(Connection c, String id, AccountStatus status, Instant now) throws SQLException {
        update(c, "UPDATE identity_account SET status = ?, updated_at = ? WHERE id = ?", status.name(), now, id);
    }

    /**
     * Counts one more consecutive failure (starting again from 1 when an earlier lock has expired)
     * and returns the new count. The row stays locked by this transaction until it ends.
     */
    int recordFailure(Connection c, String id, Instant now) throws SQLException {
        update(c, "UPDATE identity_account SET"
                + " failed_attempts = CASE WHEN locked_until IS NOT NULL AND locked_until <= ? THEN 1"
                + " ELSE failed_attempts + 1 END,"
                + " locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= ? THEN NULL"
                + " ELSE locked_until END,"
                + " last_failed_at = ? WHERE id = ?", now, now, now, id);
        try (PreparedStatement ps = c.prepareStatement("SELECT failed_attempts FROM identity_account WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    Instant lastFailedAt(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_failed_at FROM identity_account WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Sql.getInstant(rs, "last_failed_at") : null;
            }
        }
    }

    void lock(Connection c, String id, Instant until) throws SQLException {
        update(c, "UPDATE identity_account SET locked_until = ? WHERE id = ?", until, id);
    }

    void recordSuccess(Connection c, String id, Instant now) throws SQLException {
        update(c, "UPDATE identity_account SET failed_attempts = 0, last_failed_at = NULL, locked_until = NULL,"
                + " last_login_at = ? WHERE id = ?", now, id);
    }

    void unlock(Connection c, String id, Instant now) throws SQLException {
        update(c, "UPDATE identity_account SET failed_attempts = 0, last_failed_at = NULL, locked_until = NULL,"
                + " updated_at = ? WHERE id = ?", now, id);
    }

    List<String> roles(Connection c, String accountId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT role_name FROM identity_account_role WHERE account_id = ? ORDER BY role_name")) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    void setRoles(Connection c, String accountId, List<String> roles) throws SQLException {
        update(c, "DELETE FROM identity_account_role WHERE account_id = ?", accountId);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO identity_account_role (account_id, role_name) VALUES (?, ?)")) {
            for (String role : new TreeSet<>(roles)) {
                Sql.bind(ps, accountId, role).executeUpdate();
            }
        }
    }

    /** The union of the permissions of the account's roles. */
    Set<String> permissions(Connection c, String accountId) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT p.permission FROM identity_account_role ar"
                + " JOIN identity_role_permission p ON p.role_name = ar.role_name WHERE ar.account_id = ?")) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement(sql), args)) {
            ps.executeUpdate();
        }
    }

    private static Account read(ResultSet rs) throws SQLException {
        return new Account(rs.getString("id"), rs.getString("username"), AccountKind.valueOf(rs.getString("kind")),
                AccountStatus.valueOf(rs.getString("status")), rs.getString("display_name"),
                rs.getString("region_code"), rs.getString("org_unit"), rs.getString("uscc"),
                rs.getString("institution_id"), List.of(), rs.getInt("failed_attempts"),
                Sql.getInstant(rs, "locked_until"), Sql.getInstant(rs, "last_login_at"),
                Sql.getInstant(rs, "created_at"), Sql.getInstant(rs, "updated_at"));
    }

    static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
