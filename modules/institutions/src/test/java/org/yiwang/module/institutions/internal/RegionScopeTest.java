package org.yiwang.module.institutions.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yiwang.module.institutions.internal.Harness.fields;
import static org.yiwang.module.institutions.internal.Harness.problem;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.security.Caller;

/** Staff see and review only institutions of their region subtree; the directory's filters. */
class RegionScopeTest {

    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    private Page<Listing> registry(Caller caller, String status) {
        return h.registry.registry(caller, status, null, null, null, null, PageRequest.of(null, null));
    }

    private List<Long> directory(String q, String category, String region, String type) {
        return h.registry.directory(q, category, region, type, PageRequest.of(null, null)).items().stream()
                .map(Listing::id).toList();
    }

    @Test
    void staffOfAnotherRegionNeitherSeeNorReview() {
        Institution i = h.apply();
        assertEquals(0, registry(h.taijiangOperator, null).total());
        problem(404, () -> h.registry.get(h.taijiangOperator, i.id()));
        problem(404, () -> h.registry.history(h.taijiangOperator, i.id()));
        problem(404, () -> h.registry.review(h.taijiangOperator, i.id(), Transition.ADMIT, null));
        problem(403, () -> h.registry.review(h.gulouWindow, i.id(), Transition.ADMIT, null));
        assertEquals(1, registry(h.gulouWindow, "APPLIED").total(), "window staff read");
        assertEquals(1, registry(h.fuzhouOperator, null).total(), "the city sees its counties");
        assertEquals(0, registry(h.fuzhouOperator, "ADMITTED").total());
        assertEquals(List.of("status:enum"), fields(problem(400, () -> registry(h.fuzhouOperator, "LISTED"))));
        problem(403, () -> registry(h.enterprise, null));
        problem(401, () -> registry(TestCallers.ANONYMOUS, null));
        assertEquals(Status.ADMITTED, h.registry.review(h.fuzhouOperator, i.id(), Transition.ADMIT, null).status());
        problem(404, () -> h.exit.noticeByStaff(h.taijiangOperator, 999, new ReasonRequest("x")));
    }

    @Test
    void directoryListsOnlyListedInstitutionsWithFilters() {
        Institution listed = h.admitted();
        Institution applied = h.apply();
        Institution rejected = h.apply();
        h.registry.review(h.gulouOperator, rejected.id(), Transition.REJECT, new ReasonRequest("不符合条件"));
        assertEquals(List.of(listed.id()), directory(null, null, null, null));
        problem(404, () -> h.registry.get(TestCallers.ANONYMOUS, applied.id()));
        problem(404, () -> h.registry.get(h.enterprise, rejected.id()));
        // serves 350100: found for the city and its counties, not for Xiamen or the province itself
        assertEquals(List.of(listed.id()), directory(null, null, Harness.GULOU, null));
        assertEquals(List.of(listed.id()), directory(null, null, Harness.FUZHOU, null));
        assertEquals(List.of(), directory(null, null, Harness.SIMING, null));
        assertEquals(List.of(), directory(null, null, Harness.FUJIAN, null));
        assertEquals(List.of(listed.id()), directory("知识产权", "legal-aid", null, "market_provider"));
        assertEquals(List.of(), directory(null, "financing-guarantee", null, null));
        assertEquals(List.of(), directory(null, null, null, "UNIVERSITY"));
        assertEquals(List.of(listed.id()), directory(listed.uscc(), null, null, null));
        assertEquals(List.of("category:known", "region:known", "type:enum"),
                fields(problem(400, () -> directory(null, "x", "999999", "BANK"))));
    }
}
