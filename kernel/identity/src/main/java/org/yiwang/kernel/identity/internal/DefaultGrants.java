package org.yiwang.kernel.identity.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.yiwang.kernel.api.module.Permission;
import org.yiwang.kernel.api.persistence.Database;

/**
 * Grants a module's permissions to the default roles its descriptor names, once per permission
 * (remembered in {@code identity_default_grant}), so that a module installed on a running
 * platform is usable by the usual staff roles at once while operators stay in charge: a grant
 * they revoke is not made again, and roles they deleted are skipped.
 */
final class DefaultGrants {

    /** One grant made: a role received a permission. */
    record Grant(String role, String permission) {
    }

    private final Database db;
    private final Auditor audit;
    private final Clock clock;

    DefaultGrants(Database db, Auditor audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes the first-time grants of {@code permissions} and returns what was granted. */
    List<Grant> apply(String moduleId, List<Permission> permissions) {
        List<Grant> made = db.inTransaction(c -> {
            List<Grant> out = new ArrayList<>();
            for (Permission p : permissions) {
                if (p.defaultRoles().isEmpty() || seen(c, p.id())) {
                    continue;
                }
                for (String role : new TreeSet<>(p.defaultRoles())) {
                    if (roleExists(c, role) && !holds(c, role, p.id())) {
                        try (PreparedStatement ps = c.prepareStatement(
                                "INSERT INTO identity_role_permission (role_name, permission) VALUES (?, ?)")) {
                            ps.setString(1, role);
                            ps.setString(2, p.id());
                            ps.executeUpdate();
                        }
                        out.add(new Grant(role, p.id()));
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO identity_default_grant (permission, granted_at) VALUES (?, ?)")) {
                    ps.setString(1, p.id());
                    ps.setTimestamp(2, Timestamp.from(clock.instant()));
                    ps.executeUpdate();
                }
            }
            return out;
        });
        for (Grant g : made) {
            audit.record("module:" + moduleId, "grant-default", "role", g.role(), List.of("permissions"), null,
                    Auditor.SUCCESS);
        }
        return made;
    }

    private static boolean seen(Connection c, String permission) throws SQLException {
        return exists(c, "SELECT 1 FROM identity_default_grant WHERE permission = ?", permission);
    }

    private static boolean roleExists(Connection c, String role) throws SQLException {
        return exists(c, "SELECT 1 FROM identity_role WHERE name = ?", role);
    }

    private static boolean holds(Connection c, String role, String permission) throws SQLException {
        return exists(c, "SELECT 1 FROM identity_role_permission WHERE role_name = ? AND permission = ?", role,
                permission);
    }

    private static boolean exists(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
