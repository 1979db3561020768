package org.yiwang.kernel.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.ledger.KpiQuery;
import org.yiwang.kernel.api.ledger.RecordQuery;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.Caller;

/** Staff see and count their region subtree only; an enterprise sees its own records only. */
class IsolationTest {

    private static final String FUZHOU_E = Harness.uscc("350102", 1);
    private static final String XIAMEN_E = Harness.uscc("350203", 2);
    private static final String GUANGZHOU_E = Harness.uscc("440103", 3);

    private Harness h;
    private ServiceRecord fuzhou;
    private ServiceRecord xiamen;
    private ServiceRecord guangzhou;

    @BeforeEach
    void setUp() {
        h = new Harness();
        Instant t = Instant.parse("2025-05-01T02:00:00Z");
        fuzhou = h.ledger.record(Harness.ADMIN, Harness.open(FUZHOU_E, "350102", "demands", "ONLINE", "P1", t));
        xiamen = h.ledger.record(Harness.ADMIN, Harness.open(XIAMEN_E, "350203", "policy", "OFFLINE", "P2", t));
        guangzhou = h.ledger.record(Harness.ADMIN, Harness.open(GUANGZHOU_E, "440103", "demands", "ONLINE", "P3", t));
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    private long total(Caller c, RecordQuery q) {
        return h.ledger.search(c, q, PageRequest.of(null, null)).total();
    }

    private static RecordQuery region(String region) {
        return new RecordQuery(region, null, null, null, null, null, null, null, null);
    }

    private static int status(Runnable r) {
        return assertThrows(ProblemException.class, r::run).type().status();
    }

    @Test
    void searchAndFind() {
        Caller fuzhouStaff = Harness.staff("350100");
        assertEquals(1, total(fuzhouStaff, RecordQuery.all()));
        assertEquals(fuzhou.id(), h.ledger.search(fuzhouStaff, null, PageRequest.of(1, 10)).items().get(0).id());
        assertEquals(2, total(Harness.staff("350000"), RecordQuery.all()));
        assertEquals(1, total(Harness.staff("350000"), region("350200")));
        assertEquals(3, total(Harness.ADMIN, RecordQuery.all()));
        assertEquals(403, status(() -> total(fuzhouStaff, region("350200"))));
        assertEquals(403, status(() -> total(fuzhouStaff, region("350000"))));
        assertTrue(h.ledger.find(fuzhouStaff, fuzhou.id()).isPresent());
        assertTrue(h.ledger.find(fuzhouStaff, xiamen.id()).isEmpty());
        assertTrue(h.ledger.find(Harness.staff("440000"), fuzhou.id()).isEmpty());
        assertEquals(401, status(() -> total(Caller.ANONYMOUS, RecordQuery.all())));
        assertEquals(403, status(() -> total(Harness.institution(), RecordQuery.all())));
    }

    @Test
    void enterprisesSeeTheirOwn() {
        Caller ent = Harness.enterprise(XIAMEN_E);
        assertEquals(1, total(ent, RecordQuery.all()));
        assertEquals(1, total(ent, region("350000")), "a region filter cannot widen an enterprise's view");
        assertEquals(xiamen.id(), h.ledger.search(ent, null, PageRequest.of(1, 5)).items().get(0).id());
        assertEquals(403, status(() -> total(ent, new RecordQuery(null, FUZHOU_E, null, null, null, null, null, null, null))));
        assertTrue(h.ledger.find(ent, xiamen.id()).isPresent());
        assertTrue(h.ledger.find(ent, fuzhou.id()).isEmpty());
        assertEquals(403, status(() -> Access.visible(ent, h.ledger.get(fuzhou.id()))));
        assertEquals(404, status(() -> Access.visible(Harness.staff("350100"), h.ledger.get(guangzhou.id()))));
    }

    @Test
    void kpisOfTheCallersSubtreeOnly() {
        assertEquals(1, h.ledger.kpis(Harness.staff("350100"), new KpiQuery(null, null, null, null, null)).servicesOpen());
        KpiQuery own = h.ledger.kpis(Harness.staff("350100"), new KpiQuery(null, null, null, null, null)).scope();
        assertEquals("350100", own.region(), "no region: the caller's own subtree");
        assertEquals(2, h.ledger.kpis(Harness.staff("350000"), new KpiQuery(null, null, null, null, null)).enterprisesServed());
        assertEquals(1, h.ledger.kpis(Harness.staff("350000"), new KpiQuery("350203", null, null, null, null)).servicesOpen());
        assertEquals(3, h.ledger.kpis(Harness.ADMIN, new KpiQuery(null, null, null, null, null)).enterprisesServed());
        assertEquals(403, status(() -> h.ledger.kpis(Harness.staff("350100"), new KpiQuery("350200", null, null, null, null))));
        assertEquals(403, status(() -> h.ledger.kpis(Harness.staff("350100"), new KpiQuery("350000", null, null, null, null))));
        assertEquals(403, status(() -> h.ledger.kpis(Harness.enterprise(FUZHOU_E), new KpiQuery(null, null, null, null, null))));
        assertEquals(401, status(() -> h.ledger.kpis(Caller.ANONYMOUS, new KpiQuery(null, null, null, null, null))));
    }
}
