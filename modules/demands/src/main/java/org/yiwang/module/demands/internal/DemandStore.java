package org.yiwang.module.demands.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;

/** SQL of the tables {@code DEMANDS_DEMAND} and {@code DEMANDS_TRANSITION}; callers own the connection. */
final class DemandStore {

    private static final String COLUMNS = "id, uscc, enterprise_name, region, category, title, description, contact,"
            + " channel, status, window_region, window_name, institution_id, institution_name, submitted_at,"
            + " accepted_at, started_at, resolved_at, followed_up_at, closed_at, due_at, reminded, escalation_level,"
            + " escalated_at, resolution, ledger_record_id, rating_score, rating_comment, rated_at, created_by";

    long insert(Connection c, Submission s, Window w, Instant now, Instant due, String createdBy) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO demands_demand (uscc, enterprise_name, region,"
                + " category, title, description, contact, channel, status, window_region, window_name, submitted_at,"
                + " due_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            Sql.bind(ps, java.util.Arrays.asList(s.uscc(), s.enterpriseName(), s.region(), s.category(), s.title(),
                    s.description(), s.contact(), s.channel(), Status.SUBMITTED, w.region(), w.name(), now, due,
                    createdBy));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    Optional<Demand> find(Connection c, long id, Sla sla) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM demands_demand WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs, sla)) : Optional.empty();
            }
        }
    }

    Page<Demand> search(Connection c, DemandFilter f, PageRequest page, Sla sla) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = where(f, sla.now(), args);
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM demands_demand" + where)) {
            Sql.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        List<Demand> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM demands_demand" + where
                + " ORDER BY id DESC OFFSET " + page.offset() + " ROWS FETCH NEXT " + page.size() + " ROWS ONLY")) {
            Sql.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(read(rs, sla));
                }
            }
        }
        return Page.of(items, total, page);
    }

    /** Open demands whose reminder point or deadline has passed and that still need the job's attention. */
    List<Long> dueForSweep(Connection c, Instant now) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM demands_demand WHERE status IN (?, ?, ?)"
                + " AND (reminded = FALSE OR due_at <= ?) ORDER BY id")) {
            Sql.bind(ps, List.of(Status.SUBMITTED, Status.ACCEPTED, Status.IN_PROGRESS, now));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * Sets columns of a demand that is still in {@code expected} (optimistic: false when another
     * request changed its status first). Column names come from code, never from input.
     */
    boolean update(Connection c, long id, Status expected, Map<String, Object> sets) throws SQLException {
        String assignments = sets.keySet().stream().map(k -> k + " = ?").collect(Collectors.joining(", "));
        List<Object> args = new ArrayList<>(sets.values());
        args.add(id);
        args.add(expected);
        try (PreparedStatement ps = c.prepareStatement("UPDATE demands_demand SET " + assignments
                + " WHERE id = ? AND status = ?")) {
            Sql.bind(ps, args);
            return ps.executeUpdate() == 1;
        }
    }

    void history(Connection c, long demandId, String action, Status from, Status to, Instant at, String actor,
                 String reason, String fromWindow, String toWindow, String toInstitution) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO demands_transition (demand_id, action, from_status,"
                + " to_status, occurred_at, actor, reason, from_window, to_window, to_institution)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Sql.bind(ps, java.util.Arrays.asList(demandId, action, from, to, at, actor, reason, fromWindow, toWindow,
                    toInstitution));
            ps.executeUpdate();
        }
    }

    List<HistoryEntry> history(Connection c, long demandId) throws SQLException {
        List<HistoryEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, action, from_status, to_status, occurred_at, actor,"
                + " reason, from_window, to_window, to_institution FROM demands_transition WHERE demand_id = ?"
                + " ORDER BY id")) {
            ps.setLong(1, demandId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString("from_status");
                    out.add(new HistoryEntry(rs.getLong("id"), rs.getString("action"),
                            from == null ? null : Status.valueOf(from), Status.valueOf(rs.getString("to_status")),
                            Sql.instant(rs, "occurred_at"), rs.getString("actor"), rs.getString("reason"),
                            trim(rs.getString("from_window")), trim(rs.getString("to_window")),
                            rs.getString("to_institution")));
                }
            }
        }
        return out;
    }

    private static String where(DemandFilter f, Instant now, List<Object> args) {
        List<String> terms = new ArrayList<>();
        if (f.uscc() != null) {
            terms.add("uscc = ?");
            args.add(f.uscc());
        }
        if (f.scopePrefix() != null) {
            terms.add("(window_region LIKE ? OR region LIKE ?)");
            args.add(f.scopePrefix() + "%");
            args.add(f.scopePrefix() + "%");
        }
        if (f.windowPrefix() != null) {
            terms.add("window_region LIKE ?");
            args.add(f.windowPrefix() + "%");
        }
        if (!f.statuses().isEmpty()) {
            terms.add("status IN (" + f.statuses().stream().map(s -> "?").collect(Collectors.joining(", ")) + ")");
            args.addAll(f.statuses().stream().sorted().toList());
        }
        if (f.overdue() != null) {
            String open = "status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS') AND due_at <= ?";
            terms.add(f.overdue() ? "(" + open + ")" : "NOT (" + open + ")");
            args.add(now);
        }
        if (f.category() != null) {
            terms.add("category = ?");
            args.add(f.category());
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    private static Demand read(ResultSet rs, Sla sla) throws SQLException {
        Status status = Status.valueOf(rs.getString("status"));
        Instant submitted = Sql.instant(rs, "submitted_at");
        Instant due = Sql.instant(rs, "due_at");
        Instant resolved = Sql.instant(rs, "resolved_at");
        return new Demand(rs.getLong("id"), rs.getString("uscc"), rs.getString("enterprise_name"),
                rs.getString("region"), rs.getString("category"), rs.getString("title"), rs.getString("description"),
                rs.getString("contact"), Channel.valueOf(rs.getString("channel")), status,
                trim(rs.getString("window_region")), rs.getString("window_name"), rs.getString("institution_id"),
                rs.getString("institution_name"), submitted, Sql.instant(rs, "accepted_at"),
                Sql.instant(rs, "started_at"), resolved, Sql.instant(rs, "followed_up_at"),
                Sql.instant(rs, "closed_at"), due, sla.state(status, submitted, due, resolved),
                rs.getBoolean("reminded"), rs.getInt("escalation_level"), Sql.instant(rs, "escalated_at"),
                rs.getString("resolution"), rs.getString("ledger_record_id"), Sql.integer(rs, "rating_score"),
                rs.getString("rating_comment"), Sql.instant(rs, "rated_at"), rs.getString("created_by"));
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
