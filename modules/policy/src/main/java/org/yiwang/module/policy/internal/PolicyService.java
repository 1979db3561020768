package org.yiwang.module.policy.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.api.security.RegionScope;
import org.yiwang.kernel.standards.region.RegionRegistry;

/**
 * Policies: create and edit (a new version with a change note once published), the lifecycle
 * ({@link Action}), expiry, interpretations, reads scoped to the caller. Each write runs in one
 * transaction (a refused request changes nothing); after it commits the search index and the
 * in-memory matcher follow, the write is audited, announced, and a publication notifies enterprises.
 */
@Component(service = PolicyService.class)
public final class PolicyService {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyService.class);

    private final Database db;
    private final PolicySearch search;
    private final PolicyEvents events;
    private final Notifier notifier;
    private final Audit audit;
    private final Clock clock;
    private final PolicyStore store = new PolicyStore();
    private final InterpretationStore interpretations = new InterpretationStore();
    private final PolicyValidator validator = new PolicyValidator(RegionRegistry.bundled());
    private final PublishedPolicies published = new PublishedPolicies();

    @Activate
    public PolicyService(@Reference PolicySchema schema, @Reference PolicySearch search, @Reference AuditLog auditLog,
                         @Reference PolicyEvents events, @Reference Notifier notifier) {
        this(schema.db(), search, auditLog, events, notifier, Clock.systemUTC());
    }

    PolicyService(Database db, PolicySearch search, AuditLog auditLog, PolicyEvents events, Notifier notifier,
                  Clock clock) {
        this.db = db;
        this.search = search;
        this.events = events;
        this.notifier = notifier;
        this.audit = new Audit(auditLog, clock);
        this.clock = clock;
        LocalDate today = today();
        db.withConnection(c -> {
            store.published(c, today, published::put);
            return null;
        });
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    LocalDate today() {
        return Days.today(clock);
    }

    PublishedPolicies published() {
        return published;
    }

    PolicyValidator validator() {
        return validator;
    }

    Policy create(Caller caller, PolicyInput body) {
        Access.require(caller, PolicyModule.EDIT);
        Content c = validator.check(body);
        requireCovers(caller, c.regionCode());
        Instant now = now();
        long id = db.inTransaction(conn -> {
            long newId = store.insert(conn, c, now, Access.actor(caller));
            store.history(conn, newId, "CREATE", null, Status.DRAFT, 1, now, Access.actor(caller), null);
            return newId;
        });
        Policy p = load(id);
        audit.record(Access.actor(caller), "create", "policy", id, List.of("title", "level", "regionCode", "criteria"));
        events.post("CREATED", p);
        LOG.info("Policy {} created in {} by {}", id, c.regionCode(), Access.actor(caller));
        return p;
    }

    /** Drafts change in place; a published policy gets a new version with its change note. */
    Policy update(Caller caller, long id, PolicyInput body) {
        Access.require(caller, PolicyModule.EDIT);
        Content c = validator.check(body);
        Instant now = now();
        Policy before = db.inTransaction(conn -> {
            Policy p = Access.manages(caller, find(conn, id), PolicyModule.EDIT);
            requireCovers(caller, c.regionCode());
            String actor = Access.actor(caller);
            if (p.status() == Status.DRAFT) {
                if (!store.update(conn, id, Status.DRAFT, p.version(), p.version(), c, now, actor)) {
                    throw Problems.illegal(id, p.status(), "edit");
                }
                store.history(conn, id, "EDIT", Status.DRAFT, Status.DRAFT, p.version(), now, actor, null);
            } else if (p.status() == Status.PUBLISHED) {
                Problems.Errors e = new Problems.Errors();
                String note = e.text("changeNote", body.changeNote(), true, 1000);
                e.check();
                int next = p.version() + 1;
                if (!store.update(conn, id, Status.PUBLISHED, p.version(), next, c, now, actor)) {
                    throw Problems.illegal(id, p.status(), "edit");
                }
                store.version(conn, id, next, note, c, now, actor);
                store.history(conn, id, "EDIT", Status.PUBLISHED, Status.PUBLISHED, next, now, actor, note);
            } else {
                throw Problems.illegal(id, p.status(), "edit");
            }
            return p;
        });
        Policy after = load(id);
        if (after.status() == Status.PUBLISHED) {
            follow(after);
        }
        audit.record(Access.actor(caller), "update", "policy", id, changed(before.content(), after.content()));
        events.post("UPDATED", after);
        return after;
    }

    /** Takes a lifecycle action: 401/403/404 on access, 409 when the state does not allow it. */
    Policy act(Caller caller, long id, Action action, String rawNote) {
        Problems.Errors e = new Problems.Errors();
        String note = e.text("note", rawNote, false, 1000);
        e.check();
        Instant now = now();
        Policy before = db.inTransaction(conn -> {
            Policy p = Access.manages(caller, find(conn, id), action.permission());
            if (!action.allowedFrom(p.status())) {
                throw Problems.illegal(id, p.status(), action.path());
            }
            if (action == Action.PUBLISH && p.expiresOn() != null && p.expiresOn().isBefore(today())) {
                throw ProblemException.conflict("政策 " + id + " 已于 " + p.expiresOn() + " 失效，不能发布",
                        "Policy " + id + " expired on " + p.expiresOn() + " and cannot be published");
            }
            Map<String, Object> sets = new LinkedHashMap<>();
            if (action == Action.PUBLISH) {
                sets.put("published_at", now);
                if (store.versions(conn, id).stream().noneMatch(v -> v.version() == p.version())) {
                    store.version(conn, id, p.version(), note == null ? "发布" : note, p.content(), now,
                            Access.actor(caller));
                }
            } else if (action == Action.WITHDRAW) {
                sets.put("ended_at", now);
            }
            if (!store.move(conn, id, p.status(), action.to(), sets)) {
                throw Problems.illegal(id, p.status(), action.path());
            }
            store.history(conn, id, action.name(), p.status(), action.to(), p.version(), now, Access.actor(caller), note);
            return p;
        });
        Policy after = load(id);
        if (action == Action.PUBLISH) {
            follow(after);
            notifier.published(after);
        } else if (before.status() == Status.PUBLISHED) {
            unfollow(id);
        }
        audit.record(Access.actor(caller), action.path(), "policy", id, List.of("status"));
        events.post(action.event(), after);
        LOG.info("Policy {}: {} {} → {} by {}", id, action, before.status(), action.to(), Access.actor(caller));
        return after;
    }

    /** Published policies whose expiry date has passed become EXPIRED (run by the job; tests call it). */
    int expire() {
        LocalDate today = today();
        List<Long> ids = db.withConnection(conn -> store.expiredBy(conn, today));
        int n = 0;
        for (long id : ids) {
            Instant now = now();
            boolean moved = db.inTransaction(conn -> {
                Policy p = find(conn, id);
                if (!store.move(conn, id, Status.PUBLISHED, Status.EXPIRED, Map.of("ended_at", now))) {
                    return false;
                }
                store.history(conn, id, Action.EXPIRE.name(), Status.PUBLISHED, Status.EXPIRED, p.version(), now, "system",
                        "expiresOn " + p.expiresOn());
                return true;
            });
            if (moved) {
                n++;
                unfollow(id);
                audit.record("system", "expire", "policy", id, List.of("status"));
                events.post(Action.EXPIRE.event(), load(id));
            }
        }
        return n;
    }

    /** A policy with its interpretations and attachments, if the caller may see it (404 otherwise). */
    Policy get(Caller caller, long id) {
        Policy p = Access.visible(caller, load(id));
        return db.withConnection(conn -> p.with(interpretations.list(conn, id), AttachmentService.TABLE.list(conn, id).stream().map(Attachment::of).toList()));
    }

    /** Staff's list of their region's policies in any state. */
    Page<Policy> manage(Caller caller, String status, String region, String q, PageRequest page) {
        Access.require(caller, PolicyModule.READ);
        Problems.Errors e = new Problems.Errors();
        List<Status> statuses = new ArrayList<>();
        if (status != null && !status.isBlank()) {
            for (String s : status.split(",")) {
                try {
                    statuses.add(Status.valueOf(s.strip()));
                } catch (IllegalArgumentException x) {
                    e.add("status", "enum", "未知的状态：" + s.strip(), "Unknown status " + s.strip());
                }
            }
        }
        String r = region == null || region.isBlank() ? null : region.strip();
        if (r != null && !r.matches("\\d{6}")) {
            e.add("region", "pattern", "行政区划代码须为 6 位数字", "region must be a 6-digit code");
        }
        String words = e.text("q", q, false, 100);
        e.check();
        if (r != null && !caller.covers(r)) {
            throw Problems.forbidden("行政区划 " + r + " 不在您的管辖范围内", "Region " + r + " is outside your region");
        }
        String prefix = r != null ? RegionScope.prefix(r)
                : caller.kind() == AccountKind.ADMIN ? null : RegionScope.prefix(caller.regionCode());
        Set<Status> wanted = statuses.isEmpty() ? EnumSet.noneOf(Status.class) : EnumSet.copyOf(statuses);
        boolean expiredAsked = wanted.contains(Status.EXPIRED);
        if (expiredAsked) {
            wanted.add(Status.PUBLISHED); // published past expiry read as EXPIRED; filtered below
        }
        LocalDate today = today();
        Page<Policy> raw = db.withConnection(conn -> store.search(conn, List.copyOf(wanted), prefix, words, page, today));
        if (statuses.isEmpty()) {
            return raw;
        }
        List<Policy> items = raw.items().stream().filter(p -> statuses.contains(p.status())).toList();
        return new Page<>(items, raw.total() - (raw.items().size() - items.size()), raw.page(), raw.size());
    }

    List<HistoryEntry> history(Caller caller, long id) {
        Access.manages(caller, load(id), PolicyModule.READ);
        return db.withConnection(conn -> store.history(conn, id));
    }

    /** The kept versions: public for a public policy, else for staff who may read it. */
    List<VersionEntry> versions(Caller caller, long id) {
        Access.visible(caller, load(id));
        return db.withConnection(conn -> store.versions(conn, id));
    }

    Interpretation interpret(Caller caller, long id, InterpretationInput body) {
        Access.require(caller, PolicyModule.EDIT);
        Problems.Errors e = new Problems.Errors();
        if (body == null) {
            e.add("body", "required", "缺少请求体", "A JSON body is required").check();
        }
        String title = e.text("title", body.title(), true, 200);
        String text = e.text("text", body.text(), true, 100_000);
        String author = e.text("author", body.author(), true, 100);
        List<Qa> qa = new ArrayList<>();
        List<Qa> raw = body.qa() == null ? List.of() : body.qa();
        if (raw.size() > 100) {
            e.add("qa", "max-items", "最多 100 个问答", "At most 100 questions");
        }
        for (int i = 0; i < raw.size(); i++) {
            Qa x = raw.get(i);
            String q = e.text("qa[" + i + "].q", x == null ? null : x.q(), true, 1000);
            String a = e.text("qa[" + i + "].a", x == null ? null : x.a(), true, 10_000);
            qa.add(new Qa(q, a));
        }
        LocalDate date = today();
        if (body.date() != null && !body.date().isBlank()) {
            try {
                date = LocalDate.parse(body.date().strip());
            } catch (java.time.format.DateTimeParseException x) {
                e.add("date", "date", "date 须为 YYYY-MM-DD", "date must be YYYY-MM-DD");
            }
        }
        e.check();
        LocalDate day = date;
        Instant now = now();
        long iid = db.inTransaction(conn -> {
            Policy p = Access.manages(caller, find(conn, id), PolicyModule.EDIT);
            if (p.status() == Status.WITHDRAWN || p.status() == Status.EXPIRED) {
                throw Problems.illegal(id, p.status(), "interpret");
            }
            return interpretations.insert(conn, id, title, text, qa, author, day, now, Access.actor(caller));
        });
        Policy p = load(id);
        if (p.status() == Status.PUBLISHED) {
            follow(p);
        }
        audit.record(Access.actor(caller), "interpret", "policy", id, List.of("interpretations"));
        return db.withConnection(conn -> interpretations.list(conn, id)).stream().filter(i -> i.id() == iid)
                .findFirst().orElseThrow();
    }

    void deleteInterpretation(Caller caller, long id, long iid) {
        db.inTransaction(conn -> {
            Access.manages(caller, find(conn, id), PolicyModule.EDIT);
            if (!interpretations.delete(conn, id, iid)) {
                throw ProblemException.notFound("政策 " + id + " 没有编号为 " + iid + " 的解读",
                        "Policy " + id + " has no interpretation " + iid);
            }
            return null;
        });
        Policy p = load(id);
        if (p.status() == Status.PUBLISHED) {
            follow(p);
        }
        audit.record(Access.actor(caller), "delete-interpretation", "policy", id, List.of("interpretations"));
    }

    /** Drafts from an import, in one transaction (all or nothing). */
    List<Long> importDrafts(Caller caller, List<Content> drafts, String source) {
        Instant now = now();
        List<Long> ids = db.inTransaction(conn -> {
            List<Long> out = new ArrayList<>();
            for (Content c : drafts) {
                long id = store.insert(conn, c, now, Access.actor(caller));
                store.history(conn, id, "IMPORT", null, Status.DRAFT, 1, now, Access.actor(caller), source);
                out.add(id);
            }
            return out;
        });
        audit.record(Access.actor(caller), "import", "policy", ids.size() + " drafts", List.of("policies"));
        return ids;
    }

    /** The policy, or 404. */
    Policy load(long id) {
        return db.withConnection(conn -> store.find(conn, id, today())).orElseThrow(() -> Problems.notFound(id));
    }

    private Policy find(java.sql.Connection conn, long id) throws java.sql.SQLException {
        return store.find(conn, id, today()).orElseThrow(() -> Problems.notFound(id));
    }

    /** The index and the matcher take the policy's current content. */
    private void follow(Policy p) {
        Policy full = db.withConnection(conn -> p.with(interpretations.list(conn, p.id()), List.of()));
        search.put(full);
        published.put(p);
    }

    private void unfollow(long id) {
        search.remove(id);
        published.remove(id);
    }

    private static void requireCovers(Caller caller, String region) {
        if (region != null && !caller.covers(region)) {
            throw Problems.forbidden("行政区划 " + region + " 不在您的管辖范围内（全国性政策由平台管理员录入）",
                    "Region " + region + " is outside your region (national policies are entered by administrators)");
        }
    }

    private static List<String> changed(Content a, Content b) {
        List<String> out = new ArrayList<>();
        String[] names = {"title", "issuingAuthority", "documentNumber", "level", "regionCode", "issuedOn",
            "effectiveFrom", "expiresOn", "body", "categories", "tags", "criteria"};
        Object[] x = {a.title(), a.issuingAuthority(), a.documentNumber(), a.level(), a.regionCode(), a.issuedOn(),
            a.effectiveFrom(), a.expiresOn(), a.body(), a.categories(), a.tags(), a.criteria()};
        Object[] y = {b.title(), b.issuingAuthority(), b.documentNumber(), b.level(), b.regionCode(), b.issuedOn(),
            b.effectiveFrom(), b.expiresOn(), b.body(), b.categories(), b.tags(), b.criteria()};
        for (int i = 0; i < names.length; i++) {
            if (!Objects.equals(x[i], y[i])) {
                out.add(names[i]);
            }
        }
        return out;
    }
}
