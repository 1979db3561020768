package org.yiwang.module.institutions.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.module.MenuEntry;
import org.yiwang.kernel.api.module.Permission;
import org.yiwang.kernel.api.security.Public;
import org.yiwang.kernel.api.security.RequiresPermission;

/** The resources' declarations and status codes, and the descriptor. */
class ResourcesTest {

    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        for (Class<?> type : new Class<?>[] {InstitutionsResource.class, ProductsResource.class, CasesResource.class,
                CaseLibraryResource.class, ExpertsResource.class, RequestsResource.class, IncomingResource.class,
                EvaluationsResource.class, SettingsResource.class}) {
            for (Method m : type.getDeclaredMethods()) {
                boolean endpoint = Arrays.stream(m.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
                if (endpoint) {
                    assertTrue(m.isAnnotationPresent(Public.class) || m.isAnnotationPresent(RequiresPermission.class),
                            type.getSimpleName() + "." + m.getName());
                }
            }
        }
        Map<String, String> staff = Map.of("admit", InstitutionsModule.REVIEW, "reject", InstitutionsModule.REVIEW,
                "approveChange", InstitutionsModule.REVIEW, "notice", InstitutionsModule.EVALUATE,
                "decide", InstitutionsModule.EVALUATE);
        staff.forEach((name, permission) -> assertEquals(permission, Arrays.stream(InstitutionsResource.class.getMethods())
                .filter(x -> x.getName().equals(name)).findFirst().orElseThrow()
                .getAnnotation(RequiresPermission.class).value(), name));
        assertEquals(InstitutionsModule.CONFIGURE, Arrays.stream(SettingsResource.class.getMethods())
                .filter(x -> x.getName().equals("put")).findFirst().orElseThrow()
                .getAnnotation(RequiresPermission.class).value());
    }

    @Test
    void statusCodesAndLocations() {
        InstitutionsResource r = new InstitutionsResource(h.registry, h.products, h.cases, h.experts, h.exit);
        Response created = r.apply(h.application(TestCallers.uscc(Harness.GULOU, 3), "web"),
                TestCallers.context(TestCallers.ANONYMOUS));
        assertEquals(201, created.getStatus());
        Institution i = (Institution) created.getEntity();
        assertEquals("/api/institutions/" + i.id(), created.getLocation().toString());
        assertEquals(Status.ADMITTED, r.admit(i.id(), null, TestCallers.context(h.gulouOperator)).status());
        Response product = new ProductsResource(h.products, h.requests).create(i.id(), h.product("代理"),
                TestCallers.context(h.gulouOperator));
        assertEquals(201, product.getStatus());
        long pid = ((Product) product.getEntity()).id();
        InstitutionPage page = r.get(i.id(), TestCallers.context(TestCallers.ANONYMOUS));
        assertEquals(1, page.products().size());
        assertEquals(2, page.history().size());
        Response request = new ProductsResource(h.products, h.requests).request(i.id(), pid, new RequestBody("急", null),
                TestCallers.context(h.enterprise));
        assertEquals(201, request.getStatus());
        assertEquals(1, new RequestsResource(h.requests).mine(null, null, TestCallers.context(h.enterprise)).total());
        assertEquals(1, r.directory(null, null, null, null, null, null).total());
        assertEquals(204, new CasesResource(h.cases).delete(i.id(), ((ServiceCase) new CasesResource(h.cases).create(i.id(),
                new CaseRequest("案例", "C", "legal-aid", "MICRO", "做了什么", "结果", null),
                TestCallers.context(h.gulouOperator)).getEntity()).id(), TestCallers.context(h.gulouOperator)).getStatus());
    }

    @Test
    void descriptor() {
        InstitutionsModule m = new InstitutionsModule();
        assertEquals("institutions", m.id());
        Map<String, Set<String>> roles = m.permissions().stream()
                .collect(Collectors.toMap(Permission::id, Permission::defaultRoles));
        assertEquals(Set.of("platform-admin", "region-operator"), roles.get("institutions.review"));
        assertEquals(Set.of("platform-admin", "region-operator"), roles.get("institutions.evaluate"));
        assertEquals(Set.of("platform-admin", "region-operator", "window-staff", "auditor"), roles.get("institutions.read"));
        assertEquals(Set.of("platform-admin"), roles.get("institutions.configure"));
        assertEquals(Set.of("enterprise-user"), roles.get("institutions.request"));
        assertEquals(Set.of("institution-user"), roles.get("institutions.workbench"));
        assertEquals(Set.of("PORTAL /institutions null", "PORTAL /institutions/requests institutions.request",
                "PORTAL /institutions/workbench institutions.workbench", "CONSOLE /institutions/review institutions.review",
                "CONSOLE /institutions/evaluation institutions.evaluate", "CONSOLE /institutions/exit institutions.evaluate"),
                m.menu().stream().map(e -> e.area() + " " + e.route() + " " + e.permission()).collect(Collectors.toSet()));
        assertTrue(m.menu().stream().allMatch(e -> e.area() == MenuEntry.Area.PORTAL || e.permission() != null));
        assertEquals("index.js", m.ui().script());
    }
}
