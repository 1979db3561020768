package org.yiwang.kernel.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.ledger.FollowUp;
import org.yiwang.kernel.api.ledger.KpiQuery;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.Caller;

/** Ratings: only after completion, only once, 1–5, by the enterprise or staff of the region; follow-ups. */
class RatingAndFollowUpTest {

    private static final String E1 = Harness.uscc("350102", 1);
    private static final String E2 = Harness.uscc("350102", 2);
    private static final Caller FUZHOU = Harness.staff("350100");

    private Harness h;
    private ServiceRecord open;

    @BeforeEach
    void setUp() {
        h = new Harness();
        open = h.ledger.record(FUZHOU, Harness.open(E1, "350102", "demands", "ONLINE", "P1",
                Instant.parse("2025-06-01T02:00:00Z")));
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    private static int status(Runnable r) {
        return assertThrows(ProblemException.class, r::run).type().status();
    }

    private ServiceRecord rating() {
        return h.ledger.find(Harness.ADMIN, open.id()).orElseThrow();
    }

    @Test
    void onlyAfterCompletionOnlyOnceInRange() {
        assertEquals(409, status(() -> h.ledger.rate(Harness.enterprise(E1), open.id(), 5, null)));
        h.ledger.complete(FUZHOU, open.id(), "已解决");
        for (int bad : new int[] {0, 6, -1}) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> h.ledger.rate(Harness.enterprise(E1), open.id(), bad, null));
            assertEquals(400, e.type().status());
            assertEquals(List.of("score"), e.errors().stream().map(FieldError::field).toList());
        }
        assertEquals(400, status(() -> h.ledger.rate(Harness.enterprise(E1), open.id(), 5, "x".repeat(1001))));
        assertNull(rating().rating(), "refused ratings wrote nothing");
        ServiceRecord rated = h.ledger.rate(Harness.enterprise(E1), open.id(), 4, "满意");
        assertEquals(4, rated.rating().score());
        assertFalse(rated.rating().byStaff());
        assertEquals("ent" + E1, rated.rating().by());
        assertEquals(409, status(() -> h.ledger.rate(Harness.enterprise(E1), open.id(), 5, null)));
        assertEquals(409, status(() -> h.ledger.rate(FUZHOU, open.id(), 1, null)));
        assertEquals(4, rating().rating().score(), "the first rating stays");
        assertEquals(1, h.ledger.kpis(Harness.ADMIN, new KpiQuery("350000", null, null, null, null)).ratings());
    }

    @Test
    void whoMayRate() {
        h.ledger.complete(FUZHOU, open.id(), "已解决");
        assertEquals(401, status(() -> h.ledger.rate(Caller.ANONYMOUS, open.id(), 5, null)));
        assertEquals(403, status(() -> h.ledger.rate(Harness.enterprise(E2), open.id(), 5, null)));
        assertEquals(403, status(() -> h.ledger.rate(Harness.institution(), open.id(), 5, null)));
        assertEquals(404, status(() -> h.ledger.rate(Harness.staff("350200"), open.id(), 5, null)));
        assertEquals(404, status(() -> h.ledger.rate(Harness.staff("440000"), open.id(), 5, null)));
        assertEquals(404, status(() -> h.ledger.rate(FUZHOU, "no-such-record", 5, null)));
        assertNull(rating().rating());
        ServiceRecord byStaff = h.ledger.rate(Harness.staff("350102"), open.id(), 3, "电话回访时企业口述");
        assertTrue(byStaff.rating().byStaff());
        assertFalse(byStaff.rating().satisfied());
    }

    @Test
    void completeOnce() {
        ServiceRecord done = h.ledger.complete(FUZHOU, open.id(), "已解决");
        assertEquals(ServiceRecord.Status.COMPLETED, done.status());
        assertEquals(Harness.NOW, done.completedAt());
        assertEquals(Harness.NOW, done.respondedAt(), "completion is the first response when none was recorded");
        assertEquals(409, status(() -> h.ledger.complete(FUZHOU, open.id(), "again")));
        ProblemException e = assertThrows(ProblemException.class, () -> h.ledger.complete(FUZHOU, open.id(), " "));
        assertEquals("outcome", e.errors().get(0).field());
        assertEquals(404, status(() -> h.ledger.complete(FUZHOU, "missing", "x")));
    }

    @Test
    void followUpsByStaffOfTheRegionAndCoverage() {
        assertEquals(401, status(() -> h.ledger.followUp(Caller.ANONYMOUS, open.id(), "HOTLINE", "回访")));
        assertEquals(403, status(() -> h.ledger.followUp(Harness.enterprise(E1), open.id(), "HOTLINE", "回访")));
        assertEquals(404, status(() -> h.ledger.followUp(Harness.staff("350200"), open.id(), "HOTLINE", "回访")));
        ProblemException bad = assertThrows(ProblemException.class,
                () -> h.ledger.followUp(FUZHOU, open.id(), "PIGEON", " "));
        assertEquals(List.of("channel", "notes"), bad.errors().stream().map(FieldError::field).toList());
        assertEquals(0, h.count("LEDGER_FOLLOW_UP"));

        FollowUp f = h.ledger.followUp(FUZHOU, open.id(), "hotline", "电话回访：已受理");
        assertEquals("HOTLINE", f.channel());
        assertEquals("staff350100", f.by());
        KpiQuery fujian = new KpiQuery("350000", null, null, null, null);
        assertNull(h.ledger.kpis(Harness.ADMIN, fujian).followUpCoverage(), "no completed record yet");
        h.ledger.complete(FUZHOU, open.id(), "已解决");
        assertEquals(1.0, h.ledger.kpis(Harness.ADMIN, fujian).followUpCoverage());
        ServiceRecord second = h.ledger.record(FUZHOU, Harness.timed(Harness.open(E2, "350102", "demands", "ONLINE", "P1",
                Instant.parse("2025-06-02T02:00:00Z")), null, Instant.parse("2025-06-03T02:00:00Z")));
        assertEquals(0.5, h.ledger.kpis(Harness.ADMIN, fujian).followUpCoverage());
        h.ledger.followUp(Harness.staff("350102"), second.id(), "ON_SITE", "上门回访");
        h.clock.set(Harness.NOW.plusSeconds(60));
        h.ledger.followUp(Harness.staff("350102"), second.id(), "HOTLINE", "再次回访");
        assertEquals(1.0, h.ledger.kpis(Harness.ADMIN, fujian).followUpCoverage());
        assertEquals(2, h.ledger.find(Harness.ADMIN, second.id()).orElseThrow().followUps());
        assertEquals(List.of("ON_SITE", "HOTLINE"),
                h.ledger.followUps(FUZHOU, second.id()).stream().map(FollowUp::channel).toList());
        assertEquals(1, h.ledger.followUps(Harness.enterprise(E1), open.id()).size(), "an enterprise reads its own");
        assertEquals(404, status(() -> h.ledger.followUps(Harness.staff("350200"), open.id())));
    }
}
