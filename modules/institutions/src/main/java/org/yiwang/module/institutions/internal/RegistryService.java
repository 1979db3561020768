package org.yiwang.module.institutions.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.audit.AuditLog;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.api.security.InstitutionAccounts;
import org.yiwang.kernel.standards.service.ServiceCategory;

/**
 * The registry: applications (入库申请) with their pending accounts, reads scoped to the caller,
 * the directory, admission review, and profile changes with staff approval. Each write runs in
 * one transaction (a refused request changes nothing), then is audited and announced.
 */
@Component(service = RegistryService.class)
public final class RegistryService {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryService.class);

    private final Database db;
    private final InstitutionAccounts accounts;
    private final InstitutionEvents events;
    private final Audit audit;
    private final Clock clock;
    private final InstitutionStore store = new InstitutionStore();
    private final ProfileStore profiles = new ProfileStore();
    private final Lifecycle lifecycle;

    @Activate
    public RegistryService(@Reference InstitutionsSchema schema, @Reference InstitutionAccounts accounts,
                           @Reference AuditLog auditLog, @Reference InstitutionEvents events) {
        this(schema, accounts, auditLog, events, Clock.systemUTC());
    }

    RegistryService(InstitutionsSchema schema, InstitutionAccounts accounts, AuditLog auditLog,
                    InstitutionEvents events, Clock clock) {
        this.db = schema.db();
        this.accounts = accounts;
        this.events = events;
        this.audit = new Audit(auditLog, clock);
        this.clock = clock;
        this.lifecycle = new Lifecycle(store, accounts);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    Database db() {
        return db;
    }

    InstitutionStore store() {
        return store;
    }

    Lifecycle lifecycle() {
        return lifecycle;
    }

    Audit audit() {
        return audit;
    }

    /**
     * The public application: the institution in APPLIED and its pending account, in one transaction.
     * A taken USCC or username is a 409, invalid fields a 400 naming them; either way nothing is written.
     */
    Institution apply(Caller caller, ProfileRequest body) {
        ProfileValidator.Application a = ProfileValidator.application(body);
        Instant now = now();
        String by = caller.username() == null ? "applicant:" + a.account().username() : Access.actor(caller);
        long id;
        try {
            id = db.inTransaction(c -> {
                Optional<Long> known = store.idOf(c, a.uscc());
                if (known.isPresent()) {
                    return reapply(c, store.find(c, known.get()).orElseThrow(), a, now, by);
                }
                long newId = store.insert(c, a.uscc(), a.region(), now, by);
                long rev = profiles.insert(c, newId, a.profile(), ProfileStore.CURRENT, now, by);
                store.history(c, newId, Transition.APPLY.name(), null, Status.APPLIED, now, by, null);
                String account;
                try {
                    account = accounts.createPending(a.account().username(), a.account().password(),
                            a.profile().name(), String.valueOf(newId), a.region());
                } catch (ProblemException e) {
                    throw prefixed(e);
                }
                store.update(c, newId, Status.APPLIED, Map.of("current_rev", rev, "account_id", account));
                return newId;
            });
        } catch (RuntimeException e) {
            if (Sql.duplicate(e)) {
                throw duplicateUscc(a.uscc());
            }
            throw e;
        }
        Institution i = load(id, true);
        audit.record(by, "apply", "institution", id, List.of("uscc", "region", "profile", "contacts", "account"));
        events.post(Transition.APPLY.event(), i);
        LOG.info("Institution {} applied ({}, region {})", id, a.uscc(), a.region());
        return i;
    }

    /**
     * A second application of a rejected or removed institution (409 while it is applied or listed):
     * the new profile becomes current, a new pending account is bound to it, the history goes on.
     */
    private long reapply(Connection c, InstitutionStore.Row row, ProfileValidator.Application a, Instant now, String by)
            throws SQLException {
        if (!Transition.REAPPLY.allowedFrom(row.status())) {
            throw duplicateUscc(a.uscc());
        }
        long rev = profiles.insert(c, row.id(), a.profile(), ProfileStore.CURRENT, now, by);
        if (row.currentRev() != null) {
            profiles.state(c, row.currentRev(), ProfileStore.SUPERSEDED, now, by, "a new application");
        }
        if (row.pendingRev() != null) {
            profiles.state(c, row.pendingRev(), ProfileStore.SUPERSEDED, now, by, "a new application");
        }
        String account;
        try {
            account = accounts.createPending(a.account().username(), a.account().password(), a.profile().name(),
                    String.valueOf(row.id()), a.region());
        } catch (ProblemException e) {
            throw prefixed(e);
        }
        Map<String, Object> sets = new LinkedHashMap<>();
        sets.put("current_rev", rev);
        sets.put("pending_rev", Sql.Null.BIGINT);
        sets.put("account_id", account);
        sets.put("region", a.region());
        sets.put("applied_at", now);
        lifecycle.move(c, row, Transition.REAPPLY, now, by, null, sets);
        return row.id();
    }

    /** An institution the caller may see: the public version, or the full one for itself and its region's staff. */
    Institution get(Caller caller, long id) {
        Institution i = load(id, true);
        Access.visible(caller, id, i.region(), i.status());
        return Access.privileged(caller, id, i.region()) ? i : i.forPublic();
    }

    /** The institution of an institution account. */
    Institution mine(Caller caller) {
        Access.loggedIn(caller);
        if (caller.institutionId() == null || !caller.institutionId().matches("\\d{1,18}")) {
            throw Problems.forbidden("只有服务机构账号有自己的机构", "Only institution accounts have an institution");
        }
        return get(caller, Long.parseLong(caller.institutionId()));
    }

    /** The entry and exit history; the public sees it for listed institutions, without staff names. */
    List<HistoryEntry> history(Caller caller, long id) {
        Institution i = get(caller, id);
        List<HistoryEntry> all = db.withConnection(c -> store.history(c, id));
        if (Access.privileged(caller, id, i.region())) {
            return all;
        }
        return all.stream().map(h -> new HistoryEntry(h.id(), h.action(), h.from(), h.to(), h.at(), null,
                h.action().equals("REJECT") ? null : h.reason())).toList();
    }

    /** The public directory: listed institutions only; {@code region} = serves that region or an ancestor of it. */
    Page<Listing> directory(String q, String category, String region, String type, PageRequest page) {
        InstitutionStore.Filter f = filter(List.copyOf(Status.LISTED), null, q, category, region, type);
        return db.withConnection(c -> store.search(c, f, page));
    }

    /** The staff view: every status, institutions registered in the caller's region subtree. */
    Page<Listing> registry(Caller caller, String status, String q, String category, String region, String type,
                           PageRequest page) {
        Access.loggedIn(caller);
        if (!Access.staff(caller, InstitutionsModule.READ) && !Access.staff(caller, InstitutionsModule.REVIEW)
                && !Access.staff(caller, InstitutionsModule.EVALUATE)) {
            throw Problems.forbidden("只有工作人员可以查看机构库", "Only staff see the registry");
        }
        Problems.Errors errors = new Problems.Errors();
        List<Status> statuses = new ArrayList<>();
        if (status != null && !status.isBlank()) {
            for (String s : status.split(",")) {
                try {
                    statuses.add(Status.valueOf(s.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    errors.add("status", "enum", "未知的状态：" + s.strip(), "Unknown status " + s.strip());
                }
            }
        }
        errors.check();
        InstitutionStore.Filter f = filter(statuses, Access.scope(caller), q, category, region, type);
        return db.withConnection(c -> store.search(c, f, page));
    }

    private static InstitutionStore.Filter filter(List<Status> statuses, String scope, String q, String category,
                                                  String region, String type) {
        Problems.Errors errors = new Problems.Errors();
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 100) {
            errors.add("q", "max-length", "搜索词最多 100 个字符", "q must be at most 100 characters");
        }
        String cat = category == null || category.isBlank() ? null : category.strip();
        if (cat != null && ServiceCategory.byCode(cat).isEmpty()) {
            errors.add("category", "known", "未知的服务类别：" + cat, "Unknown service category " + cat);
        }
        List<String> served = null;
        if (region != null && !region.isBlank()) {
            if (!Regions.isCurrent(region.strip())) {
                errors.add("region", "known", "不是现行行政区划代码：" + region, "Not a current region code: " + region);
            } else {
                served = Regions.selfAndAncestors(region.strip());
            }
        }
        String kind = null;
        if (type != null && !type.isBlank()) {
            try {
                kind = InstitutionType.valueOf(type.strip().toUpperCase(Locale.ROOT)).name();
            } catch (IllegalArgumentException e) {
                errors.add("type", "enum", "未知的机构类型：" + type, "Unknown institution type " + type);
            }
        }
        errors.check();
        return new InstitutionStore.Filter(statuses, scope, text, cat, served, kind);
    }

    /** Staff review of an application: admit (listed, accounts activated) or reject (reason required). */
    Institution review(Caller caller, long id, Transition t, ReasonRequest body) {
        if (t != Transition.ADMIT && t != Transition.REJECT) {
            throw new IllegalArgumentException(t.name());
        }
        Problems.Errors errors = new Problems.Errors();
        String reason = errors.text("reason", body == null ? null : body.reason(), t == Transition.REJECT, 1000);
        Instant now = now();
        db.inTransaction(c -> {
            InstitutionStore.Row row = row(c, id);
            Access.staff(caller, InstitutionsModule.REVIEW, id, row.region(), row.status());
            errors.check();
            lifecycle.move(c, row, t, now, Access.actor(caller), reason, Map.of());
            return null;
        });
        Institution i = load(id, true);
        audit.record(Access.actor(caller), t.path(), "institution", id, List.of("status", "statusReason"));
        events.post(t.event(), i);
        LOG.info("Institution {}: {} by {}", id, t, Access.actor(caller));
        return i;
    }

    /**
     * A profile change. Before admission, and by reviewing staff, it applies at once; the institution's
     * own change to a listed profile waits for approval (replacing an earlier waiting change), and the
     * public keeps seeing the approved version.
     */
    Institution change(Caller caller, long id, ProfileRequest body) {
        Instant now = now();
        boolean pending = db.inTransaction(c -> {
            InstitutionStore.Row row = row(c, id);
            Access.manages(caller, id, row.region(), row.status());
            if (row.status() == Status.REJECTED || row.status() == Status.REMOVED) {
                throw Problems.conflict("服务机构 " + id + " 已" + row.status().nameZh() + "，不能修改",
                        "Institution " + id + " is " + row.status() + " and cannot be changed");
            }
            Profile p = ProfileValidator.change(body);
            boolean needsApproval = row.status().listed() && Access.own(caller, id);
            String by = Access.actor(caller);
            long rev = profiles.insert(c, id, p, needsApproval ? ProfileStore.PENDING : ProfileStore.CURRENT, now, by);
            if (row.pendingRev() != null) {
                profiles.state(c, row.pendingRev(), ProfileStore.SUPERSEDED, now, by, "replaced by a newer change");
            }
            if (needsApproval) {
                store.update(c, id, row.status(), Map.of("pending_rev", rev));
            } else {
                profiles.state(c, row.currentRev(), ProfileStore.SUPERSEDED, now, by, null);
                store.update(c, id, row.status(), Map.of("current_rev", rev, "pending_rev", Sql.Null.BIGINT));
                store.history(c, id, "PROFILE_CHANGED", row.status(), row.status(), now, by, null);
            }
            return needsApproval;
        });
        audit.record(Access.actor(caller), pending ? "submit-change" : "update", "institution", id,
                List.of("profile"));
        return get(caller, id);
    }

    /** Staff approve (the waiting profile becomes the public one) or reject (with a reason) a profile change. */
    Institution decideChange(Caller caller, long id, boolean approve, ReasonRequest body) {
        Problems.Errors errors = new Problems.Errors();
        String reason = errors.text("reason", body == null ? null : body.reason(), !approve, 1000);
        Instant now = now();
        db.inTransaction(c -> {
            InstitutionStore.Row row = row(c, id);
            Access.staff(caller, InstitutionsModule.REVIEW, id, row.region(), row.status());
            errors.check();
            if (row.pendingRev() == null) {
                throw Problems.conflict("服务机构 " + id + " 没有待审核的资料变更", "Institution " + id + " has no pending change");
            }
            String by = Access.actor(caller);
            Map<String, Object> sets = new LinkedHashMap<>();
            sets.put("pending_rev", Sql.Null.BIGINT);
            if (approve) {
                profiles.state(c, row.currentRev(), ProfileStore.SUPERSEDED, now, by, null);
                profiles.state(c, row.pendingRev(), ProfileStore.CURRENT, now, by, reason);
                sets.put("current_rev", row.pendingRev());
            } else {
                profiles.state(c, row.pendingRev(), ProfileStore.REJECTED, now, by, reason);
            }
            if (!store.update(c, id, row.status(), sets)) {
                throw Problems.conflict("服务机构 " + id + " 刚被他人修改，请重试", "Institution " + id + " changed meanwhile; retry");
            }
            store.history(c, id, approve ? "PROFILE_APPROVED" : "PROFILE_REJECTED", row.status(), row.status(), now, by,
                    reason);
            return null;
        });
        audit.record(Access.actor(caller), approve ? "approve-change" : "reject-change", "institution", id,
                List.of("profile"));
        return load(id, true);
    }

    /** Institutions of the caller's region (or its own) with a profile change waiting. */
    List<Institution> pendingProfiles(Caller caller) {
        if (!Access.staff(caller, InstitutionsModule.REVIEW)) {
            return List.of();
        }
        return db.withConnection(c -> store.withPendingProfile(c, Access.scope(caller))).stream()
                .map(id -> load(id, true)).toList();
    }

    InstitutionStore.Row row(Connection c, long id) throws SQLException {
        return store.find(c, id).orElseThrow(() -> Problems.institutionNotFound(id));
    }

    /** The institution with its approved profile and, if {@code withPending}, its waiting change. */
    Institution load(long id, boolean withPending) {
        return db.withConnection(c -> institution(c, row(c, id), withPending));
    }

    Institution institution(Connection c, InstitutionStore.Row r, boolean withPending) throws SQLException {
        Profile current = r.currentRev() == null ? null : profiles.find(c, r.currentRev()).orElse(null);
        Profile pending = withPending && r.pendingRev() != null ? profiles.find(c, r.pendingRev()).orElse(null) : null;
        return new Institution(r.id(), r.uscc(), r.region(), r.status(), r.statusReason(), r.noticeAt(),
                r.appealDeadline(), r.appealText(), r.appealedAt(), r.appliedAt(), r.admittedAt(), r.removedAt(),
                current, pending);
    }


    private static ProblemException duplicateUscc(String uscc) {
        return Problems.conflict("统一社会信用代码 " + uscc + " 的机构已在库中或已申请",
                "An institution with USCC " + uscc + " has already applied");
    }

    /** The account service's field errors, renamed to the fields of the application ({@code account.username}). */
    private static ProblemException prefixed(ProblemException e) {
        if (e.errors().isEmpty()) {
            return e;
        }
        List<org.yiwang.kernel.api.problem.FieldError> renamed = e.errors().stream()
                .map(f -> new org.yiwang.kernel.api.problem.FieldError(
                        f.field().startsWith("account.") ? f.field() : "account." + f.field(), f.rule(), f.message()))
                .toList();
        return new ProblemException(e.type(), e.detail(), renamed);
    }
}
