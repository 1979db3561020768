package org.yiwang.module.demands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yiwang.module.demands.internal.Harness.problem;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.problem.ProblemException;

/** Rule selection, configured rules applied on submission, and rule validation and scope. */
class RoutingTest {

    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    private static Route rule(long id, String prefix, String category, String window, int priority) {
        return new Route(id, prefix, category, window, "窗口" + window, priority, Instant.EPOCH, "t");
    }

    @Test
    void mostSpecificRuleWins() {
        Regions regions = Regions.bundled();
        List<Route> rules = List.of(rule(1, "35", null, "350000", 0), rule(2, "3501", null, "350100", 0),
                rule(3, "3501", "legal-aid", "350104", 0), rule(4, "350102", "financing-guarantee", "350103", 0),
                rule(5, "3501", "legal-aid", "350103", 5));
        assertEquals("350103", Router.route(rules, "350102", "financing-guarantee", regions).region(), "longest prefix");
        assertEquals("350103", Router.route(rules, "350102", "legal-aid", regions).region(), "category, then priority");
        assertEquals("350100", Router.route(rules, "350102", "information", regions).region(), "any category");
        assertEquals("350000", Router.route(rules, "350203", "information", regions).region(), "province rule");
        Window none = Router.route(rules, "110101", "information", regions);
        assertEquals("110101", none.region(), "no rule: own region");
        assertEquals("东城区中小企业服务窗口", none.name());
        assertEquals("350104", Router.route(rules.subList(0, 3), "350102", "legal-aid", regions).region(),
                "category-specific beats any at the same prefix");
    }

    @Test
    void submissionsFollowTheConfiguredRules() {
        h.routing.addRoute(h.fuzhouStaff, new NewRoute("3501", "financing-guarantee", "350100", "福州市融资服务窗口", null));
        Demand financing = h.submit("financing-guarantee");
        assertEquals("350100", financing.windowRegion());
        assertEquals("福州市融资服务窗口", financing.windowName());
        assertEquals(Harness.GULOU, h.submit("legal-aid").windowRegion());
        // the county window sees its enterprise's demand (own region) but acts only on what it handles
        problem(403, () -> h.act(h.gulouStaff, financing, Action.ACCEPT));
        assertEquals(Status.ACCEPTED, h.act(h.fuzhouStaff, financing, Action.ACCEPT).status());
    }

    @Test
    void rulesAreValidatedAndScoped() {
        ProblemException e = problem(400, () -> h.routing.addRoute(h.fuzhouStaff,
                new NewRoute("35x", "astrology", "999999", " ", -1)));
        assertEquals(List.of("regionPrefix:pattern", "category:known", "windowRegion:known", "windowName:required",
                "priority:range"), Harness.fields(e));
        problem(403, () -> h.routing.addRoute(h.gulouStaff, new NewRoute("3501", null, "350102", "x", 0)));
        problem(403, () -> h.routing.addRoute(h.gulouStaff, new NewRoute("350102", null, "350100", "x", 0)));
        Route r = h.routing.addRoute(h.gulouStaff, new NewRoute("350102", null, "350102", "鼓楼窗口", 0));
        assertEquals(List.of(r.id()), h.routing.routes(h.gulouStaff).stream().map(Route::id).toList());
        assertTrue(h.routing.routes(h.taijiangStaff).isEmpty());
        problem(404, () -> h.routing.deleteRoute(h.taijiangStaff, r.id()));
        h.routing.deleteRoute(h.gulouStaff, r.id());
        assertTrue(h.routing.routes(TestCallers.ADMIN).isEmpty());
        assertTrue(h.audit.stream().anyMatch(a -> a.action().equals("delete") && a.entity().equals("demand-route")));
    }
}
