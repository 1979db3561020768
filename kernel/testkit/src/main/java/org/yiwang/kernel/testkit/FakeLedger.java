package org.yiwang.kernel.testkit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.ledger.FollowUp;
import org.yiwang.kernel.api.ledger.KpiQuery;
import org.yiwang.kernel.api.ledger.Kpis;
import org.yiwang.kernel.api.ledger.Ledger;
import org.yiwang.kernel.api.ledger.NewServiceRecord;
import org.yiwang.kernel.api.ledger.Rating;
import org.yiwang.kernel.api.ledger.RecordQuery;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;

/**
 * An in-memory {@link Ledger} with the contract's rules (one record per module + source reference,
 * completion once, follow-ups by staff of the region, one rating per completed record by its
 * enterprise or region staff), for modules' unit tests; the real one is kernel/ledger, exercised by
 * the integration tests. {@link #kpis} counts the records of the query's provider and period, and
 * remembers the queries it was asked.
 */
public final class FakeLedger implements Ledger {

    public final Map<String, ServiceRecord> records = new LinkedHashMap<>();
    public final List<FollowUp> followUps = new ArrayList<>();
    public final List<KpiQuery> kpiQueries = new ArrayList<>();
    private final Clock clock;

    public FakeLedger(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized ServiceRecord record(Caller actor, NewServiceRecord r) {
        Optional<ServiceRecord> existing = findBySource(r.module(), r.sourceRef());
        if (existing.isPresent()) {
            return existing.get();
        }
        if (r.uscc() == null || r.regionCode() == null || r.provider() == null || r.requestedAt() == null) {
            throw ProblemException.invalid(List.of(FieldError.of("record", "required", "缺少字段", "missing fields")));
        }
        String id = "L" + (records.size() + 1);
        boolean done = r.completedAt() != null && r.outcome() != null;
        ServiceRecord s = new ServiceRecord(id, r.uscc(), r.regionCode(), r.module(), r.category(), r.channel(),
                r.provider(), r.title(), r.sourceRef(), r.requestedAt(), r.respondedAt(), r.completedAt(),
                done ? ServiceRecord.Status.COMPLETED : ServiceRecord.Status.OPEN, r.outcome(), 0, null, clock.instant());
        records.put(id, s);
        return s;
    }

    @Override
    public synchronized ServiceRecord complete(Caller actor, String id, String outcome) {
        ServiceRecord r = get(id);
        if (r.status() == ServiceRecord.Status.COMPLETED) {
            throw ProblemException.conflict("已完成", "Record " + id + " is already completed");
        }
        ServiceRecord done = new ServiceRecord(r.id(), r.uscc(), r.regionCode(), r.module(), r.category(), r.channel(),
                r.provider(), r.title(), r.sourceRef(), r.requestedAt(),
                r.respondedAt() == null ? clock.instant() : r.respondedAt(), clock.instant(),
                ServiceRecord.Status.COMPLETED, outcome, r.followUps(), r.rating(), r.createdAt());
        records.put(id, done);
        return done;
    }

    @Override
    public synchronized List<FollowUp> followUps(Caller caller, String id) {
        return followUps.stream().filter(f -> f.recordId().equals(id)).toList();
    }

    @Override
    public synchronized FollowUp followUp(Caller actor, String id, String channel, String notes) {
        ServiceRecord r = get(id);
        if (!actor.covers(r.regionCode())) {
            throw ProblemException.notFound("无此记录", "No record " + id);
        }
        FollowUp f = new FollowUp("F" + (followUps.size() + 1), id, clock.instant(), actor.username(), channel, notes);
        followUps.add(f);
        records.put(id, with(r, r.followUps() + 1, r.rating()));
        return f;
    }

    @Override
    public synchronized ServiceRecord rate(Caller actor, String id, int score, String comment) {
        ServiceRecord r = get(id);
        boolean enterprise = actor.kind() == AccountKind.ENTERPRISE && r.uscc().equals(actor.uscc());
        if (!enterprise && !actor.covers(r.regionCode())) {
            throw ProblemException.notFound("无此记录", "No record " + id);
        }
        if (score < 1 || score > 5) {
            throw ProblemException.invalid(List.of(FieldError.of("score", "range", "1-5", "1-5")));
        }
        if (r.status() != ServiceRecord.Status.COMPLETED || r.rating() != null) {
            throw ProblemException.conflict("不能评价", "Cannot rate " + id);
        }
        ServiceRecord rated = with(r, r.followUps(), new Rating(score, comment, clock.instant(), actor.username(),
                !enterprise));
        records.put(id, rated);
        return rated;
    }

    @Override
    public synchronized Optional<ServiceRecord> find(Caller caller, String id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public synchronized Optional<ServiceRecord> findBySource(String sourceModule, String sourceRef) {
        return records.values().stream()
                .filter(r -> r.module().equals(sourceModule) && sourceRef != null && sourceRef.equals(r.sourceRef()))
                .findFirst();
    }

    /** An enterprise sees its own records; everyone else every record (no region filter here). */
    @Override
    public synchronized Page<ServiceRecord> search(Caller caller, RecordQuery query, PageRequest page) {
        List<ServiceRecord> seen = records.values().stream()
                .filter(r -> caller.kind() != AccountKind.ENTERPRISE || r.uscc().equals(caller.uscc())).toList();
        return Page.of(seen, seen.size(), page);
    }

    /** Staff only; counts the records of the query's provider (if any) requested in its period. */
    @Override
    public synchronized Kpis kpis(Caller caller, KpiQuery q) {
        kpiQueries.add(q);
        if (caller.kind() != AccountKind.ADMIN && caller.kind() != AccountKind.STAFF) {
            throw ProblemException.unprocessable("仅限工作人员", "staff only");
        }
        List<ServiceRecord> in = records.values().stream()
                .filter(r -> q.provider() == null || q.provider().equals(r.provider().id()))
                .filter(r -> q.from() == null || !r.requestedAt().isBefore(q.from()))
                .filter(r -> q.to() == null || r.requestedAt().isBefore(q.to())).toList();
        long ratings = in.stream().filter(r -> r.rating() != null).count();
        long satisfied = in.stream().filter(r -> r.rating() != null && r.rating().score() >= 4).count();
        Double rate = ratings == 0 ? null : (double) satisfied / ratings;
        long done = in.stream().filter(r -> r.status() == ServiceRecord.Status.COMPLETED).count();
        return new Kpis(q, in.stream().map(ServiceRecord::uscc).distinct().count(), done, in.size() - done, null,
                ratings, rate, Kpis.SATISFACTION_TARGET, rate != null && rate >= Kpis.SATISFACTION_TARGET, null, null,
                null);
    }

    private ServiceRecord get(String id) {
        ServiceRecord r = records.get(id);
        if (r == null) {
            throw ProblemException.notFound("无此记录", "No record " + id);
        }
        return r;
    }

    private static ServiceRecord with(ServiceRecord r, int followUps, Rating rating) {
        return new ServiceRecord(r.id(), r.uscc(), r.regionCode(), r.module(), r.category(), r.channel(), r.provider(),
                r.title(), r.sourceRef(), r.requestedAt(), r.respondedAt(), r.completedAt(), r.status(), r.outcome(),
                followUps, rating, r.createdAt());
    }
}
