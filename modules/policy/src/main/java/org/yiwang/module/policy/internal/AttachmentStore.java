package org.yiwang.module.policy.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL of {@code POLICY_ATTACHMENT}: descriptions and content (a BLOB). */
final class AttachmentStore {

    private static final String COLUMNS = "id, policy_id, name, content_type, size_bytes, uploaded_at, uploaded_by";

    Attachment insert(Connection c, long policyId, String name, String type, byte[] content, Instant now, String by)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO policy_attachment (policy_id, name, content_type,"
                + " size_bytes, content, uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, policyId);
            ps.setString(2, name);
            ps.setString(3, type);
            ps.setInt(4, content.length);
            ps.setBytes(5, content);
            ps.setTimestamp(6, java.sql.Timestamp.from(now));
            ps.setString(7, by);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new Attachment(keys.getLong(1), policyId, name, type, content.length, now, by);
            }
        }
    }

    List<Attachment> list(Connection c, long policyId) throws SQLException {
        List<Attachment> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM policy_attachment WHERE policy_id = ? ORDER BY id")) {
            ps.setLong(1, policyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    int count(Connection c, long policyId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM policy_attachment WHERE policy_id = ?")) {
            ps.setLong(1, policyId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The attachment's description and content, if it belongs to the policy. */
    Optional<Content> content(Connection c, long policyId, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + ", content FROM policy_attachment WHERE policy_id = ? AND id = ?")) {
            ps.setLong(1, policyId);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Content(read(rs), rs.getBytes("content"))) : Optional.empty();
            }
        }
    }

    /** An attachment with its bytes. */
    record Content(Attachment attachment, byte[] bytes) {
    }

    private static Attachment read(ResultSet rs) throws SQLException {
        return new Attachment(rs.getLong("id"), rs.getLong("policy_id"), rs.getString("name"),
                rs.getString("content_type"), rs.getInt("size_bytes"), Sql.instant(rs, "uploaded_at"),
                rs.getString("uploaded_by"));
    }
}
