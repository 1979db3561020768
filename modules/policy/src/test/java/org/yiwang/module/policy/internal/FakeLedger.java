package org.yiwang.module.policy.internal;

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

/** An in-memory {@link Ledger} with the contract's rules, for unit tests (the real one is kernel/ledger). */
final class FakeLedger implements Ledger {

    final Map<String, ServiceRecord> records = new LinkedHashMap<>();
    final List<FollowUp> followUps = new ArrayList<>();
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
        ServiceRecord s = new ServiceRecord(id, r.uscc(), r.regionCode(), r.module(), r.category(), r.channel(),
                r.provider(), r.title(), r.sourceRef(), r.requestedAt(), r.respondedAt(), r.completedAt(),
                done ? ServiceRecord.Status.COMPLETED : ServiceRecord.Status.OPEN, r.outcome(), 0, null, clock.instant());
        records.put(id, s);
        return s;
    }

    @Override
    public synchronized ServiceRecord complete(Caller actor, String id, String outcome) {
        throw new UnsupportedOperationException("not used by policy");
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

    @Override
    public synchronized Page<ServiceRecord> search(Caller caller, RecordQuery query, PageRequest page) {
        return Page.of(List.copyOf(records.values()), records.size(), page);
    }

    @Override
    public Kpis kpis(Caller caller, KpiQuery query) {
        throw new UnsupportedOperationException("not used by policy");
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
