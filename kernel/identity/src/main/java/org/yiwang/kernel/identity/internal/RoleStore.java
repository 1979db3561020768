package org.yiwang.kernel.identity.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for IDENTITY_ROLE and IDENTITY_ROLE_PERMISSION; every method runs on the caller's connection. */
final class RoleStore {

    List<Role> all(Connection c) throws SQLException {
        Map<String, String> descriptions = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, description FROM identity_role ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                descriptions.put(rs.getString(1), rs.getString(2));
            }
        }
        Map<String, List<String>> permissions = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT role_name, permission FROM identity_role_permission");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                permissions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<Role> out = new ArrayList<>();
        descriptions.forEach((name, description) ->
                out.add(new Role(name, description, permissions.getOrDefault(name, List.of()))));
        return out;
    }

    Optional<Role> find(Connection c, String name) throws SQLException {
        String description;
        try (PreparedStatement ps = c.prepareStatement("SELECT description FROM identity_role WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                description = rs.getString(1);
            }
        }
        List<String> permissions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT permission FROM identity_role_permission WHERE role_name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    permissions.add(rs.getString(1));
                }
            }
        }
        return Optional.of(new Role(name, description, permissions));
    }

    void insert(Connection c, Role role, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO identity_role (name, description, created_at) VALUES (?, ?, ?)")) {
            Sql.bind(ps, role.name(), role.description(), now).executeUpdate();
        }
        setPermissions(c, role.name(), role.permissions());
    }

    void update(Connection c, Role role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE identity_role SET description = ? WHERE name = ?")) {
            Sql.bind(ps, role.description(), role.name()).executeUpdate();
        }
        setPermissions(c, role.name(), role.permissions());
    }

    void delete(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM identity_role_permission WHERE role_name = ?")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM identity_role WHERE name = ?")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
    }

    long holders(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM identity_account_role WHERE role_name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void setPermissions(Connection c, String role, List<String> permissions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM identity_role_permission WHERE role_name = ?")) {
            ps.setString(1, role);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO identity_role_permission (role_name, permission) VALUES (?, ?)")) {
            for (String p : permissions) {
                Sql.bind(ps, role, p).executeUpdate();
            }
        }
    }
}
