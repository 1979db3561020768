package org.yiwang.module.demands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.function.Executable;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.yiwang.kernel.api.audit.AuditEntry;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.persistence.EmbeddedDerby;
import org.yiwang.kernel.testkit.FakeLedger;
import org.yiwang.kernel.testkit.MutableClock;

/**
 * The module's services over a fresh in-memory Derby, a movable clock, the fake ledger, and
 * recorded audit entries and events. Fuzhou (350100) with its counties 鼓楼 350102, 台江 350103 and
 * 仓山 350104; 厦门 350200 / 思明 350203 is another city of the same province 350000.
 */
final class Harness implements AutoCloseable {

    static final Instant START = Instant.parse("2025-06-16T01:00:00Z");
    static final String GULOU = "350102";
    static final String TAIJIANG = "350103";
    static final String FUZHOU = "350100";
    static final String SIMING = "350203";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    final EmbeddedDerby db = EmbeddedDerby.inMemory("demands-test-" + DATABASES.incrementAndGet());
    final MutableClock clock = new MutableClock(START);
    final FakeLedger ledger = new FakeLedger(clock);
    final List<AuditEntry> audit = Collections.synchronizedList(new ArrayList<>());
    final List<Event> events = Collections.synchronizedList(new ArrayList<>());
    final DemandEvents demandEvents = new DemandEvents();
    final DemandsSchema schema = new DemandsSchema(db);
    final RoutingService routing = new RoutingService(schema, audit::add, clock);
    final DemandService demands;
    final AttachmentService attachments;

    final String usccGulou = TestCallers.uscc(GULOU, 1);
    final String usccGulou2 = TestCallers.uscc(GULOU, 2);
    final String usccTaijiang = TestCallers.uscc(TAIJIANG, 3);
    final Caller enterprise = TestCallers.enterprise(usccGulou);
    final Caller otherEnterprise = TestCallers.enterprise(usccGulou2);
    final Caller gulouStaff = TestCallers.staff("gulou", GULOU);
    final Caller taijiangStaff = TestCallers.staff("taijiang", TAIJIANG);
    final Caller fuzhouStaff = TestCallers.staff("fuzhou", FUZHOU);
    final Caller provinceStaff = TestCallers.staff("fujian", "350000");

    Harness() {
        demandEvents.use(new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                events.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                events.add(event);
            }
        });
        demands = new DemandService(schema, routing, ledger, audit::add, demandEvents, clock);
        attachments = new AttachmentService(schema, demands, audit::add, clock);
    }

    /** A demand of 鼓楼 submitted by its enterprise (legal aid unless said otherwise). */
    Demand submit() {
        return submit("legal-aid");
    }

    Demand submit(String category) {
        return demands.submit(enterprise, new NewDemand(null, "示例科技有限公司", GULOU, category, null,
                "拖欠账款三个月未付，请求协调", "13800000000"));
    }

    Demand act(Caller caller, Demand d, Action action) {
        return demands.act(caller, d.id(), action, new TransitionRequest("理由", "已协调对方付款", null, "企业满意"));
    }

    /** Moves a new demand to {@code status} along the lifecycle. */
    Demand to(Status status) {
        Demand d = submit();
        switch (status) {
            case SUBMITTED -> { }
            case REJECTED -> d = act(gulouStaff, d, Action.REJECT);
            case WITHDRAWN -> d = act(enterprise, d, Action.WITHDRAW);
            default -> {
                for (Action a : List.of(Action.ACCEPT, Action.START, Action.RESOLVE, Action.FOLLOW_UP, Action.CLOSE)) {
                    if (d.status() == status) {
                        break;
                    }
                    d = act(gulouStaff, d, a);
                }
            }
        }
        assertEquals(status, d.status());
        return d;
    }

    List<String> topics() {
        synchronized (events) {
            return events.stream().map(Event::getTopic).toList();
        }
    }

    static ProblemException problem(int status, Executable call) {
        ProblemException e = assertThrows(ProblemException.class, call);
        assertEquals(status, e.type().status(), () -> e.getMessage());
        return e;
    }

    static List<String> fields(ProblemException e) {
        return e.errors().stream().map(f -> f.field() + ":" + f.rule()).toList();
    }

    @Override
    public void close() {
        db.close();
    }
}
