package org.yiwang.module.policy.internal;

import java.io.IOException;
import java.io.Reader;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;

/** SQL of {@code POLICY_POLICY}, {@code POLICY_VERSION} and {@code POLICY_TRANSITION}; callers own the connection. */
final class PolicyStore {

    private static final String COLUMNS = "id, title, issuing_authority, document_number, level, region_code, issued_on,"
            + " effective_from, expires_on, body, categories, tags, criteria, status, version, created_at, created_by,"
            + " updated_at, published_at";

    long insert(Connection c, Content p, Instant now, String by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO policy_policy (title, issuing_authority,"
                + " document_number, level, region_code, issued_on, effective_from, expires_on, body, categories, tags,"
                + " criteria, status, version, created_at, created_by, updated_at, updated_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            List<Object> args = new ArrayList<>(contentArgs(p));
            args.addAll(Arrays.asList(Status.DRAFT, now, by, now, by));
            Sql.bind(ps, args);
            return Sql.insert(ps);
        }
    }

    /** Replaces the content of a policy still in {@code expected} at {@code version}; false if it moved meanwhile. */
    boolean update(Connection c, long id, Status expected, int version, int newVersion, Content p, Instant now, String by)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE policy_policy SET title = ?, issuing_authority = ?,"
                + " document_number = ?, level = ?, region_code = ?, issued_on = ?, effective_from = ?, expires_on = ?,"
                + " body = ?, categories = ?, tags = ?, criteria = ?, version = ?, updated_at = ?, updated_by = ?"
                + " WHERE id = ? AND status = ? AND version = ?")) {
            List<Object> args = new ArrayList<>(contentArgs(p));
            args.addAll(Arrays.asList(newVersion, now, by, id, expected, version));
            Sql.bind(ps, args);
            return ps.executeUpdate() == 1;
        }
    }

    private static List<Object> contentArgs(Content p) {
        return Arrays.asList(p.title(), p.issuingAuthority(), p.documentNumber(), p.level(), p.regionCode(),
                p.issuedOn(), p.effectiveFrom() == null ? Sql.Null.DATE : p.effectiveFrom(),
                p.expiresOn() == null ? Sql.Null.DATE : p.expiresOn(), p.body(), Json.write(p.categories()),
                Json.write(p.tags()), Json.write(p.criteria()));
    }

    /** Moves a policy from {@code expected} to {@code to} (optimistic), setting more columns (names from code). */
    boolean move(Connection c, long id, Status expected, Status to, Map<String, Object> sets) throws SQLException {
        String more = sets.keySet().stream().map(k -> ", " + k + " = ?").collect(Collectors.joining());
        List<Object> args = new ArrayList<>();
        args.add(to);
        args.addAll(sets.values());
        args.add(id);
        args.add(expected);
        try (PreparedStatement ps = c.prepareStatement("UPDATE policy_policy SET status = ?" + more
                + " WHERE id = ? AND status = ?")) {
            Sql.bind(ps, args);
            return ps.executeUpdate() == 1;
        }
    }

    Optional<Policy> find(Connection c, long id, LocalDate today) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM policy_policy WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs, today)) : Optional.empty();
            }
        }
    }

    /** Staff's list: statuses (empty: all), region prefix (null: all), title fragment; newest first. */
    Page<Policy> search(Connection c, List<Status> statuses, String regionPrefix, String q, PageRequest page,
                        LocalDate today) throws SQLException {
        List<Object> args = new ArrayList<>();
        List<String> where = new ArrayList<>();
        if (!statuses.isEmpty()) {
            where.add("status IN (" + statuses.stream().map(s -> "?").collect(Collectors.joining(", ")) + ")");
            args.addAll(statuses);
        }
        if (regionPrefix != null) {
            where.add("region_code LIKE ?");
            args.add(regionPrefix + "%");
        }
        if (q != null) {
            where.add("(LOWER(title) LIKE ? OR LOWER(document_number) LIKE ?)");
            String like = "%" + q.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
            args.add(like);
            args.add(like);
        }
        String w = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM policy_policy" + w)) {
            Sql.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        List<Policy> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM policy_policy" + w
                + " ORDER BY updated_at DESC, id DESC OFFSET " + page.offset() + " ROWS FETCH NEXT " + page.size()
                + " ROWS ONLY")) {
            Sql.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(read(rs, today));
                }
            }
        }
        return Page.of(items, total, page);
    }

    /** Every policy stored as PUBLISHED (the search index and the matcher are rebuilt from these). */
    void published(Connection c, LocalDate today, Consumer<Policy> sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM policy_policy WHERE status = ?"
                + " ORDER BY id")) {
            Sql.bind(ps, List.of(Status.PUBLISHED));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(read(rs, today));
                }
            }
        }
    }

    /** Ids of published policies whose {@code expires_on} is before {@code today}. */
    List<Long> expiredBy(Connection c, LocalDate today) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM policy_policy WHERE status = ? AND expires_on < ?")) {
            Sql.bind(ps, List.of(Status.PUBLISHED, today));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    void history(Connection c, long policyId, String action, Status from, Status to, int version, Instant at,
                 String actor, String note) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO policy_transition (policy_id, action, from_status,"
                + " to_status, version, occurred_at, actor, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            Sql.bind(ps, Arrays.asList(policyId, action, from, to, version, at, actor, note));
            ps.executeUpdate();
        }
    }

    List<HistoryEntry> history(Connection c, long policyId) throws SQLException {
        List<HistoryEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, action, from_status, to_status, version, occurred_at,"
                + " actor, note FROM policy_transition WHERE policy_id = ? ORDER BY id")) {
            ps.setLong(1, policyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString(3);
                    out.add(new HistoryEntry(rs.getLong(1), rs.getString(2), from == null ? null : Status.valueOf(from),
                            Status.valueOf(rs.getString(4)), rs.getInt(5), Sql.instant(rs, "occurred_at"),
                            rs.getString(7), rs.getString(8)));
                }
            }
        }
        return out;
    }

    void version(Connection c, long policyId, int version, String note, Content content, Instant at, String by)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO policy_version (policy_id, version, change_note,"
                + " content, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)")) {
            Sql.bind(ps, Arrays.asList(policyId, version, note, Json.write(content), at, by));
            ps.executeUpdate();
        }
    }

    List<VersionEntry> versions(Connection c, long policyId) throws SQLException {
        List<VersionEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version, change_note, created_at, created_by, content"
                + " FROM policy_version WHERE policy_id = ? ORDER BY version")) {
            ps.setLong(1, policyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new VersionEntry(rs.getInt(1), rs.getString(2), Sql.instant(rs, "created_at"), rs.getString(4),
                            Json.read(clob(rs, "content"), Content.class)));
                }
            }
        }
        return out;
    }

    private static Policy read(ResultSet rs, LocalDate today) throws SQLException {
        Level level = Level.valueOf(rs.getString("level"));
        String region = rs.getString("region_code");
        Criteria criteria = Json.read(clob(rs, "criteria"), Criteria.class);
        Status stored = Status.valueOf(rs.getString("status"));
        LocalDate expires = Sql.date(rs, "expires_on");
        Status status = stored == Status.PUBLISHED && expires != null && expires.isBefore(today) ? Status.EXPIRED : stored;
        List<String> regions = Policies.effectiveRegions(level, region, criteria);
        return new Policy(rs.getLong("id"), rs.getString("title"), rs.getString("issuing_authority"),
                rs.getString("document_number"), level, region, CriteriaText.regionName(region),
                Sql.date(rs, "issued_on"), Sql.date(rs, "effective_from"), expires, clob(rs, "body"),
                strings(rs.getString("categories")), strings(rs.getString("tags")), criteria,
                CriteriaText.render(criteria, regions), status, rs.getInt("version"), Sql.instant(rs, "created_at"),
                rs.getString("created_by"), Sql.instant(rs, "updated_at"), Sql.instant(rs, "published_at"), List.of(),
                List.of());
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(String json) {
        return List.copyOf(Json.read(json, List.class));
    }

    static String clob(ResultSet rs, String column) throws SQLException {
        Clob clob = rs.getClob(column);
        if (clob == null) {
            return null;
        }
        try (Reader r = clob.getCharacterStream()) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = r.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            throw new SQLException("cannot read " + column, e);
        }
    }
}
