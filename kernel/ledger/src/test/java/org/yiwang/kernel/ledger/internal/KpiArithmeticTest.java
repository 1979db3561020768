package org.yiwang.kernel.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.ledger.KpiQuery;
import org.yiwang.kernel.api.ledger.Kpis;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.api.security.Caller;

/**
 * Every KPI on a small known dataset, rolled up county → city → province, with module, provider and
 * period filters. Five records:
 * <pre>
 * r1 E1 350102 demands ONLINE   P1 Jan 10  (responded = completed) +26h rated 5 (enterprise)  1 follow-up
 * r2 E1 350103 policy  OFFLINE  P2 Feb 5   responded +1h  completed +10h  rated 3 (staff)
 * r3 E2 350102 demands HOTLINE  P1 Feb 20  responded +4h  open                                   1 follow-up
 * r4 E3 350203 demands ON_SITE  P3 Mar 1   (responded = completed) +48h rated 4 (staff)        2 follow-ups
 * r5 E4 440103 demands ONLINE   P4 Jan 15  completed +1h
 * </pre>
 */
class KpiArithmeticTest {

    private static final double EPS = 1e-9;
    private static final String E1 = Harness.uscc("350102", 1);
    private static final String E2 = Harness.uscc("350102", 2);
    private static final String E3 = Harness.uscc("350203", 3);
    private static final String E4 = Harness.uscc("440103", 4);
    private static final Caller FUJIAN = Harness.staff("350000");

    private Harness h;

    @BeforeEach
    void dataset() {
        h = new Harness();
        LedgerService l = h.ledger;
        Instant jan10 = Instant.parse("2025-01-10T02:00:00Z");
        ServiceRecord r1 = l.record(FUJIAN, Harness.open(E1, "350102", "demands", "ONLINE", "P1", jan10));
        h.clock.set(jan10.plus(Duration.ofHours(26))); // r1 had no response before: completion counts as its first
        Instant feb5 = Instant.parse("2025-02-05T01:00:00Z");
        Instant feb20 = Instant.parse("2025-02-20T03:00:00Z");
        Instant mar1 = Instant.parse("2025-03-01T00:00:00Z");
        h.ledger.complete(FUJIAN, r1.id(), "已解决");
        h.clock.set(Harness.NOW);
        ServiceRecord r2 = l.record(FUJIAN, Harness.timed(Harness.open(E1, "350103", "policy", "OFFLINE", "P2", feb5),
                feb5.plus(Duration.ofHours(1)), feb5.plus(Duration.ofHours(10))));
        ServiceRecord r3 = l.record(FUJIAN, Harness.timed(Harness.open(E2, "350102", "demands", "HOTLINE", "P1", feb20),
                feb20.plus(Duration.ofHours(4)), null));
        ServiceRecord r4 = l.record(FUJIAN, Harness.timed(Harness.open(E3, "350203", "demands", "ON_SITE", "P3", mar1),
                null, mar1.plus(Duration.ofHours(48))));
        Instant jan15 = Instant.parse("2025-01-15T00:00:00Z");
        l.record(Harness.ADMIN, Harness.timed(Harness.open(E4, "440103", "demands", "ONLINE", "P4", jan15),
                null, jan15.plus(Duration.ofHours(1))));
        l.rate(Harness.enterprise(E1), r1.id(), 5, "很好");
        l.rate(Harness.staff("350100"), r2.id(), 3, null);
        l.rate(Harness.staff("350200"), r4.id(), 4, "电话回访时录入");
        l.followUp(FUJIAN, r1.id(), "HOTLINE", "回访：问题已解决");
        l.followUp(FUJIAN, r3.id(), "HOTLINE", "回访：仍在处理");
        l.followUp(FUJIAN, r4.id(), "ON_SITE", "上门回访");
        l.followUp(FUJIAN, r4.id(), "HOTLINE", "再次回访");
    }

    @AfterEach
    void close() {
        h.close();
    }

    private Kpis kpis(String region, String from, String to, String module, String provider) {
        Periods.Period p = Periods.parse(from, to);
        return h.ledger.kpis(Harness.ADMIN, new KpiQuery(region, p.from(), p.to(), module, provider));
    }

    private static void expect(Kpis k, long enterprises, long delivered, long open, Double online, long ratings,
                               Double satisfaction, Double coverage, Double response, Double resolution) {
        assertEquals(enterprises, k.enterprisesServed(), "enterprisesServed");
        assertEquals(delivered, k.servicesDelivered(), "servicesDelivered");
        assertEquals(open, k.servicesOpen(), "servicesOpen");
        near(online, k.onlineShare(), "onlineShare");
        assertEquals(ratings, k.ratings(), "ratings");
        near(satisfaction, k.satisfactionRate(), "satisfactionRate");
        assertEquals(0.9, k.satisfactionTarget(), EPS);
        assertEquals(satisfaction != null && satisfaction >= 0.9, k.targetMet(), "targetMet");
        near(coverage, k.followUpCoverage(), "followUpCoverage");
        near(response, k.avgResponseHours(), "avgResponseHours");
        near(resolution, k.avgResolutionHours(), "avgResolutionHours");
    }

    private static void near(Double expected, Double actual, String what) {
        if (expected == null) {
            assertNull(actual, what);
        } else {
            assertEquals(expected, actual, EPS, what);
        }
    }

    @Test
    void rollUpCountyCityProvince() {
        // r1's response time: none was given, so completion (26 h) counts as its first response
        expect(kpis("350000", null, null, null, null), 3, 3, 1, 1 / 3.0, 3, 2 / 3.0, 2 / 3.0,
                (26 + 1 + 4 + 48) / 4.0, (26 + 10 + 48) / 3.0);
        expect(kpis("350100", null, null, null, null), 2, 2, 1, 0.5, 2, 0.5, 0.5, (26 + 1 + 4) / 3.0, (26 + 10) / 2.0);
        expect(kpis("350102", null, null, null, null), 2, 1, 1, 1.0, 1, 1.0, 1.0, (26 + 4) / 2.0, 26.0);
        expect(kpis("350103", null, null, null, null), 1, 1, 0, 0.0, 1, 0.0, 0.0, 1.0, 10.0);
        expect(kpis(null, null, null, null, null), 4, 4, 1, 2 / 4.0, 3, 2 / 3.0, 2 / 4.0,
                (26 + 1 + 4 + 48 + 1) / 5.0, (26 + 10 + 48 + 1) / 4.0);
    }

    @Test
    void moduleAndProviderFilters() {
        expect(kpis("350000", null, null, "demands", null), 3, 2, 1, 0.5, 2, 1.0, 1.0, (26 + 4 + 48) / 3.0, (26 + 48) / 2.0);
        expect(kpis("350000", null, null, "policy", null), 1, 1, 0, 0.0, 1, 0.0, 0.0, 1.0, 10.0);
        expect(kpis("350000", null, null, null, "P1"), 2, 1, 1, 1.0, 1, 1.0, 1.0, (26 + 4) / 2.0, 26.0);
        expect(kpis("350000", null, null, "policy", "P1"), 0, 0, 0, null, 0, null, null, null, null);
        assertTrue(kpis("350102", null, null, "demands", "P1").targetMet());
    }

    @Test
    void periods() {
        // February in China time (dates; "to" includes its day): r2 and r3
        expect(kpis("350000", "2025-02-01", "2025-02-28", null, null), 2, 1, 1, 0.0, 1, 0.0, 0.0, (1 + 4) / 2.0, 10.0);
        // not month-aligned instants: r1 and r2, both E1 → one enterprise
        Kpis edge = kpis("350000", "2025-01-10T00:00:00Z", "2025-02-10T00:00:00Z", null, null);
        expect(edge, 1, 2, 0, 0.5, 2, 0.5, 0.5, (26 + 1) / 2.0, (26 + 10) / 2.0);
        // January to March whole months plus a ragged end: everything in Fujian
        expect(kpis("350000", "2025-01-01", "2025-03-01T09:00:00+08:00", null, null), 3, 3, 1, 1 / 3.0, 3, 2 / 3.0,
                2 / 3.0, (26 + 1 + 4 + 48) / 4.0, (26 + 10 + 48) / 3.0);
        // from only, to only
        assertEquals(3, kpis("350000", "2025-02-01", null, null, null).enterprisesServed()); // E1 (r2), E2, E3
        assertEquals(1, kpis("350000", null, "2025-01-31", null, null).enterprisesServed());
        expect(kpis("350200", "2024-01-01", "2024-12-31", null, null), 0, 0, 0, null, 0, null, null, null, null);
        assertEquals(KpiQuery.class, kpis("350000", null, null, null, null).scope().getClass());
        assertFalse(kpis("350000", null, null, null, null).targetMet());
    }

    @Test
    void aggregatesAgreeWithTheRecordsAndSurviveARebuild() {
        Kpis before = kpis("350000", "2025-01-15", "2025-03-20", null, null);
        h.ledger.rebuildKpis();
        assertEquals(before, kpis("350000", "2025-01-15", "2025-03-20", null, null));
        for (String prefix : new String[] {"*", "35", "3501", "350102", "44"}) {
            KpiQueries.Figures raw = h.db.withConnection(c -> KpiQueries.raw(c, prefix, null, null, null, null));
            KpiQueries.Figures agg = h.db.withConnection(c -> KpiQueries.figures(c, prefix, null, null, null, null));
            assertEquals(raw, agg, prefix);
        }
    }
}
