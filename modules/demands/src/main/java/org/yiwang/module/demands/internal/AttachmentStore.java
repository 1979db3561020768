package org.yiwang.module.demands.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL of {@code DEMANDS_ATTACHMENT}: descriptions and content (a BLOB). */
final class AttachmentStore {

    private static final String COLUMNS = "id, demand_id, name, content_type, size_bytes, uploaded_at, uploaded_by";

    Attachment insert(Connection c, long demandId, String name, String type, byte[] content, Instant now, String by)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO demands_attachment (demand_id, name, content_type,"
                + " size_bytes, content, uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, demandId);
            ps.setString(2, name);
            ps.setString(3, type);
            ps.setInt(4, content.length);
            ps.setBytes(5, content);
            ps.setTimestamp(6, java.sql.Timestamp.from(now));
            ps.setString(7, by);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new Attachment(keys.getLong(1), demandId, name, type, content.length, now, by);
            }
        }
    }

    List<Attachment> list(Connection c, long demandId) throws SQLException {
        List<Attachment> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM demands_attachment WHERE demand_id = ? ORDER BY id")) {
            ps.setLong(1, demandId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    int count(Connection c, long demandId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM demands_attachment WHERE demand_id = ?")) {
            ps.setLong(1, demandId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The attachment's description and content, if it belongs to the demand. */
    Optional<Content> content(Connection c, long demandId, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + ", content FROM demands_attachment WHERE demand_id = ? AND id = ?")) {
            ps.setLong(1, demandId);
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
        return new Attachment(rs.getLong("id"), rs.getLong("demand_id"), rs.getString("name"),
                rs.getString("content_type"), rs.getInt("size_bytes"), Sql.instant(rs, "uploaded_at"),
                rs.getString("uploaded_by"));
    }
}
