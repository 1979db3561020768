package org.yiwang.kernel.api.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.ws.rs.core.Response;

/**
 * The SQL of a module's attachment table: files kept with the record they belong to (a demand, a
 * policy, …). The module's migration creates the table with the columns
 * {@code id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, <owner> BIGINT NOT NULL, name VARCHAR(200),
 * content_type VARCHAR(100), size_bytes INTEGER, content BLOB, uploaded_at TIMESTAMP, uploaded_by
 * VARCHAR(64)}; every method runs on the caller's connection (inside its transaction).
 */
public final class AttachmentTable {

    /** A stored file's description; its bytes are read separately. */
    public record Stored(long id, long ownerId, String name, String contentType, int size, Instant uploadedAt,
                         String uploadedBy) {
    }

    /** A stored file with its bytes. */
    public record Content(Stored file, byte[] bytes) {

        /** The file as a download: its type, its name (RFC 5987), and no type sniffing by browsers. */
        public Response download() {
            String encoded = URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
            return Response.ok(bytes, file.contentType())
                    .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                    .header("X-Content-Type-Options", "nosniff").build();
        }
    }

    private final String table;
    private final String owner;
    private final String columns;

    /**
     * @param table       the module's table, e.g. {@code demands_attachment}
     * @param ownerColumn the column naming the owning record, e.g. {@code demand_id}
     */
    public AttachmentTable(String table, String ownerColumn) {
        this.table = table;
        this.owner = ownerColumn;
        this.columns = "id, " + ownerColumn + ", name, content_type, size_bytes, uploaded_at, uploaded_by";
    }

    public Stored insert(Connection c, long ownerId, Upload file, Instant now, String by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + owner + ", name, content_type,"
                + " size_bytes, content, uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, ownerId);
            ps.setString(2, file.name());
            ps.setString(3, file.contentType());
            ps.setInt(4, file.bytes().length);
            ps.setBytes(5, file.bytes());
            ps.setTimestamp(6, Timestamp.from(now));
            ps.setString(7, by);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new Stored(keys.getLong(1), ownerId, file.name(), file.contentType(), file.bytes().length, now, by);
            }
        }
    }

    /** The owner's files in upload order. */
    public List<Stored> list(Connection c, long ownerId) throws SQLException {
        List<Stored> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + columns + " FROM " + table + " WHERE " + owner
                + " = ? ORDER BY id")) {
            ps.setLong(1, ownerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    public int count(Connection c, long ownerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE " + owner + " = ?")) {
            ps.setLong(1, ownerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The file and its bytes, if it belongs to the owner. */
    public Optional<Content> content(Connection c, long ownerId, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + columns + ", content FROM " + table + " WHERE "
                + owner + " = ? AND id = ?")) {
            ps.setLong(1, ownerId);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Content(read(rs), rs.getBytes("content"))) : Optional.empty();
            }
        }
    }

    private Stored read(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("uploaded_at");
        return new Stored(rs.getLong("id"), rs.getLong(owner), rs.getString("name"), rs.getString("content_type"),
                rs.getInt("size_bytes"), at == null ? null : at.toInstant(), rs.getString("uploaded_by"));
    }
}
