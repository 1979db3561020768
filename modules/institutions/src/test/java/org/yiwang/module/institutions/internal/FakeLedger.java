package org.yiwang.module.institutions.internal;

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
 * An in-memory {@link Ledger} with the contract's rules, for unit tests (the real one is
 * kernel/ledger). {@link #kpis} counts ratings of the provider's records requested in the period.
 */
final class FakeLedger implements Ledger {

    final Map<String, ServiceRecord> records = new LinkedHashMap<>();
    final List<KpiQuery> kpiQueries = new ArrayList<>();
    private final Clock clock;

    FakeLedger(Clock clock) {
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
        records.put(id, new ServiceRecord(id, r.uscc(), r.regionCode(), r.module(), r.category(), r.channel(),
                r.provider(), r.title(), r.sourceRef(), r.requestedAt(), r.respondedAt(), r.completedAt(),
                done ? ServiceRecord.Status.COMPLETED : ServiceRecord.Status.OPEN, r.outcome(), 0, null, clock.instant()));
        return records.get(id);
    }

    @Override
    public synchronized ServiceRecord complete(Caller actor, String id, String outcome) {
        ServiceRecord r = get(id);
        if (r.status() == ServiceRecord.Status.COMPLETED) {
            throw ProblemException.conflict("已完成", "Record " + id + " is already completed");
        }
        ServiceRecord done = new ServiceRecord(r.id(), r.uscc(), r.regionCode(), r.module(), r.category(), r.channel(),
                r.provider(), r.title(), r.sourceRef(), r.requestedAt(), clock.instant(), clock.instant(),
                ServiceRecord.Status.COMPLETED, outcome, r.followUps(), r.rating(), r.createdAt());
        records.put(id, done);
        return done;
    }

    @Override
    public List<FollowUp> followUps(Caller caller, String id) {
        return List.of();
    }

    @Override
    public FollowUp followUp(Caller actor, String id, String channel, String notes) {
        throw new UnsupportedOperationException("not used by institutions");
    }

    @Override
    public synchronized ServiceRecord rate(Caller actor, String id, int score, String comment) {
        ServiceRecord r = get(id);
        if (r.status() != ServiceRecord.Status.COMPLETED || r.rating() != null) {
            throw ProblemException.conflict("不能评价", "Cannot rate " + id);
        }
        ServiceRecord rated = new ServiceRecord(r.id(), r.uscc(), r.regionCode(), r.module(), r.category(), r.channel(),
                r.provider(), r.title(), r.sourceRef(), r.requestedAt(), r.respondedAt(), r.completedAt(), r.status(),
                r.outcome(), r.followUps(), new Rating(score, comment, clock.instant(), actor.username(),
                actor.kind() != AccountKind.ENTERPRISE), r.createdAt());
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

    @Override
    public synchronized Page<ServiceRecord> search(Caller caller, RecordQuery query, PageRequest page) {
        List<ServiceRecord> mine = records.values().stream()
                .filter(r -> caller.kind() != AccountKind.ENTERPRISE || r.uscc().equals(caller.uscc())).toList();
        return Page.of(mine, mine.size(), page);
    }

    @Override
    public synchronized Kpis kpis(Caller caller, KpiQuery q) {
        kpiQueries.add(q);
        if (caller.kind() != AccountKind.ADMIN && caller.kind() != AccountKind.STAFF) {
            throw ProblemException.unprocessable("only staff", "only staff");
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
}
