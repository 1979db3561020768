package org.yiwang.module.demands.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.audit.AuditLog;
import org.yiwang.kernel.api.ledger.Ledger;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.api.security.RegionScope;
import org.yiwang.kernel.standards.service.ServiceCategory;

/**
 * The demands themselves: submission with routing, lists and reads scoped to the caller, the
 * lifecycle ({@link Action}), transfers, rating, and the SLA sweep. Each write runs in one
 * transaction (a refused request changes nothing), then is audited and announced as an event.
 */
@Component(service = DemandService.class)
public final class DemandService {

    private static final Logger LOG = LoggerFactory.getLogger(DemandService.class);

    private final Database db;
    private final RoutingService routing;
    private final Ledger ledger;
    private final DemandEvents events;
    private final Audit audit;
    private final Clock clock;
    private final DemandStore store = new DemandStore();
    private final SubmissionValidator validator;
    private final Resolutions resolutions;

    @Activate
    public DemandService(@Reference DemandsSchema schema, @Reference RoutingService routing, @Reference Ledger ledger,
                         @Reference AuditLog auditLog, @Reference DemandEvents events) {
        this(schema, routing, ledger, auditLog, events, Clock.systemUTC());
    }

    DemandService(DemandsSchema schema, RoutingService routing, Ledger ledger, AuditLog auditLog, DemandEvents events,
                  Clock clock) {
        this.db = schema.db();
        this.routing = routing;
        this.ledger = ledger;
        this.events = events;
        this.audit = new Audit(auditLog, clock);
        this.clock = clock;
        this.validator = new SubmissionValidator(routing.regions());
        this.resolutions = new Resolutions(ledger);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Sla sla(Instant now) {
        return new Sla(now, routing.sla().reminderPercent());
    }

    Demand submit(Caller caller, NewDemand body) {
        Submission s = validator.check(caller, body);
        Instant now = now();
        SlaSettings settings = routing.sla();
        Window window = routing.route(s.region(), s.category());
        Instant due = now.plus(Duration.ofHours(settings.hoursFor(s.category())));
        long id = db.inTransaction(c -> {
            long newId = store.insert(c, s, window, now, due, Access.actor(caller));
            store.history(c, newId, "SUBMIT", null, Status.SUBMITTED, now, Access.actor(caller), null, null,
                    window.region(), null);
            return newId;
        });
        Demand d = load(id, now);
        audit.record(Access.actor(caller), "submit", "demand", id, List.of("uscc", "region", "category", "description"));
        events.post("SUBMITTED", d);
        LOG.info("Demand {} submitted for {} in {}, routed to {}", id, s.uscc(), s.region(), window.region());
        return d;
    }

    /** A demand the caller may see (404 otherwise). */
    Demand get(Caller caller, long id) {
        return Access.visible(caller, load(id, now()));
    }

    List<HistoryEntry> history(Caller caller, long id) {
        get(caller, id);
        return db.withConnection(c -> store.history(c, id));
    }

    Page<Demand> list(Caller caller, String status, String region, String overdue, String category, PageRequest page) {
        Access.user(caller);
        Problems.Errors errors = new Problems.Errors();
        Set<Status> statuses = statuses(errors, status);
        Boolean over = null;
        if (overdue != null && !overdue.isBlank()) {
            if (!overdue.equals("true") && !overdue.equals("false")) {
                errors.add("overdue", "boolean", "overdue 须为 true 或 false", "overdue must be true or false");
            } else {
                over = Boolean.valueOf(overdue);
            }
        }
        String windowPrefix = null;
        if (region != null && !region.isBlank()) {
            if (!region.matches("\\d{6}")) {
                errors.add("region", "pattern", "行政区划代码须为 6 位数字", "region must be a 6-digit code");
            } else {
                windowPrefix = RegionScope.prefix(region);
            }
        }
        String cat = category == null || category.isBlank() ? null : category.strip();
        if (cat != null && ServiceCategory.byCode(cat).isEmpty()) {
            errors.add("category", "known", "未知的服务类别：" + cat, "Unknown service category " + cat);
        }
        errors.check();
        String uscc = null;
        String scope = null;
        if (Access.enterprise(caller)) {
            uscc = caller.uscc();
        } else if (caller.kind() != AccountKind.ADMIN) {
            scope = RegionScope.prefix(caller.regionCode());
            if (windowPrefix != null && !caller.covers(region)) {
                throw Problems.forbidden("行政区划 " + region + " 不在您的管辖范围内", "Region " + region + " is outside your region");
            }
        }
        DemandFilter filter = new DemandFilter(uscc, scope, windowPrefix, statuses, over, cat);
        Sla sla = sla(now());
        return db.withConnection(c -> store.search(c, filter, page, sla));
    }

    /** Takes a lifecycle action: 404/403 on access, 400 on the body, 409 when the state does not allow it. */
    Demand act(Caller caller, long id, Action action, TransitionRequest request) {
        TransitionRequest body = request == null ? TransitionRequest.EMPTY : request;
        Instant now = now();
        Demand before = db.inTransaction(c -> {
            Demand d = store.find(c, id, sla(now)).orElseThrow(() -> Problems.notFound(id));
            if (action.party() == Action.Party.STAFF) {
                Access.handles(caller, d);
            } else {
                Access.owns(caller, d);
            }
            Problems.Errors errors = new Problems.Errors();
            String reason = errors.text("reason", body.reason(), action == Action.REJECT, 1000);
            String resolution = errors.text("resolution", body.resolution(), action == Action.RESOLVE, 4000);
            String channel = resolutions.followUpChannel(errors, action, body);
            String notes = errors.text("notes", body.notes(), false, 1000);
            errors.check();
            if (!action.allowedFrom(d.status())) {
                throw Problems.illegal(id, d.status(), action.path(), action.to());
            }
            Map<String, Object> sets = new LinkedHashMap<>();
            sets.put("status", action.to());
            sets.put(timestampColumn(action), now);
            if (action == Action.RESOLVE) {
                sets.put("resolution", resolution);
                sets.put("ledger_record_id", resolutions.record(caller, d, resolution, now));
            }
            if (action == Action.FOLLOW_UP) {
                resolutions.followUp(caller, d, channel, notes == null ? reason : notes);
            }
            if (!store.update(c, id, d.status(), sets)) {
                throw Problems.illegal(id, d.status(), action.path(), action.to());
            }
            store.history(c, id, action.name(), d.status(), action.to(), now, Access.actor(caller),
                    action == Action.RESOLVE ? resolution : reason, null, null, null);
            return d;
        });
        Demand after = load(id, now);
        audit.record(Access.actor(caller), action.path(), "demand", id, List.copyOf(List.of("status")));
        events.post(action.event(), after);
        if (action == Action.RESOLVE) {
            events.post("RATING_INVITED", after);
        }
        LOG.info("Demand {}: {} {} → {} by {}", id, action, before.status(), action.to(), Access.actor(caller));
        return after;
    }

    /** Hands an open demand to a sibling, parent or child window, or to a service institution. */
    Demand transfer(Caller caller, long id, TransferRequest body) {
        Instant now = now();
        db.inTransaction(c -> {
            Demand d = store.find(c, id, sla(now)).orElseThrow(() -> Problems.notFound(id));
            Access.handles(caller, d);
            Transfer t = Transfer.check(body, d, routing);
            if (!Status.OPEN.contains(d.status())) {
                throw Problems.illegal(id, d.status(), "transfer", null);
            }
            if (!store.update(c, id, d.status(), t.sets())) {
                throw Problems.illegal(id, d.status(), "transfer", null);
            }
            store.history(c, id, "TRANSFER", d.status(), d.status(), now, Access.actor(caller), t.reason(),
                    d.windowRegion(), t.window() == null ? d.windowRegion() : t.window().region(), t.institutionId());
            return null;
        });
        Demand after = load(id, now);
        audit.record(Access.actor(caller), "transfer", "demand", id, List.of("windowRegion", "institution"));
        events.post("TRANSFERRED", after);
        return after;
    }

    /** The enterprise's (or, during the follow-up, its region's staff's) one rating of a resolved demand. */
    Demand rate(Caller caller, long id, RatingRequest body) {
        Instant now = now();
        db.inTransaction(c -> {
            Demand d = store.find(c, id, sla(now)).orElseThrow(() -> Problems.notFound(id));
            Set<Status> allowed = resolutions.ratingStates(caller, d);
            Problems.Errors errors = new Problems.Errors();
            if (body == null || body.score() == null) {
                errors.add("score", "required", "必须给出 1 到 5 分", "score (1 to 5) is required");
            } else if (body.score() < 1 || body.score() > 5) {
                errors.add("score", "range", "评分须为 1 到 5 分", "score must be between 1 and 5");
            }
            String comment = body == null ? null : errors.text("comment", body.comment(), false, 1000);
            errors.check();
            if (!allowed.contains(d.status())) {
                throw Problems.illegal(id, d.status(), "rating", null);
            }
            if (d.ratingScore() != null) {
                throw ProblemException.conflict("诉求 " + id + " 已评价过", "Demand " + id + " has already been rated");
            }
            ledger.rate(caller, d.ledgerRecordId(), body.score(), comment);
            Map<String, Object> sets = new LinkedHashMap<>();
            sets.put("rating_score", body.score());
            sets.put("rating_comment", comment == null ? Sql.Null.VARCHAR : comment);
            sets.put("rated_at", now);
            if (!store.update(c, id, d.status(), sets)) {
                throw Problems.illegal(id, d.status(), "rating", null);
            }
            store.history(c, id, "RATE", d.status(), d.status(), now, Access.actor(caller), "score " + body.score(),
                    null, null, null);
            return null;
        });
        Demand after = load(id, now);
        audit.record(Access.actor(caller), "rate", "demand", id, List.of("ratingScore", "ratingComment"));
        events.post("RATED", after);
        return after;
    }

    /** Reminders and escalations due at {@code now}; run by {@link SlaJob}, driven directly by tests. */
    SlaSweep.Result sweep(Instant now) {
        return new SlaSweep(db, store, routing, events, audit).run(now.truncatedTo(ChronoUnit.MILLIS));
    }

    private Demand load(long id, Instant now) {
        Sla sla = sla(now);
        return db.withConnection(c -> store.find(c, id, sla)).orElseThrow(() -> Problems.notFound(id));
    }

    private static Set<Status> statuses(Problems.Errors errors, String raw) {
        Set<Status> out = EnumSet.noneOf(Status.class);
        if (raw == null || raw.isBlank()) {
            return out;
        }
        for (String s : raw.split(",")) {
            try {
                out.add(Status.valueOf(s.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add("status", "enum", "未知的状态：" + s.strip(), "Unknown status " + s.strip());
            }
        }
        return out;
    }

    private static String timestampColumn(Action action) {
        return switch (action) {
            case ACCEPT -> "accepted_at";
            case START -> "started_at";
            case RESOLVE -> "resolved_at";
            case FOLLOW_UP -> "followed_up_at";
            case CLOSE, REJECT, WITHDRAW -> "closed_at";
        };
    }
}
