package org.yiwang.kernel.enterprises.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.rest.BodyLimit;
import org.yiwang.kernel.api.security.RequiresPermission;

/** The resources' own work: status codes, locations, parameter checks, declared access. */
class ResourcesTest {

    private static final javax.ws.rs.core.SecurityContext ADMIN = TestCallers.admin();

    @TempDir
    Path folder;

    @Test
    void everyEndpointDeclaresItsPermission() {
        for (Class<?> type : new Class<?>[] {EnterprisesResource.class, ImportsResource.class, ExportResource.class}) {
            for (Method m : type.getDeclaredMethods()) {
                boolean endpoint = java.util.Arrays.stream(m.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
                if (endpoint) {
                    RequiresPermission p = m.getAnnotation(RequiresPermission.class);
                    assertNotNull(p, type.getSimpleName() + "." + m.getName());
                    boolean read = m.isAnnotationPresent(javax.ws.rs.GET.class) && type == EnterprisesResource.class;
                    assertEquals(read ? "enterprises.read" : "enterprises.write", p.value(), m.getName());
                }
            }
        }
    }

    @Test
    void crudStatusCodes() {
        try (ImportHarness h = new ImportHarness(folder)) {
            EnterprisesResource r = new EnterprisesResource(h.enterprises);
            String uscc = Fixtures.uscc("350102", 1);
            Response created = r.create(Fixtures.sample(uscc), ADMIN);
            assertEquals(201, created.getStatus());
            assertEquals("/api/enterprises/" + uscc, created.getLocation().toString());
            assertEquals(1, r.list(null, "350000", null, null, null, null, null, null, ADMIN).total());
            assertEquals(400, assertThrows(ProblemException.class, () -> r.create(null, ADMIN)).type().status());
            assertEquals(400, assertThrows(ProblemException.class,
                    () -> r.list(null, null, null, null, null, null, 0, null, ADMIN)).type().status());
            assertEquals(204, r.delete(uscc, ADMIN).getStatus());
            assertEquals(404, assertThrows(ProblemException.class, () -> r.get(uscc, ADMIN)).type().status());
        }
    }

    @Test
    void importEndpoints() throws Exception {
        try (ImportHarness h = new ImportHarness(folder)) {
            ImportsResource r = new ImportsResource(h.imports);
            assertEquals(ImportsResource.MAX_UPLOAD, ImportsResource.class.getMethod("upload", String.class,
                    MediaType.class, java.io.InputStream.class, javax.ws.rs.core.SecurityContext.class).getAnnotation(BodyLimit.class).value());
            String csv = "uscc,name,regionCode,industryCode\n" + Fixtures.uscc("350102", 1) + ",甲,350102,C3311\n";
            Response accepted = r.upload("skip-bad-rows", new MediaType("text", "csv", Map.of("charset", "UTF-8")),
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ADMIN);
            assertEquals(202, accepted.getStatus());
            ImportStatus job = (ImportStatus) accepted.getEntity();
            assertEquals("/api/enterprises/imports/" + job.id(), accepted.getLocation().toString());
            assertEquals(1, h.finished(job.id()).inserted());
            Response report = r.report(job.id());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ((StreamingOutput) report.getEntity()).write(out);
            assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("\uFEFFrow,column,rule"));
            assertEquals(404, assertThrows(ProblemException.class, () -> r.status("unknown")).type().status());
            assertEquals(404, assertThrows(ProblemException.class, () -> r.report("unknown")).type().status());
            assertEquals(400, assertThrows(ProblemException.class, () -> r.upload("sometimes",
                    MediaType.valueOf("text/csv"), new ByteArrayInputStream(new byte[1]), ADMIN)).type().status());
            assertEquals(400, assertThrows(ProblemException.class, () -> r.upload(null,
                    MediaType.valueOf("text/csv;charset=NOPE-1"), new ByteArrayInputStream(new byte[1]), ADMIN)).type().status());
        }
    }

    @Test
    void exportChecksItsParametersBeforeStreaming() {
        try (ImportHarness h = new ImportHarness(folder)) {
            ExportResource r = new ExportResource(h.enterprises);
            assertEquals(400, assertThrows(ProblemException.class,
                    () -> r.export("xml", null, null, null, null, null, null, ADMIN)).type().status());
            assertEquals(400, assertThrows(ProblemException.class,
                    () -> r.export("csv", null, "123", null, null, null, null, ADMIN)).type().status());
            Response ok = r.export("csv", null, null, null, null, null, null, ADMIN);
            assertEquals(MediaType.valueOf("text/csv;charset=UTF-8"), ok.getMediaType());
        }
    }

    @Test
    void staffSeeAndWriteOnlyTheirRegionSubtree() {
        try (ImportHarness h = new ImportHarness(folder)) {
            EnterprisesResource r = new EnterprisesResource(h.enterprises);
            String fuzhou = Fixtures.uscc("350102", 7);
            String xiamen = Fixtures.uscc("350203", 8);
            r.create(Fixtures.sample(fuzhou), ADMIN);
            var other = Fixtures.sample(xiamen);
            r.create(new org.yiwang.kernel.api.enterprise.Enterprise(other.uscc(), other.name(), "350203",
                    other.industryCode(), null, other.employees(), other.operatingRevenue(), other.totalAssets(),
                    other.establishedOn(), other.rdExpense(), null, other.ipClassOne(), other.ipTotal(), other.tiers(),
                    other.contacts(), other.tags(), null, null, 0L), ADMIN);
            javax.ws.rs.core.SecurityContext fuzhouStaff = TestCallers.staff("350100");
            assertEquals(1, r.list(null, null, null, null, null, null, null, null, fuzhouStaff).total());
            assertEquals(fuzhou, r.get(fuzhou, fuzhouStaff).uscc());
            assertEquals(404, assertThrows(ProblemException.class, () -> r.get(xiamen, fuzhouStaff)).type().status());
            assertEquals(403, assertThrows(ProblemException.class,
                    () -> r.list(null, "350200", null, null, null, null, null, null, fuzhouStaff)).type().status());
            assertEquals(403, assertThrows(ProblemException.class,
                    () -> r.create(Fixtures.sample(Fixtures.uscc("350203", 9)), TestCallers.staff("350600"))).type().status());
            assertEquals(404, assertThrows(ProblemException.class, () -> r.delete(xiamen, fuzhouStaff)).type().status());
            assertEquals(2, r.list(null, null, null, null, null, null, null, null, ADMIN).total(), "nothing was deleted");
        }
    }
}
