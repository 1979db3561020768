package org.yiwang.kernel.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.Public;
import org.yiwang.kernel.api.security.RequiresPermission;
import org.yiwang.kernel.standards.conformance.ConformanceReport;
import org.yiwang.kernel.standards.conformance.LedgerConformance;

/** The resources: declared access, status codes, parameter checks, and an export that passes the conformance kit. */
class ResourcesTest {

    private static final String E1 = Harness.uscc("350102", 1);
    private static final String E2 = Harness.uscc("350203", 2);

    static SecurityContext as(Caller caller) {
        return Callers.securityContext(caller, false);
    }

    private static int status(Runnable r) {
        return assertThrows(ProblemException.class, r::run).type().status();
    }

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        for (Class<?> type : List.of(RecordsResource.class, KpisResource.class)) {
            for (Method m : type.getDeclaredMethods()) {
                boolean endpoint = Arrays.stream(m.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
                if (endpoint) {
                    RequiresPermission p = m.getAnnotation(RequiresPermission.class);
                    assertTrue(p != null ^ m.isAnnotationPresent(Public.class), type.getSimpleName() + "." + m.getName());
                    if (p != null) {
                        assertTrue(p.value().equals(LedgerModule.READ) || p.value().equals(LedgerModule.WRITE), m.getName());
                    }
                }
            }
        }
    }

    @Test
    void recordsEndpoints() {
        try (Harness h = new Harness()) {
            RecordsResource r = new RecordsResource(h.ledger);
            SecurityContext fuzhou = as(Harness.staff("350100"));
            Response created = r.create(Harness.open(E1, "350102", "demands", "OFFLINE", "P1",
                    Instant.parse("2025-05-01T02:00:00Z")), fuzhou);
            assertEquals(201, created.getStatus());
            ServiceRecord rec = (ServiceRecord) created.getEntity();
            assertEquals("/api/ledger/records/" + rec.id(), created.getLocation().toString());
            assertEquals(403, status(() -> r.create(Harness.open(E2, "350203", "demands", "OFFLINE", "P1",
                    Instant.parse("2025-05-01T02:00:00Z")), fuzhou)));
            assertEquals(1, r.list(null, null, null, null, null, "open", "false", "2025-05-01", null, 1, 10, fuzhou).total());
            assertEquals(400, status(() -> r.list(null, null, null, null, null, "closed", null, null, null, null, null, fuzhou)));
            assertEquals(400, status(() -> r.list(null, null, null, null, null, null, "maybe", null, null, null, null, fuzhou)));
            assertEquals(400, status(() -> r.list(null, null, null, null, null, null, null, "May 1st", null, null, null, fuzhou)));
            assertEquals(401, status(() -> r.list(null, null, null, null, null, null, null, null, null, null, null,
                    as(Caller.ANONYMOUS))));
            assertEquals(403, status(() -> r.get(rec.id(), as(new Caller("x", "nobody",
                    org.yiwang.kernel.api.security.AccountKind.STAFF, "350100", null, java.util.Set.of())))), "staff without ledger.read");
            assertEquals(rec.id(), r.get(rec.id(), as(Harness.enterprise(E1))).id());
            assertEquals(403, status(() -> r.get(rec.id(), as(Harness.enterprise(E2)))));
            assertEquals(404, status(() -> r.get(rec.id(), as(Harness.staff("350200")))));

            assertEquals(400, status(() -> r.complete(rec.id(), null, fuzhou)));
            assertEquals(404, status(() -> r.complete(rec.id(), new RecordsResource.CompleteBody("x"), as(Harness.staff("350200")))));
            assertEquals(409, status(() -> r.rate(rec.id(), new RecordsResource.RatingBody(java.math.BigDecimal.valueOf(5), null), as(Harness.enterprise(E1)))));
            r.complete(rec.id(), new RecordsResource.CompleteBody("已解决"), fuzhou);
            assertEquals(400, status(() -> r.rate(rec.id(), new RecordsResource.RatingBody(null, null), as(Harness.enterprise(E1)))));
            assertEquals("score", assertThrows(ProblemException.class, () -> r.rate(rec.id(),
                    new RecordsResource.RatingBody(new java.math.BigDecimal("4.5"), null), as(Harness.enterprise(E1))))
                    .errors().get(0).field());
            assertEquals(401, status(() -> r.rate(rec.id(), new RecordsResource.RatingBody(java.math.BigDecimal.valueOf(5), null), as(Caller.ANONYMOUS))));
            assertEquals(403, status(() -> r.rate(rec.id(), new RecordsResource.RatingBody(java.math.BigDecimal.valueOf(5), null),
                    as(Harness.reader("350100")))), "staff need ledger.write to rate on an enterprise's behalf");
            assertEquals(403, status(() -> r.rate(rec.id(), new RecordsResource.RatingBody(java.math.BigDecimal.valueOf(5), null), as(Harness.enterprise(E2)))));
            assertEquals(5, r.rate(rec.id(), new RecordsResource.RatingBody(java.math.BigDecimal.valueOf(5), "好"), as(Harness.enterprise(E1))).rating().score());
            assertEquals(201, r.followUp(rec.id(), new RecordsResource.FollowUpBody("HOTLINE", "回访"), fuzhou).getStatus());
            assertEquals(400, status(() -> r.followUp(rec.id(), null, fuzhou)));
            assertEquals(1, r.followUps(rec.id(), fuzhou).size());
        }
    }

    @Test
    void kpisParameters() {
        try (Harness h = new Harness()) {
            KpisResource k = new KpisResource(h.ledger);
            SecurityContext fuzhou = as(Harness.staff("350100"));
            assertEquals("350100", k.kpis(null, "2025-01-01", "2025-12-31", null, null, fuzhou).scope().region());
            ProblemException bad = assertThrows(ProblemException.class, () -> k.kpis(null, "2025-13-01", "yesterday", null, null, fuzhou));
            assertEquals(List.of("from", "to"), bad.errors().stream().map(e -> e.field()).toList());
            assertEquals("after-from", assertThrows(ProblemException.class,
                    () -> k.kpis(null, "2025-06-01", "2025-05-01", null, null, fuzhou)).errors().get(0).rule());
            assertEquals(400, status(() -> k.kpis("35010", null, null, null, null, fuzhou)));
            assertEquals(400, status(() -> k.kpis(null, null, null, "Bad Module", null, fuzhou)));
            assertEquals(403, status(() -> k.kpis("350200", null, null, null, null, fuzhou)));
            assertEquals(Instant.parse("2025-01-01T00:00:00Z"),
                    k.kpis(null, "2025-01-01T08:00:00+08:00", null, null, null, fuzhou).scope().from());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportIsExchangeJsonThatPassesTheConformanceKit() throws Exception {
        try (Harness h = new Harness()) {
            Caller staff = Harness.staff("350000");
            ServiceRecord a = h.ledger.record(staff, Harness.withSource(Harness.timed(Harness.open(E1, "350102", "demands",
                    "ONLINE", "P1", Instant.parse("2025-05-01T02:00:00Z")), null, Instant.parse("2025-05-02T02:00:00Z")), "D-1"));
            h.ledger.rate(Harness.enterprise(E1), a.id(), 4, "满意");
            h.ledger.followUp(staff, a.id(), "HOTLINE", "回访");
            h.ledger.record(staff, Harness.open(E2, "350203", "policy", "HOTLINE", "P2", Instant.parse("2025-05-03T02:00:00Z")));
            h.ledger.record(Harness.ADMIN, Harness.open(Harness.uscc("440103", 3), "440103", "policy", "HOTLINE", "P3",
                    Instant.parse("2025-05-03T02:00:00Z")));
            KpisResource k = new KpisResource(h.ledger);
            assertEquals(400, status(() -> k.export(null, null, null, null, null, "done", null, null, null, as(staff))));
            assertEquals(403, status(() -> k.export("440000", null, null, null, null, null, null, null, null, as(staff))));
            Response response = k.export(null, null, null, null, null, null, null, null, null, as(staff));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ((StreamingOutput) response.getEntity()).write(out);
            ObjectMapper json = new ObjectMapper();
            List<Map<String, Object>> docs = json.readValue(out.toByteArray(), List.class);
            assertEquals(2, docs.size(), "Fujian staff export Fujian only");
            for (Map<String, Object> doc : docs) {
                ConformanceReport report = LedgerConformance.checkServiceRecordJson(json.writeValueAsString(doc));
                assertTrue(report.violations().isEmpty(), report.toString());
            }
            Map<String, Object> rated = docs.stream().filter(d -> a.id().equals(d.get("id"))).findFirst().orElseThrow();
            Map<String, Object> satisfaction = (Map<String, Object>) rated.get("satisfaction");
            assertEquals(4, satisfaction.get("score"));
            assertEquals(false, satisfaction.get("byStaff"));
            assertTrue(LedgerConformance.checkSatisfactionJson(json.writeValueAsString(satisfaction)).violations().isEmpty());
            assertEquals(1, rated.get("followUps"));
            assertTrue(!out.toString(java.nio.charset.StandardCharsets.UTF_8).contains("staff350000"), "no account names");
        }
    }
}
