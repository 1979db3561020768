package org.yiwang.module.institutions.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;

/** SQL of {@code INSTITUTIONS_INSTITUTION} and its history {@code INSTITUTIONS_TRANSITION}; callers own the connection. */
final class InstitutionStore {

    /** The registry row of an institution, without its profile. */
    record Row(long id, String uscc, String region, Status status, Long currentRev, Long pendingRev,
               String statusReason, Instant noticeAt, Instant appealDeadline, String appealText, Instant appealedAt,
               Instant appliedAt, Instant admittedAt, Instant removedAt) {
    }

    /** Filters of a list: statuses (empty: any), a region-scope prefix, and the directory's filters. */
    record Filter(List<Status> statuses, String scopePrefix, String q, String category, List<String> servedAny,
                  String type) {
    }

    private static final String COLUMNS = "i.id, i.uscc, i.region, i.status, i.current_rev, i.pending_rev,"
            + " i.status_reason, i.notice_at, i.appeal_deadline, i.appeal_text, i.appealed_at, i.applied_at,"
            + " i.admitted_at, i.removed_at";

    long insert(Connection c, String uscc, String region, Instant now, String by) throws SQLException {
        return Sql.insert(c, "INSERT INTO institutions_institution (uscc, region, status, applied_at, created_by)"
                + " VALUES (?, ?, ?, ?, ?)", List.of(uscc, region, Status.APPLIED, now, by));
    }

    /** The institution registered under this USCC, if any (one per USCC). */
    Optional<Long> idOf(Connection c, String uscc) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM institutions_institution WHERE uscc = ?")) {
            ps.setString(1, uscc);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    Optional<Row> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM institutions_institution i WHERE i.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Sets columns of an institution still in {@code expected} (optimistic: false when another request
     * changed its status first). Column names come from code, never from input.
     */
    boolean update(Connection c, long id, Status expected, Map<String, Object> sets) throws SQLException {
        String assignments = sets.keySet().stream().map(k -> k + " = ?").collect(Collectors.joining(", "));
        List<Object> args = new ArrayList<>(sets.values());
        args.add(id);
        args.add(expected);
        return Sql.update(c, "UPDATE institutions_institution SET " + assignments + " WHERE id = ? AND status = ?",
                args) == 1;
    }

    void history(Connection c, long id, String action, Status from, Status to, Instant at, String actor, String reason)
            throws SQLException {
        Sql.update(c, "INSERT INTO institutions_transition (institution_id, action, from_status, to_status,"
                + " occurred_at, actor, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Arrays.asList(id, action, from, to, at, actor, reason));
    }

    List<HistoryEntry> history(Connection c, long id) throws SQLException {
        List<HistoryEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, action, from_status, to_status, occurred_at, actor,"
                + " reason FROM institutions_transition WHERE institution_id = ? ORDER BY id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString("from_status");
                    out.add(new HistoryEntry(rs.getLong("id"), rs.getString("action"),
                            from == null ? null : Status.valueOf(from), Status.valueOf(rs.getString("to_status")),
                            Sql.instant(rs, "occurred_at"), rs.getString("actor"), rs.getString("reason")));
                }
            }
        }
        return out;
    }

    Page<Listing> search(Connection c, Filter f, PageRequest page) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = where(f, args);
        String from = " FROM institutions_institution i JOIN institutions_profile p ON p.id = i.current_rev";
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + from + where)) {
            Sql.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        List<Listing> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", p.name, p.inst_type, p.description"
                + from + where + " ORDER BY i.id DESC OFFSET " + page.offset() + " ROWS FETCH NEXT " + page.size()
                + " ROWS ONLY")) {
            Sql.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row r = row(rs);
                    String description = rs.getString("description");
                    if (description != null && description.length() > 200) {
                        description = description.substring(0, 200) + "…";
                    }
                    items.add(new Listing(r.id(), r.uscc(), rs.getString("name"),
                            InstitutionType.valueOf(rs.getString("inst_type")), r.region(),
                            ProfileStore.strings(c, "SELECT category FROM institutions_profile_category"
                                    + " WHERE profile_id = ? ORDER BY category", r.currentRev()),
                            ProfileStore.strings(c, "SELECT region FROM institutions_profile_region"
                                    + " WHERE profile_id = ? ORDER BY region", r.currentRev()),
                            r.status(), description, r.appliedAt(), r.admittedAt(), r.pendingRev() != null));
                }
            }
        }
        return Page.of(items, total, page);
    }

    /** Institutions under a notice of exit whose appeal deadline has passed without an appeal. */
    List<Long> noticesExpired(Connection c, Instant now) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM institutions_institution WHERE status = ?"
                + " AND appeal_deadline <= ? ORDER BY id")) {
            Sql.bind(ps, List.of(Status.NOTICE_OF_EXIT, now));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Admitted institutions with a required qualification valid until before {@code today}: id → names. */
    Map<Long, List<String>> expiredQualifications(Connection c, LocalDate today) throws SQLException {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.id, q.name FROM institutions_institution i"
                + " JOIN institutions_qualification q ON q.profile_id = i.current_rev"
                + " WHERE i.status = ? AND q.is_required = TRUE AND q.valid_until < ? ORDER BY i.id, q.id")) {
            Sql.bind(ps, List.of(Status.ADMITTED, today));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    /** Institutions (of a scope) with a profile change waiting for approval. */
    List<Long> withPendingProfile(Connection c, String scopePrefix) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM institutions_institution"
                + " WHERE pending_rev IS NOT NULL AND region LIKE ? ORDER BY id")) {
            ps.setString(1, (scopePrefix == null ? "" : scopePrefix) + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static String where(Filter f, List<Object> args) {
        List<String> terms = new ArrayList<>();
        if (!f.statuses().isEmpty()) {
            terms.add("i.status IN (" + f.statuses().stream().map(s -> "?").collect(Collectors.joining(", ")) + ")");
            args.addAll(f.statuses());
        }
        if (f.scopePrefix() != null) {
            terms.add("i.region LIKE ?");
            args.add(f.scopePrefix() + "%");
        }
        if (f.q() != null) {
            terms.add("(LOWER(p.name) LIKE ? OR LOWER(p.description) LIKE ? OR i.uscc = ?)");
            String like = "%" + f.q().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
            args.add(like);
            args.add(like);
            args.add(f.q().toUpperCase(java.util.Locale.ROOT));
        }
        if (f.category() != null) {
            terms.add("EXISTS (SELECT 1 FROM institutions_profile_category k WHERE k.profile_id = p.id"
                    + " AND k.category = ?)");
            args.add(f.category());
        }
        if (f.servedAny() != null && !f.servedAny().isEmpty()) {
            terms.add("EXISTS (SELECT 1 FROM institutions_profile_region r WHERE r.profile_id = p.id AND r.region IN ("
                    + f.servedAny().stream().map(s -> "?").collect(Collectors.joining(", ")) + "))");
            args.addAll(f.servedAny());
        }
        if (f.type() != null) {
            terms.add("p.inst_type = ?");
            args.add(f.type());
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    private static Row row(ResultSet rs) throws SQLException {
        long current = rs.getLong("current_rev");
        Long cur = rs.wasNull() ? null : current;
        long pending = rs.getLong("pending_rev");
        Long pen = rs.wasNull() ? null : pending;
        return new Row(rs.getLong("id"), rs.getString("uscc"), rs.getString("region").strip(),
                Status.valueOf(rs.getString("status")), cur, pen, rs.getString("status_reason"),
                Sql.instant(rs, "notice_at"), Sql.instant(rs, "appeal_deadline"), rs.getString("appeal_text"),
                Sql.instant(rs, "appealed_at"), Sql.instant(rs, "applied_at"), Sql.instant(rs, "admitted_at"),
                Sql.instant(rs, "removed_at"));
    }
}
