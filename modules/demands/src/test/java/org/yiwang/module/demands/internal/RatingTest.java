package org.yiwang.module.demands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yiwang.module.demands.internal.Harness.problem;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.ledger.Rating;

/** Rating: only after resolution, once, by the enterprise or by its window's staff during the follow-up. */
class RatingTest {

    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void notBeforeResolution() {
        for (Status s : List.of(Status.SUBMITTED, Status.ACCEPTED, Status.IN_PROGRESS, Status.REJECTED, Status.WITHDRAWN)) {
            Demand d = h.to(s);
            problem(409, () -> h.demands.rate(h.enterprise, d.id(), new RatingRequest(5, null)));
        }
        assertTrue(h.ledger.records.isEmpty());
    }

    @Test
    void theEnterpriseRatesOnceThroughTheLedger() {
        Demand d = h.to(Status.RESOLVED);
        problem(404, () -> h.demands.rate(h.otherEnterprise, d.id(), new RatingRequest(5, null)));
        problem(401, () -> h.demands.rate(TestCallers.ANONYMOUS, d.id(), new RatingRequest(5, null)));
        assertEquals(List.of("score:range"), Harness.fields(problem(400,
                () -> h.demands.rate(h.enterprise, d.id(), new RatingRequest(6, null)))));
        assertEquals(List.of("score:required"), Harness.fields(problem(400,
                () -> h.demands.rate(h.enterprise, d.id(), new RatingRequest(null, null)))));
        Demand rated = h.demands.rate(h.enterprise, d.id(), new RatingRequest(4, "还可以"));
        assertEquals(4, rated.ratingScore());
        assertEquals("还可以", rated.ratingComment());
        Rating r = h.ledger.records.get(d.ledgerRecordId()).rating();
        assertEquals(4, r.score());
        assertEquals(false, r.byStaff());
        problem(409, () -> h.demands.rate(h.enterprise, d.id(), new RatingRequest(5, null)));
    }

    @Test
    void theEnterpriseMayStillRateAClosedDemand() {
        Demand d = h.to(Status.CLOSED);
        assertEquals(3, h.demands.rate(h.enterprise, d.id(), new RatingRequest(3, null)).ratingScore());
    }

    @Test
    void staffRecordTheRatingOnlyDuringTheFollowUpAndOnlyInTheirWindow() {
        Demand d = h.to(Status.FOLLOWED_UP);
        problem(404, () -> h.demands.rate(h.taijiangStaff, d.id(), new RatingRequest(5, null)));
        problem(403, () -> h.demands.rate(TestCallers.staffWithout("reader", Harness.GULOU), d.id(),
                new RatingRequest(5, null)));
        Demand rated = h.demands.rate(h.gulouStaff, d.id(), new RatingRequest(5, "电话回访"));
        assertEquals(true, h.ledger.records.get(rated.ledgerRecordId()).rating().byStaff());

        Demand closed = h.to(Status.CLOSED);
        problem(409, () -> h.demands.rate(h.gulouStaff, closed.id(), new RatingRequest(5, null)));
    }
}
