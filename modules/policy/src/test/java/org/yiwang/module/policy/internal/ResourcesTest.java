package org.yiwang.module.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.module.MenuEntry;
import org.yiwang.kernel.api.module.Permission;
import org.yiwang.kernel.api.rest.BodyLimit;
import org.yiwang.kernel.api.security.Public;
import org.yiwang.kernel.api.security.RequiresPermission;

/** Resource wiring: every method declares its access, status codes, the descriptor. */
class ResourcesTest {

    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() {
        for (Class<?> type : List.of(PoliciesResource.class, ManageResource.class, MatchesResource.class,
                AttachmentsResource.class)) {
            for (Method m : type.getDeclaredMethods()) {
                boolean rest = m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class)
                        || m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(DELETE.class);
                if (rest) {
                    assertTrue(m.isAnnotationPresent(Public.class) ^ m.isAnnotationPresent(RequiresPermission.class),
                            type.getSimpleName() + "." + m.getName());
                }
            }
        }
        for (String name : List.of("create", "update", "submit")) {
            assertEquals(PolicyModule.EDIT, method(PoliciesResource.class, name).getAnnotation(RequiresPermission.class).value());
        }
        for (String name : List.of("publish", "withdraw")) {
            assertEquals(PolicyModule.PUBLISH, method(PoliciesResource.class, name).getAnnotation(RequiresPermission.class).value());
        }
        assertEquals(PolicyModule.MATCH, method(PoliciesResource.class, "matches").getAnnotation(RequiresPermission.class).value());
        assertTrue(method(PoliciesResource.class, "search").isAnnotationPresent(Public.class));
        assertEquals(10L * 1024 * 1024, method(ManageResource.class, "importCsv").getAnnotation(BodyLimit.class).value());
    }

    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void statusCodesAndLocations() throws Exception {
        h.load();
        PoliciesResource r = new PoliciesResource(h.policies, h.search, h.matches, h.requests);
        Response created = r.create(Harness.input("成都市政策", "MUNICIPAL", Harness.CHENGDU, "专精特新中小企业", Criteria.NONE),
                TestCallers.context(h.chengdu));
        assertEquals(201, created.getStatus());
        Policy p = (Policy) created.getEntity();
        assertEquals("/api/policy/policies/" + p.id(), created.getLocation().toString());
        r.submit(p.id(), null, TestCallers.context(h.chengdu));
        assertEquals(Status.PUBLISHED, r.publish(p.id(), new NoteRequest("首次发布"), TestCallers.context(h.chengdu)).status());
        assertEquals(1, r.search("专精特新", null, null, null, null, null, null).total());
        Response interpreted = r.interpret(p.id(), new InterpretationInput("政策解读", "本政策支持专精特新企业",
                List.of(new Qa("谁能申请？", "成都市的中小企业")), "成都市经信局", "2025-06-16"), TestCallers.context(h.chengdu));
        assertEquals(201, interpreted.getStatus());
        Policy read = r.get(p.id(), TestCallers.context(TestCallers.ANONYMOUS));
        assertEquals("谁能申请？", read.interpretations().get(0).qa().get(0).q());
        assertEquals(1, r.search("谁能申请", null, null, null, null, null, null).total(), "interpretations are searchable");
        AttachmentsResource a = new AttachmentsResource(new AttachmentService(h.db, h.policies, h.audit::add, h.clock));
        Response up = a.upload(p.id(), "全文.pdf", new ByteArrayInputStream("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)),
                TestCallers.context(h.chengdu));
        assertEquals(201, up.getStatus());
        assertEquals("application/pdf", a.download(p.id(), ((Attachment) up.getEntity()).id(),
                TestCallers.context(TestCallers.ANONYMOUS)).getMediaType().toString());
        var unsupported = Harness.problem(415, () -> a.upload(p.id(), "x.exe",
                new ByteArrayInputStream(new byte[] {'M', 'Z', 0}), TestCallers.context(h.chengdu)));
        assertEquals("policy-attachment-type", unsupported.type().slug());
        assertEquals(201, r.consult(p.id(), new RequestInput(TestCallers.uscc(Harness.JINJIANG, 9), "问", null, null),
                TestCallers.context(h.chengdu)).getStatus());
        Harness.problem(404, () -> new MatchesResource(h.matches, h.inbox).read(1, TestCallers.context(
                TestCallers.enterprise(TestCallers.uscc(Harness.JINJIANG, 9)))));
    }

    @Test
    void descriptor() {
        PolicyModule m = new PolicyModule();
        assertEquals("policy", m.id());
        assertEquals(Set.of("policy.read", "policy.edit", "policy.review", "policy.publish", "policy.match",
                "policy.self"),
                m.permissions().stream().map(Permission::id).collect(Collectors.toSet()));
        Permission match = m.permissions().stream().filter(p -> p.id().equals("policy.match")).findFirst().orElseThrow();
        assertEquals(Set.of("platform-admin", "region-operator", "window-staff"), match.defaultRoles());
        assertEquals(Set.of("CONSOLE /policy policy.read", "PORTAL /policy null", "PORTAL /policy/for-me policy.self",
                "PORTAL /policy/inbox policy.self"), m.menu().stream().map(e -> e.area() + " " + e.route() + " " + e.permission())
                .collect(Collectors.toSet()));
        assertNotNull(m.ui());
        assertTrue(m.menu().stream().allMatch(e -> e.area() == MenuEntry.Area.PORTAL || e.permission() != null));
    }
}
