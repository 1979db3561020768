package org.yiwang.module.demands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.module.MenuEntry;
import org.yiwang.kernel.api.module.Permission;
import org.yiwang.kernel.api.rest.BodyLimit;
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
    void everyEndpointDeclaresWhoMayCallIt() throws NoSuchMethodException {
        for (Class<?> type : new Class<?>[] {DemandsResource.class, AttachmentsResource.class, RoutesResource.class,
                SlaResource.class}) {
            for (Method m : type.getDeclaredMethods()) {
                boolean endpoint = Arrays.stream(m.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
                if (endpoint) {
                    assertTrue(m.isAnnotationPresent(Public.class) || m.isAnnotationPresent(RequiresPermission.class),
                            type.getSimpleName() + "." + m.getName());
                }
            }
        }
        for (String staffOnly : new String[] {"accept", "start", "resolve", "followUp", "close", "reject", "transfer"}) {
            Method m = Arrays.stream(DemandsResource.class.getMethods()).filter(x -> x.getName().equals(staffOnly))
                    .findFirst().orElseThrow();
            assertEquals(DemandsModule.HANDLE, m.getAnnotation(RequiresPermission.class).value(), staffOnly);
        }
        assertEquals(DemandsModule.CONFIGURE, RoutesResource.class.getMethod("add", NewRoute.class,
                javax.ws.rs.core.SecurityContext.class).getAnnotation(RequiresPermission.class).value());
        Method upload = AttachmentsResource.class.getMethod("upload", long.class, String.class,
                java.io.InputStream.class, javax.ws.rs.core.SecurityContext.class);
        assertEquals(10L * 1024 * 1024, upload.getAnnotation(BodyLimit.class).value());
    }

    @Test
    void statusCodesAndLocations() throws IOException {
        DemandsResource r = new DemandsResource(h.demands);
        Response created = r.submit(new NewDemand(null, null, null, "legal-aid", null, "拖欠账款", null),
                TestCallers.context(h.enterprise));
        assertEquals(201, created.getStatus());
        Demand d = (Demand) created.getEntity();
        assertEquals("/api/demands/" + d.id(), created.getLocation().toString());
        assertEquals(Status.ACCEPTED, r.accept(d.id(), null, TestCallers.context(h.gulouStaff)).status());
        assertEquals(1, r.list(null, null, null, null, null, null, TestCallers.context(h.enterprise)).total());
        AttachmentsResource a = new AttachmentsResource(h.attachments);
        Response up = a.upload(d.id(), "a.pdf", new ByteArrayInputStream("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)),
                TestCallers.context(h.enterprise));
        assertEquals(201, up.getStatus());
        Response down = a.download(d.id(), ((Attachment) up.getEntity()).id(), TestCallers.context(h.gulouStaff));
        assertEquals("application/pdf", down.getMediaType().toString());
        assertTrue(down.getHeaderString("Content-Disposition").contains("a.pdf"));
        Response route = new RoutesResource(h.routing).add(new NewRoute("3501", null, "350100", "福州窗口", 1),
                TestCallers.context(h.fuzhouStaff));
        assertEquals(201, route.getStatus());
        assertEquals(204, new RoutesResource(h.routing).delete(((Route) route.getEntity()).id(),
                TestCallers.context(h.fuzhouStaff)).getStatus());
    }

    @Test
    void descriptor() {
        DemandsModule m = new DemandsModule();
        assertEquals("demands", m.id());
        assertEquals(Set.of("demands.handle", "demands.configure"),
                m.permissions().stream().map(Permission::id).collect(Collectors.toSet()));
        assertEquals(Set.of("CONSOLE /demands demands.handle", "CONSOLE /demands/routes demands.configure",
                "PORTAL /demands null"), m.menu().stream().map(e -> e.area() + " " + e.route() + " " + e.permission())
                .collect(Collectors.toSet()));
        assertNotNull(m.name());
        assertTrue(m.menu().stream().allMatch(e -> e.area() == MenuEntry.Area.PORTAL || e.permission() != null));
    }
}
