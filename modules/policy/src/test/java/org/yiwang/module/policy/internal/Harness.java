package org.yiwang.module.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
 * The module's services over a fresh in-memory Derby, a search index in target/, a movable clock
 * (2025-06-16 in China), the fake ledger and SME database, recorded audit entries and events, and
 * notifications delivered synchronously. 成都 510100 with 锦江 510104 and 武侯 510107; 绵阳 510700 is
 * another city of 四川 510000; 福州 350100 / 鼓楼 350102 is another province.
 */
final class Harness implements AutoCloseable {

    static final Instant START = Instant.parse("2025-06-16T01:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
    static final String SICHUAN = "510000";
    static final String CHENGDU = "510100";
    static final String JINJIANG = "510104";
    static final String WUHOU = "510107";
    static final String MIANYANG = "510700";
    static final String GULOU = "350102";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    final EmbeddedDerby db = EmbeddedDerby.inMemory("policy-test-" + DATABASES.incrementAndGet());
    final Path indexDir;
    final MutableClock clock = new MutableClock(START);
    final FakeLedger ledger = new FakeLedger(clock);
    final FakeDirectory directory = new FakeDirectory();
    final List<AuditEntry> audit = Collections.synchronizedList(new ArrayList<>());
    final List<Event> events = Collections.synchronizedList(new ArrayList<>());
    final PolicyEvents policyEvents = new PolicyEvents();
    final PolicySchema schema = new PolicySchema(db);
    final EnterpriseSnapshot snapshot = new EnterpriseSnapshot(clock);
    final InboxChannel inboxChannel = new InboxChannel(schema);
    final Notifier notifier = new Notifier(snapshot, db, clock, Runnable::run);
    final PolicySearch search;
    final PolicyService policies;
    final MatchService matches;
    final InboxService inbox;
    final Requests requests;
    final Importer importer;

    final Caller chengdu = TestCallers.staff("chengdu", CHENGDU);
    final Caller jinjiang = TestCallers.staff("jinjiang", JINJIANG);
    final Caller wuhou = TestCallers.staff("wuhou", WUHOU);
    final Caller sichuan = TestCallers.staff("sichuan", SICHUAN);
    final Caller fuzhou = TestCallers.staff("fuzhou", "350100");

    Harness() {
        try {
            Path base = Path.of("target", "test-index");
            Files.createDirectories(base);
            indexDir = Files.createTempDirectory(base, "policy");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        policyEvents.use(new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                events.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                events.add(event);
            }
        });
        notifier.addChannel(inboxChannel);
        search = new PolicySearch(db, indexDir, clock);
        policies = new PolicyService(db, search, audit::add, policyEvents, notifier, clock);
        matches = new MatchService(policies, snapshot, clock);
        inbox = new InboxService(db, audit::add, clock);
        requests = new Requests(db, policies, snapshot, ledger, audit::add, clock);
        importer = new Importer(policies);
    }

    /** Loads the fake SME database into the matcher (as the directory's arrival would). */
    Harness load() {
        snapshot.use(directory);
        return this;
    }

    static PolicyInput input(String title, String level, String region, String body, Criteria criteria) {
        return new PolicyInput(title, "成都市经济和信息化局", "成经信发〔2025〕1号", level, region, "2025-06-01", "2025-06-01",
                "2027-12-31", body, List.of("financing-guarantee"), List.of(), criteria, null);
    }

    /** A municipal policy of 成都 with these criteria, created by 成都 staff. */
    Policy draft(String title, String body, Criteria criteria) {
        return policies.create(chengdu, input(title, "MUNICIPAL", CHENGDU, body, criteria));
    }

    /** Creates, submits and publishes. */
    Policy published(String title, String body, Criteria criteria) {
        Policy p = draft(title, body, criteria);
        policies.act(chengdu, p.id(), Action.SUBMIT, null);
        return policies.act(chengdu, p.id(), Action.PUBLISH, null);
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
        search.close();
        snapshot.stop();
        notifier.stop();
        db.close();
        try (var walk = Files.walk(indexDir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left for mvn clean
        }
    }
}
