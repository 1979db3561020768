package org.yiwang.kernel.identity.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.audit.AuditEntry;
import org.yiwang.kernel.api.audit.AuditLog;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.security.Caller;

/**
 * The platform's {@link AuditLog}: IDENTITY_AUDIT, append-only (this code only INSERTs and
 * SELECTs). Each entry is written on its own auto-commit connection, so it neither joins nor
 * disturbs the caller's transaction, and a database failure is logged, never thrown.
 */
@Component(service = {AuditLog.class, IdentityAuditLog.class})
public final class IdentityAuditLog implements AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityAuditLog.class);

    private final Database db;

    @Activate
    public IdentityAuditLog(@Reference Database db) {
        this.db = db;
        db.migrate(IdentityService.MODULE_ID, IdentityAuditLog.class);
    }

    @Override
    public void record(AuditEntry e) {
        if (e == null) {
            return;
        }
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO identity_audit (occurred_at, actor, action,"
                    + " entity, entity_id, changed_fields, ip, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                Sql.bind(ps, e.at() == null ? Instant.now() : e.at(),
                        Sql.cut(e.actor() == null ? "anonymous" : e.actor(), 64),
                        Sql.cut(e.action() == null ? "unknown" : e.action(), 64), Sql.cut(e.entity(), 64),
                        Sql.cut(e.entityId(), 200), Sql.cut(String.join(",", e.changedFields()), 1000),
                        Sql.cut(e.ip(), 64), Sql.cut(e.outcome() == null ? "unknown" : e.outcome(), 64));
                ps.executeUpdate();
            }
        } catch (SQLException | RuntimeException failure) {
            LOG.error("Audit entry not stored ({} {} {} by {}): {}", e.action(), e.entity(), e.entityId(), e.actor(),
                    failure.getMessage());
        }
    }

    /** Entries matching {@code q}, newest first, for a caller holding {@code audit.read} (all regions). */
    public Page<AuditEntry> query(Caller actor, AuditQuery q, PageRequest page) {
        AccessRules.requirePermission(actor, AccessRules.AUDIT_READ);
        return query(q, page);
    }

    /** Entries matching {@code q}, newest first. */
    public Page<AuditEntry> query(AuditQuery q, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        add(where, args, "actor = ?", q.actor());
        add(where, args, "action = ?", q.action());
        add(where, args, "entity = ?", q.entity());
        add(where, args, "entity_id = ?", q.entityId());
        add(where, args, "occurred_at >= ?", q.from());
        add(where, args, "occurred_at < ?", q.to());
        return db.withConnection(c -> {
            long total;
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT COUNT(*) FROM identity_audit" + where),
                    args.toArray()); ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<Object> paged = new ArrayList<>(args);
            paged.add(page.offset());
            paged.add((long) page.size());
            List<AuditEntry> items = new ArrayList<>();
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT occurred_at, actor, action, entity,"
                    + " entity_id, changed_fields, ip, outcome FROM identity_audit" + where
                    + " ORDER BY occurred_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY"), paged.toArray());
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String fields = rs.getString("changed_fields");
                    items.add(new AuditEntry(Sql.getInstant(rs, "occurred_at"), rs.getString("actor"),
                            rs.getString("action"), rs.getString("entity"), rs.getString("entity_id"),
                            fields == null || fields.isEmpty() ? List.of() : Arrays.asList(fields.split(",")),
                            rs.getString("ip"), rs.getString("outcome")));
                }
            }
            return Page.of(items, total, page);
        });
    }

    private static void add(StringBuilder where, List<Object> args, String condition, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.append(" AND ").append(condition);
            args.add(value instanceof String s ? s.strip() : value);
        }
    }
}
