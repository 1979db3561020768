package org.yiwang.module.demands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yiwang.module.demands.internal.Harness.problem;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.ledger.Provider;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.api.problem.ProblemException;

/** The whole lifecycle, every transition timestamped, audited and announced; every illegal one refused. */
class LifecycleTest {

    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void fullLifecycleWritesTheLedgerAndTheHistory() {
        Demand d = h.submit();
        assertEquals(Status.SUBMITTED, d.status());
        assertEquals(Channel.ONLINE, d.channel());
        assertEquals(h.usccGulou, d.uscc());
        assertEquals(Harness.GULOU, d.windowRegion());
        assertEquals("鼓楼区中小企业服务窗口", d.windowName());
        assertEquals(Harness.START, d.submittedAt());
        assertEquals(Harness.START.plus(Duration.ofHours(120)), d.due());
        assertEquals(SlaState.ON_TIME, d.sla());

        h.clock.advance(Duration.ofHours(1));
        d = h.act(h.gulouStaff, d, Action.ACCEPT);
        assertEquals(Status.ACCEPTED, d.status());
        assertEquals(Harness.START.plus(Duration.ofHours(1)), d.acceptedAt());
        h.clock.advance(Duration.ofHours(1));
        d = h.act(h.gulouStaff, d, Action.START);
        assertNotNull(d.startedAt());
        h.clock.advance(Duration.ofHours(10));
        d = h.demands.act(h.gulouStaff, d.id(), Action.RESOLVE, new TransitionRequest(null, "已协调对方付款", null, null));
        assertEquals(Status.RESOLVED, d.status());
        assertEquals("已协调对方付款", d.resolution());
        assertNotNull(d.ledgerRecordId());

        ServiceRecord r = h.ledger.records.get(d.ledgerRecordId());
        assertEquals(ServiceRecord.Status.COMPLETED, r.status());
        assertEquals("demands", r.module());
        assertEquals(String.valueOf(d.id()), r.sourceRef());
        assertEquals(h.usccGulou, r.uscc());
        assertEquals("legal-aid", r.category());
        assertEquals("ONLINE", r.channel());
        assertEquals(new Provider(Provider.Kind.PLATFORM_UNIT, Harness.GULOU, "鼓楼区中小企业服务窗口"), r.provider());
        assertEquals(d.submittedAt(), r.requestedAt());
        assertEquals(d.acceptedAt(), r.respondedAt());
        assertEquals(d.resolvedAt(), r.completedAt());

        h.clock.advance(Duration.ofDays(2));
        d = h.demands.act(h.gulouStaff, d.id(), Action.FOLLOW_UP, new TransitionRequest(null, null, "HOTLINE", "企业表示满意"));
        assertEquals(Status.FOLLOWED_UP, d.status());
        assertEquals(1, h.ledger.followUps.size());
        assertEquals("HOTLINE", h.ledger.followUps.get(0).channel());
        assertEquals(1, h.ledger.records.get(d.ledgerRecordId()).followUps());

        d = h.demands.rate(h.enterprise, d.id(), new RatingRequest(5, "很及时"));
        assertEquals(5, d.ratingScore());
        d = h.act(h.gulouStaff, d, Action.CLOSE);
        assertEquals(Status.CLOSED, d.status());
        assertNotNull(d.closedAt());

        List<HistoryEntry> history = h.demands.history(h.enterprise, d.id());
        assertEquals(List.of("SUBMIT", "ACCEPT", "START", "RESOLVE", "FOLLOW_UP", "RATE", "CLOSE"),
                history.stream().map(HistoryEntry::action).toList());
        assertEquals(Status.SUBMITTED, history.get(1).from());
        assertEquals(Status.ACCEPTED, history.get(1).to());
        assertEquals("gulou", history.get(1).by());
        assertEquals(d.acceptedAt(), history.get(1).at());
        assertEquals(List.of("org/yiwang/demands/SUBMITTED", "org/yiwang/demands/ACCEPTED", "org/yiwang/demands/STARTED",
                "org/yiwang/demands/RESOLVED", "org/yiwang/demands/RATING_INVITED", "org/yiwang/demands/FOLLOWED_UP",
                "org/yiwang/demands/RATED", "org/yiwang/demands/CLOSED"), h.topics());
        assertEquals(d.id(), h.events.get(0).getProperty("id"));
        assertEquals(h.usccGulou, h.events.get(0).getProperty("uscc"));
        assertEquals(Harness.GULOU, h.events.get(0).getProperty("region"));
        assertEquals("legal-aid", h.events.get(0).getProperty("category"));
        assertEquals(List.of("submit", "accept", "start", "resolve", "follow-up", "rate", "close"),
                h.audit.stream().map(a -> a.action()).toList());
    }

    @Test
    void everyIllegalTransitionIs409NamingBothStates() {
        int checked = 0;
        for (Status from : Status.values()) {
            for (Action action : Action.values()) {
                if (action.allowedFrom(from)) {
                    continue;
                }
                Demand d = h.to(from);
                var caller = action == Action.WITHDRAW ? h.enterprise : h.gulouStaff;
                ProblemException e = problem(409, () -> h.act(caller, d, action));
                assertEquals("urn:yiwang:problem:demands-illegal-transition", e.type().uri());
                assertTrue(e.detail().en().contains(from.name()), e.detail().en());
                assertTrue(e.detail().en().contains(action.path()), e.detail().en());
                assertEquals(from, h.demands.get(h.gulouStaff, d.id()).status(), "nothing changed");
                checked++;
            }
        }
        assertEquals(Status.values().length * Action.values().length - 10, checked);
    }

    @Test
    void rejectNeedsAReasonAndEndsTheDemand() {
        Demand d = h.submit();
        ProblemException e = problem(400, () -> h.demands.act(h.gulouStaff, d.id(), Action.REJECT, null));
        assertEquals(List.of("reason:required"), Harness.fields(e));
        Demand rejected = h.demands.act(h.gulouStaff, d.id(), Action.REJECT,
                new TransitionRequest("不属于受理范围", null, null, null));
        assertEquals(Status.REJECTED, rejected.status());
        assertNotNull(rejected.closedAt());
        assertEquals("不属于受理范围", h.demands.history(h.gulouStaff, d.id()).get(1).reason());
    }

    @Test
    void onlyTheEnterpriseWithdrawsAndOnlyStaffHandle() {
        Demand d = h.to(Status.IN_PROGRESS);
        problem(403, () -> h.act(h.gulouStaff, d, Action.WITHDRAW));
        problem(404, () -> h.act(h.otherEnterprise, d, Action.WITHDRAW));
        problem(403, () -> h.act(h.enterprise, d, Action.RESOLVE));
        Demand withdrawn = h.act(h.enterprise, d, Action.WITHDRAW);
        assertEquals(Status.WITHDRAWN, withdrawn.status());
        assertNull(withdrawn.ledgerRecordId());
        assertTrue(h.topics().contains("org/yiwang/demands/WITHDRAWN"));
    }

    @Test
    void resolveNeedsAResolutionAndChangesNothingWithoutOne() {
        Demand d = h.to(Status.IN_PROGRESS);
        ProblemException e = problem(400, () -> h.demands.act(h.gulouStaff, d.id(), Action.RESOLVE,
                new TransitionRequest(null, " ", null, null)));
        assertEquals(List.of("resolution:required"), Harness.fields(e));
        assertEquals(Status.IN_PROGRESS, h.demands.get(h.gulouStaff, d.id()).status());
        assertTrue(h.ledger.records.isEmpty());
        problem(400, () -> h.demands.act(h.gulouStaff, h.to(Status.RESOLVED).id(), Action.FOLLOW_UP,
                new TransitionRequest(null, null, "PIGEON", null)));
    }
}
