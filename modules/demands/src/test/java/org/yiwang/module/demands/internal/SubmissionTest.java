package org.yiwang.module.demands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yiwang.module.demands.internal.Harness.problem;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.PageRequest;

/** Who submits for whom, and validation that names every field. */
class SubmissionTest {

    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void staffSubmitAHotlineCallOnBehalfWithinTheirRegion() {
        Demand d = h.demands.submit(h.gulouStaff, new NewDemand(h.usccTaijiang.toLowerCase(), "台江某企业", Harness.GULOU,
                "financing-guarantee", "贷款难", "企业电话反映贷款审批慢", "0591-1234567"));
        assertEquals(Channel.HOTLINE, d.channel());
        assertEquals(h.usccTaijiang, d.uscc());
        assertEquals("gulou", d.createdBy());
        problem(403, () -> h.demands.submit(h.gulouStaff, new NewDemand(h.usccTaijiang, "x", Harness.TAIJIANG,
                "information", null, "描述", null)));
        // the enterprise sees the demand staff submitted for it
        assertEquals(1, h.demands.list(TestCallers.enterprise(h.usccTaijiang), null, null, null, null,
                PageRequest.of(null, null)).total());
    }

    @Test
    void anEnterpriseSubmitsForItselfInItsOwnRegionByDefault() {
        Demand d = h.demands.submit(h.enterprise, new NewDemand(null, null, null, "legal-aid", null, "a".repeat(60), null));
        assertEquals(Harness.GULOU, d.region());
        assertEquals("a".repeat(50) + "…", d.title());
        problem(403, () -> h.demands.submit(h.enterprise, new NewDemand(h.usccGulou2, null, null, "legal-aid", null,
                "描述", null)));
    }

    @Test
    void invalidFieldsAreAllNamedAndNothingIsWritten() {
        var e = problem(400, () -> h.demands.submit(h.gulouStaff, new NewDemand("91350100M000100Y4Z", null, "123",
                "astrology", "t".repeat(101), " ", null)));
        assertEquals(List.of("uscc:uscc-check-character", "region:known", "category:known", "description:required",
                "title:max-length", "enterpriseName:required"), Harness.fields(e));
        e = problem(400, () -> h.demands.submit(h.gulouStaff, new NewDemand(null, "x", null, null, null, "d", null)));
        assertEquals(List.of("uscc:required", "region:required", "category:required"), Harness.fields(e));
        problem(400, () -> h.demands.submit(h.enterprise, null));
        assertEquals(0, h.demands.list(TestCallers.ADMIN, null, null, null, null, PageRequest.of(null, null)).total());
        assertEquals(0, h.audit.size());
    }
}
