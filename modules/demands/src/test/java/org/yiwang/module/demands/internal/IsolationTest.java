package org.yiwang.module.demands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yiwang.module.demands.internal.Harness.problem;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;

/** Region isolation and who may use demands at all. */
class IsolationTest {

    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    private Page<Demand> list(org.yiwang.kernel.api.security.Caller caller, String status, String region) {
        return h.demands.list(caller, status, region, null, null, PageRequest.of(null, null));
    }

    @Test
    void staffOfAnotherCountyNeitherSeeNorAct() {
        Demand d = h.submit();
        assertEquals(0, list(h.taijiangStaff, null, null).total());
        problem(404, () -> h.demands.get(h.taijiangStaff, d.id()));
        problem(404, () -> h.demands.history(h.taijiangStaff, d.id()));
        problem(404, () -> h.act(h.taijiangStaff, d, Action.ACCEPT));
        problem(404, () -> h.attachments.list(h.taijiangStaff, d.id()));
        problem(403, () -> list(h.taijiangStaff, null, Harness.GULOU));
        assertEquals(Status.SUBMITTED, h.demands.get(h.gulouStaff, d.id()).status());
        assertEquals(1, list(h.gulouStaff, null, null).total());
        assertEquals(1, list(h.fuzhouStaff, null, Harness.GULOU).total(), "the city sees its counties");
        assertEquals(0, list(h.fuzhouStaff, null, Harness.TAIJIANG).total());
        assertEquals(1, list(TestCallers.ADMIN, "SUBMITTED,ACCEPTED", null).total());
        assertEquals(0, list(TestCallers.ADMIN, "CLOSED", null).total());
    }

    @Test
    void enterprisesSeeOnlyTheirOwn() {
        Demand mine = h.submit();
        h.demands.submit(h.otherEnterprise, new NewDemand(null, null, null, "information", "查询政策", "请告知适用政策", null));
        assertEquals(List.of(mine.id()), list(h.enterprise, null, null).items().stream().map(Demand::id).toList());
        problem(404, () -> h.demands.get(h.otherEnterprise, mine.id()));
        problem(404, () -> h.demands.history(h.otherEnterprise, mine.id()));
        assertEquals(mine.id(), h.demands.get(h.enterprise, mine.id()).id());
    }

    @Test
    void anonymousInstitutionsAndStaffWithoutThePermissionAreRefused() {
        Demand d = h.submit();
        problem(401, () -> list(TestCallers.ANONYMOUS, null, null));
        problem(401, () -> h.demands.get(TestCallers.ANONYMOUS, d.id()));
        problem(401, () -> h.demands.submit(TestCallers.ANONYMOUS, new NewDemand(null, null, null, null, null, null, null)));
        problem(403, () -> list(TestCallers.institution(), null, null));
        problem(403, () -> h.demands.get(TestCallers.institution(), d.id()));
        problem(403, () -> list(TestCallers.staffWithout("reader", Harness.GULOU), null, null));
        problem(404, () -> h.demands.get(h.gulouStaff, 999_999));
    }

    @Test
    void badListParametersNameTheirFields() {
        var e = problem(400, () -> h.demands.list(h.gulouStaff, "DONE", "35", "maybe", "astrology",
                PageRequest.of(null, null)));
        assertEquals(List.of("status:enum", "overdue:boolean", "region:pattern", "category:known"), Harness.fields(e));
    }
}
