package org.yiwang.kernel.ledger.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.audit.AuditLog;
import org.yiwang.kernel.api.ledger.FollowUp;
import org.yiwang.kernel.api.ledger.KpiQuery;
import org.yiwang.kernel.api.ledger.Kpis;
import org.yiwang.kernel.api.ledger.Ledger;
import org.yiwang.kernel.api.ledger.NewServiceRecord;
import org.yiwang.kernel.api.ledger.Rating;
import org.yiwang.kernel.api.ledger.RecordQuery;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.ledger.internal.RecordStore.Visit;

/**
 * The service ledger: validated, audited writes of records, follow-ups and ratings, each in one
 * transaction together with the KPI aggregate rows it changes; scoped reads and KPIs. Owns the
 * {@code ledger} schema (migrated on activation).
 */
@Component(service = {LedgerService.class, Ledger.class})
public final class LedgerService implements Ledger {

    static final String MODULE_ID = "ledger";
    private static final Logger LOG = LoggerFactory.getLogger(LedgerService.class);

    private final Database db;
    private final Clock clock;
    private final LedgerAudit audit;
    private final LedgerSearch search;
    /** Serialises writes of one enterprise's records, which share reach rows (striped by USCC). */
    private final ReentrantLock[] enterpriseLocks = new ReentrantLock[64];

    @Activate
    public LedgerService(@Reference Database db, @Reference AuditLog auditLog) {
        this(db, auditLog, Clock.systemUTC());
    }

    LedgerService(Database db, AuditLog auditLog, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.audit = new LedgerAudit(auditLog, clock);
        this.search = new LedgerSearch(db);
        for (int i = 0; i < enterpriseLocks.length; i++) {
            enterpriseLocks[i] = new ReentrantLock();
        }
        db.migrate(MODULE_ID, LedgerService.class);
        boolean rebuild = db.withConnection(c -> {
            try (java.sql.Statement s = c.createStatement();
                 java.sql.ResultSet rs = s.executeQuery("SELECT 1 FROM LEDGER_PENDING_TASK WHERE TASK = 'rebuild-kpis'")) {
                return rs.next();
            }
        });
        if (rebuild) { // a migration asked for it (new aggregate columns to fill)
            long t0 = System.nanoTime();
            rebuildKpis();
            LOG.info("KPI aggregate rows rebuilt in {} ms", (System.nanoTime() - t0) / 1_000_000);
        }
    }

    @Override
    public ServiceRecord record(Caller actor, NewServiceRecord input) {
        ServiceRecord r = RecordValidator.validate(input, now());
        if (r.sourceRef() != null) {
            Optional<ServiceRecord> existing = findBySource(r.module(), r.sourceRef());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        ReentrantLock lock = enterpriseLocks[Math.floorMod(r.uscc().hashCode(), enterpriseLocks.length)];
        lock.lock();
        try {
            db.inTransaction(c -> {
                RecordStore.insert(c, r, actor == null ? null : actor.username());
                Visit v = new Visit(r.id(), r.uscc(), r.regionCode(), r.module(), r.requestedAt());
                List<Visit> others = new ArrayList<>(RecordStore.visits(c, r.uscc()));
                others.removeIf(o -> o.id().equals(r.id()));
                KpiRows.reach(c, v, others);
                KpiRows.apply(c, null, r);
                return null;
            });
        } catch (RuntimeException e) {
            if (r.sourceRef() != null && duplicate(e)) { // recorded meanwhile by a concurrent call
                return findBySource(r.module(), r.sourceRef()).orElseThrow(() -> e);
            }
            throw e;
        } finally {
            lock.unlock();
        }
        audit.record(actor, "create", r.id(), givenFields(input));
        LOG.debug("Service record {} created by module {}", r.id(), r.module());
        return r;
    }

    @Override
    public ServiceRecord complete(Caller actor, String id, String outcome) {
        List<FieldError> errors = new ArrayList<>();
        String text = Checks.text(errors, "outcome", outcome, true, 2000);
        Checks.throwIfAny(errors);
        Instant now = now();
        ServiceRecord done = db.inTransaction(c -> {
            ServiceRecord before = RecordStore.find(c, id).orElseThrow(() -> Access.notFound(id));
            if (before.status() == ServiceRecord.Status.COMPLETED) {
                throw alreadyCompleted(id);
            }
            Instant at = now.isBefore(before.requestedAt()) ? before.requestedAt() : now;
            ServiceRecord after = new ServiceRecord(before.id(), before.uscc(), before.regionCode(), before.module(),
                    before.category(), before.channel(), before.provider(), before.title(), before.sourceRef(),
                    before.requestedAt(), before.respondedAt() == null ? at : before.respondedAt(), at,
                    ServiceRecord.Status.COMPLETED, text, before.followUps(), before.rating(), before.createdAt());
            if (!RecordStore.complete(c, after)) {
                throw alreadyCompleted(id);
            }
            KpiRows.apply(c, before, after);
            return after;
        });
        audit.record(actor, "complete", id, List.of("status", "completedAt", "outcome"));
        return done;
    }

    @Override
    public FollowUp followUp(Caller actor, String id, String channel, String notes) {
        ServiceRecord r = Access.staffOf(actor, get(id));
        List<FieldError> errors = new ArrayList<>();
        String ch = Checks.channel(errors, "channel", channel);
        String text = Checks.text(errors, "notes", notes, true, 2000);
        Checks.throwIfAny(errors);
        FollowUp f = new FollowUp(UUID.randomUUID().toString(), r.id(), now(), actor.username(), ch, text);
        db.inTransaction(c -> {
            ServiceRecord before = RecordStore.find(c, id).orElseThrow(() -> Access.notFound(id));
            RecordStore.addFollowUp(c, f);
            KpiRows.apply(c, before, RecordStore.find(c, id).orElseThrow());
            return null;
        });
        audit.record(actor, "follow-up", id, List.of("followUps"));
        return f;
    }

    @Override
    public ServiceRecord rate(Caller actor, String id, int score, String comment) {
        ServiceRecord r = Access.visible(actor, get(id));
        if (actor.kind() == AccountKind.INSTITUTION) {
            throw Access.forbidden("机构不能代为评价", "Institutions cannot rate services");
        }
        List<FieldError> errors = new ArrayList<>();
        if (score < 1 || score > 5) {
            errors.add(Checks.error("score", "range", "score 应为 1 到 5", "score must be between 1 and 5"));
        }
        String text = Checks.text(errors, "comment", comment, false, 1000);
        Checks.throwIfAny(errors);
        Rating rating = new Rating(score, text, now(), actor.username(), Access.isStaff(actor));
        ServiceRecord rated = db.inTransaction(c -> {
            ServiceRecord before = RecordStore.find(c, r.id()).orElseThrow(() -> Access.notFound(id));
            if (before.status() != ServiceRecord.Status.COMPLETED) {
                throw ProblemException.conflict("服务尚未完成，完成后才能评价", "The service is not completed yet; rate it once it is");
            }
            if (before.rating() != null || !RecordStore.rate(c, r.id(), rating)) {
                throw ProblemException.conflict("这条服务记录已经评价过", "This service record has already been rated");
            }
            ServiceRecord after = RecordStore.find(c, r.id()).orElseThrow();
            KpiRows.apply(c, before, after);
            return after;
        });
        audit.record(actor, "rate", id, List.of("rating"));
        return rated;
    }

    @Override
    public Optional<ServiceRecord> find(Caller caller, String id) {
        return db.withConnection(c -> RecordStore.find(c, id)).filter(r -> Access.sees(caller, r));
    }

    /** The record with no access check (the resources check), or 404. */
    ServiceRecord get(String id) {
        if (id == null || id.length() > 36) {
            throw Access.notFound(String.valueOf(id));
        }
        return db.withConnection(c -> RecordStore.find(c, id)).orElseThrow(() -> Access.notFound(id));
    }

    @Override
    public List<FollowUp> followUps(Caller caller, String id) {
        ServiceRecord r = Access.visible(caller, get(id));
        return db.withConnection(c -> RecordStore.followUps(c, r.id()));
    }

    @Override
    public Optional<ServiceRecord> findBySource(String sourceModule, String sourceRef) {
        if (sourceModule == null || sourceRef == null) {
            return Optional.empty();
        }
        return db.withConnection(c -> RecordStore.findBySource(c, sourceModule.strip(), sourceRef.strip()));
    }

    @Override
    public Page<ServiceRecord> search(Caller caller, RecordQuery query, PageRequest page) {
        return search.page(search.filter(caller, query), page);
    }

    /** Every record the caller may see that matches, in id order, in chunks (export). */
    public void scan(Caller caller, RecordQuery query, Consumer<List<ServiceRecord>> sink) {
        search.scan(search.filter(caller, query), 500, sink);
    }

    /** Validates and scopes a query before anything is streamed (400/403 come before the body). */
    Filter filter(Caller caller, RecordQuery query) {
        return search.filter(caller, query);
    }

    /** Streams a filter built by {@link #filter}. */
    void scan(Filter filter, Consumer<List<ServiceRecord>> sink) {
        search.scan(filter, 500, sink);
    }

    @Override
    public Kpis kpis(Caller caller, KpiQuery query) {
        KpiQuery q = KpiScope.resolve(caller, query == null ? new KpiQuery(null, null, null, null, null) : query);
        KpiQueries.Figures f = db.withConnection(c -> KpiQueries.figures(c, Scopes.prefix(q.region()), q.module(),
                q.provider(), q.from(), q.to()));
        return KpiScope.kpis(q, f);
    }

    /** Recomputes every aggregate row from the records (operators; benchmarks after bulk loading). */
    public void rebuildKpis() {
        db.inTransaction(c -> {
            KpiRebuild.run(c);
            return null;
        });
    }

    Database database() {
        return db;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static ProblemException alreadyCompleted(String id) {
        return ProblemException.conflict("服务记录 " + id + " 已经完成", "Service record " + id + " is already completed");
    }

    private static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> givenFields(NewServiceRecord in) {
        List<String> f = new ArrayList<>(List.of("uscc", "regionCode", "module", "category", "channel", "provider",
                "title", "requestedAt"));
        if (in.sourceRef() != null) {
            f.add("sourceRef");
        }
        if (in.respondedAt() != null) {
            f.add("respondedAt");
        }
        if (in.completedAt() != null) {
            f.addAll(List.of("completedAt", "outcome"));
        }
        return f;
    }
}
