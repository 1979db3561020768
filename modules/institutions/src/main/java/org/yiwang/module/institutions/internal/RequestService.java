package org.yiwang.module.institutions.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.ledger.Ledger;
import org.yiwang.kernel.api.ledger.NewServiceRecord;
import org.yiwang.kernel.api.ledger.Provider;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;

/**
 * Product requests: an enterprise asks a listed institution for one of its products; the request
 * and an open service record in the kernel ledger (provider the institution, category the
 * product's) are written in one transaction. The institution accepts it and completes it, which
 * completes the ledger record; the enterprise follows and rates it through the ledger.
 */
@Component(service = RequestService.class)
public final class RequestService {

    static final String OPEN = "OPEN";
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String COMPLETED = "COMPLETED";
    private static final Logger LOG = LoggerFactory.getLogger(RequestService.class);

    private final RegistryService registry;
    private final ProductService products;
    private final Ledger ledger;
    private final InstitutionEvents events;
    private final Database db;

    @Activate
    public RequestService(@Reference RegistryService registry, @Reference ProductService products,
                          @Reference Ledger ledger, @Reference InstitutionEvents events) {
        this.registry = registry;
        this.products = products;
        this.ledger = ledger;
        this.events = events;
        this.db = registry.db();
    }

    ServiceRequest request(Caller caller, long institutionId, long productId, RequestBody body) {
        Access.loggedIn(caller);
        if (caller.kind() != AccountKind.ENTERPRISE || caller.uscc() == null) {
            throw Problems.forbidden("只有企业账号可以申请服务产品", "Only enterprise accounts request products");
        }
        Problems.Errors errors = new Problems.Errors();
        String note = errors.text("note", body == null ? null : body.note(), false, 1000);
        Institution inst = registry.load(institutionId, false);
        Access.visible(caller, institutionId, inst.region(), inst.status());
        ProductVersion p = products.publicProduct(institutionId, productId).current();
        errors.check();
        if (inst.status() != Status.ADMITTED && inst.status() != Status.APPEALED
                && inst.status() != Status.NOTICE_OF_EXIT) {
            throw Problems.conflict("该机构不在库中", "The institution is not listed");
        }
        String usccRegion = caller.uscc().substring(2, 8);
        String region = Regions.isCurrent(usccRegion) ? usccRegion : inst.region();
        Instant now = registry.now();
        String by = Access.actor(caller);
        long id = db.inTransaction(c -> {
            long rid = Sql.insert(c, "INSERT INTO institutions_request (institution_id, product_id, product_name, category,"
                    + " uscc, region, note, status, requested_at, requested_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Arrays.asList(institutionId, productId, p.name(), p.category(), caller.uscc(), region, note, OPEN,
                            now, by));
            ServiceRecord r = ledger.record(caller, new NewServiceRecord(caller.uscc(), region, InstitutionsModule.ID,
                    p.category(), "ONLINE", new Provider(Provider.Kind.INSTITUTION, String.valueOf(institutionId),
                    inst.name()), p.name(), "request-" + rid, now, null, null, null));
            Sql.update(c, "UPDATE institutions_request SET ledger_record_id = ? WHERE id = ?", List.of(r.id(), rid));
            return rid;
        });
        registry.audit().record(by, "request", "institution-request", id, List.of("productId", "note"));
        events.post("PRODUCT_REQUESTED", inst, Map.of("requestId", id, "productId", productId, "category", p.category(),
                "enterprise", caller.uscc()));
        LOG.info("Product {} of institution {} requested by {} (request {})", productId, institutionId, caller.uscc(), id);
        return get(id);
    }

    /** The enterprise's own requests, newest first. */
    Page<ServiceRequest> mine(Caller caller, PageRequest page) {
        Access.loggedIn(caller);
        if (caller.kind() != AccountKind.ENTERPRISE || caller.uscc() == null) {
            throw Problems.forbidden("只有企业账号有服务申请", "Only enterprise accounts have product requests");
        }
        return page(" WHERE r.uscc = ?", List.of(caller.uscc()), page);
    }

    /** An institution's incoming requests: its own accounts and staff of its region. */
    Page<ServiceRequest> incoming(Caller caller, long institutionId, String status, PageRequest page) {
        Institution inst = registry.load(institutionId, false);
        Access.visible(caller, institutionId, inst.region(), inst.status());
        Access.loggedIn(caller);
        if (!Access.privileged(caller, institutionId, inst.region())) {
            throw Problems.forbidden("只有该机构和工作人员可以查看服务申请", "Only the institution and staff see its requests");
        }
        if (status != null && !status.isBlank()) {
            if (!List.of(OPEN, IN_PROGRESS, COMPLETED).contains(status)) {
                new Problems.Errors().add("status", "enum", "状态须为 OPEN、IN_PROGRESS 或 COMPLETED",
                        "status must be OPEN, IN_PROGRESS or COMPLETED").check();
            }
            return page(" WHERE r.institution_id = ? AND r.status = ?", List.of(institutionId, status), page);
        }
        return page(" WHERE r.institution_id = ?", List.of(institutionId), page);
    }

    /** The institution accepts a request (OPEN → IN_PROGRESS). */
    ServiceRequest accept(Caller caller, long institutionId, long requestId) {
        return move(caller, institutionId, requestId, OPEN, IN_PROGRESS, null);
    }

    /** The institution completes a request with its outcome; the ledger record is completed with it. */
    ServiceRequest complete(Caller caller, long institutionId, long requestId, RequestBody body) {
        Problems.Errors errors = new Problems.Errors();
        String outcome = errors.text("outcome", body == null ? null : body.outcome(), true, 2000);
        errors.check();
        return move(caller, institutionId, requestId, IN_PROGRESS, COMPLETED, outcome);
    }

    private ServiceRequest move(Caller caller, long institutionId, long requestId, String from, String to,
                                String outcome) {
        Instant now = registry.now();
        db.inTransaction(c -> {
            InstitutionStore.Row inst = registry.row(c, institutionId);
            Access.itself(caller, institutionId, inst.region(), inst.status());
            ServiceRequest r = find(c, requestId);
            if (r.institutionId() != institutionId) {
                throw Problems.notFound("服务申请", requestId);
            }
            if (!r.status().equals(from)) {
                throw Problems.conflict("服务申请 " + requestId + " 当前为 " + r.status() + "，不能改为 " + to,
                        "Request " + requestId + " is " + r.status() + "; it cannot become " + to);
            }
            int n = COMPLETED.equals(to)
                    ? Sql.update(c, "UPDATE institutions_request SET status = ?, outcome = ?, completed_at = ?"
                    + " WHERE id = ? AND status = ?", List.of(to, outcome, now, requestId, from))
                    : Sql.update(c, "UPDATE institutions_request SET status = ?, accepted_at = ? WHERE id = ? AND status = ?",
                    List.of(to, now, requestId, from));
            if (n != 1) {
                throw Problems.conflict("服务申请 " + requestId + " 刚被修改，请重试", "Request " + requestId + " changed meanwhile");
            }
            if (COMPLETED.equals(to) && r.ledgerRecordId() != null) {
                ledger.complete(caller, r.ledgerRecordId(), outcome);
            }
            return null;
        });
        registry.audit().record(Access.actor(caller), COMPLETED.equals(to) ? "complete" : "accept",
                "institution-request", requestId, List.of("status"));
        return get(requestId);
    }

    private ServiceRequest get(long id) {
        return db.withConnection(c -> find(c, id));
    }

    private static ServiceRequest find(Connection c, long id) throws SQLException {
        List<ServiceRequest> found = query(c, " WHERE r.id = ?", List.of(id), 0, 1);
        if (found.isEmpty()) {
            throw Problems.notFound("服务申请", id);
        }
        return found.get(0);
    }

    private Page<ServiceRequest> page(String where, List<?> args, PageRequest page) {
        return db.withConnection(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM institutions_request r" + where)) {
                Sql.bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            return Page.of(query(c, where, args, page.offset(), page.size()), total, page);
        });
    }

    private static List<ServiceRequest> query(Connection c, String where, List<?> args, long offset, int size)
            throws SQLException {
        List<ServiceRequest> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.*, (SELECT p.name FROM institutions_profile p"
                + " JOIN institutions_institution i ON p.id = i.current_rev WHERE i.id = r.institution_id)"
                + " AS institution_name FROM institutions_request r" + where + " ORDER BY r.id DESC OFFSET " + offset
                + " ROWS FETCH NEXT " + size + " ROWS ONLY")) {
            Sql.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ServiceRequest(rs.getLong("id"), rs.getLong("institution_id"),
                            rs.getString("institution_name"), rs.getLong("product_id"), rs.getString("product_name"),
                            rs.getString("category"), rs.getString("uscc"), rs.getString("region").strip(),
                            rs.getString("note"), rs.getString("status"), rs.getString("outcome"),
                            rs.getString("ledger_record_id"), Sql.instant(rs, "requested_at"),
                            Sql.instant(rs, "accepted_at"), Sql.instant(rs, "completed_at")));
                }
            }
        }
        return out;
    }
}
