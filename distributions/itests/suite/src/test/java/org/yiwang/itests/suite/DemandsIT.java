package org.yiwang.itests.suite;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.yiwang.itests.suite.KernelRuntimeIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * The demands module on the kernel's service ledger, in the assembled distribution, over HTTP: an
 * enterprise's demand through its lifecycle, the ledger record and rating it produces, the KPIs
 * that move, region isolation, and the module's feature uninstalled and reinstalled at runtime
 * without disturbing the kernel and with its data kept.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DemandsIT {

    private static final String ENTERPRISE_USCC = "91350100M000100Y43";
    private static final String PASSWORD = "Demand-Passw0rd-1";
    private static final Duration LIVE = Duration.ofSeconds(30);

    @Inject
    private FeaturesService features;

    @Inject
    private BundleContext context;

    private Http http;
    private String[] admin;

    @Configuration
    public Option[] config() {
        return YiwangContainer.options();
    }

    @Before
    public void connect() {
        http = new Http(Integer.getInteger(YiwangContainer.PORT_PROPERTY));
        http.awaitPlatform();
        http.await("/api/demands", r -> r.status() == 401, LIVE);
        http.await("/api/ledger/kpis", r -> r.status() == 401, LIVE);
        admin = http.login(YiwangContainer.ADMIN_USER, System.getProperty(YiwangContainer.PASSWORD_PROPERTY));
    }

    /** An approved enterprise account (registered once per container). */
    private String[] enterprise() {
        Http.Resp r = http.post("/api/identity/registrations", "application/json", "{\"username\": \"fz-demo\", \"password\": \""
                + PASSWORD + "\", \"uscc\": \"" + ENTERPRISE_USCC + "\", \"name\": \"福州示范有限公司\", \"contact\": \"林\"}");
        if (r.status() == 201) {
            Http.Resp approved = http.post("/api/identity/registrations/" + r.json().get("id").asText() + "/approve",
                    "application/json", "{}", admin);
            assertEquals(approved.body(), 200, approved.status());
        }
        return http.login("fz-demo", PASSWORD);
    }

    private long submit(String[] as, String title) {
        Http.Resp created = http.post("/api/demands", "application/json", "{\"category\": \"legal-aid\", \"title\": \""
                + title + "\", \"description\": \"供应商拖欠货款\"}", as);
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asLong();
    }

    @Test
    public void lifecycleWritesTheLedgerAndMovesTheKpis() {
        String[] ent = enterprise();
        long before = http.get("/api/ledger/kpis?region=350000", admin).json().get("servicesDelivered").asLong();
        long id = submit(ent, "合同纠纷咨询");
        String d = "/api/demands/" + id;
        assertEquals("SUBMITTED", http.get(d, ent).json().get("status").asText());
        assertEquals("350100", http.get(d, admin).json().get("windowRegion").asText());

        assertProblem(http.post(d + "/resolve", "application/json", "{\"resolution\": \"x\"}", admin), 409,
                "demands-illegal-transition");
        assertProblem(http.post(d + "/rating", "application/json", "{\"score\": 5}", ent), 409,
                "demands-illegal-transition");
        assertProblem(http.post(d + "/accept", "application/json", "{}", ent), 403, "forbidden");
        assertEquals(200, http.post(d + "/accept", "application/json", "{}", admin).status());
        assertEquals(200, http.post(d + "/start", "application/json", "{}", admin).status());
        Http.Resp resolved = http.post(d + "/resolve", "application/json", "{\"resolution\": \"已指导发函催收\"}", admin);
        assertEquals(resolved.body(), 200, resolved.status());
        String record = resolved.json().get("ledgerRecordId").asText();

        JsonNode ledger = http.get("/api/ledger/records/" + record, admin).json();
        assertEquals("COMPLETED", ledger.get("status").asText());
        assertEquals("demands", ledger.get("module").asText());
        assertEquals(ENTERPRISE_USCC, ledger.get("uscc").asText());

        assertProblem(http.post(d + "/rating", "application/json", "{\"score\": 9}", ent), 400, "invalid-input");
        Http.Resp rated = http.post(d + "/rating", "application/json", "{\"score\": 5, \"comment\": \"很及时\"}", ent);
        assertEquals(rated.body(), 200, rated.status());
        assertProblem(http.post(d + "/rating", "application/json", "{\"score\": 4}", ent), 409, "conflict");

        JsonNode kpis = http.get("/api/ledger/kpis?region=350000", admin).json();
        assertEquals(before + 1, kpis.get("servicesDelivered").asLong());
        assertTrue(kpis.get("satisfactionRate").asDouble() > 0);
        JsonNode history = http.get(d + "/history", ent).json();
        assertTrue(history.toString(), history.size() >= 4);
    }

    @Test
    public void staffOfAnotherRegionSeeNothingOfIt() {
        long id = submit(enterprise(), "跨区隔离");
        Http.Resp staff = http.post("/api/identity/accounts", "application/json", "{\"username\": \"win-sh\", \"password\": \""
                + PASSWORD + "\", \"kind\": \"STAFF\", \"regionCode\": \"310000\", \"roles\": [\"window-staff\"]}", admin);
        assertTrue(staff.body(), staff.status() == 201 || staff.status() == 409);
        String[] sh = http.login("win-sh", PASSWORD);
        int status = http.get("/api/demands/" + id, sh).status();
        assertTrue("foreign staff get 403 or 404, got " + status, status == 403 || status == 404);
        assertTrue(http.get("/api/demands", sh).json().get("items").findValues("id").stream()
                .noneMatch(v -> v.asLong() == id));
        int accept = http.post("/api/demands/" + id + "/accept", "application/json", "{}", sh).status();
        assertTrue("foreign staff may not act, got " + accept, accept == 403 || accept == 404);
        assertEquals("SUBMITTED", http.get("/api/demands/" + id, admin).json().get("status").asText());
        assertProblem(http.get("/api/ledger/kpis?region=350000", sh), 403, "forbidden");
    }

    @Test
    public void uninstallingTheModuleKeepsTheKernelAndReinstallFindsItsData() throws Exception {
        long id = submit(enterprise(), "热部署后仍在");
        List<String> disturbed = Disturbances.during(context, "org.yiwang.module.demands", () -> {
            features.uninstallFeature("yiwang-demands");
            http.await("/api/demands", r -> r.status() == 404, LIVE);
            assertEquals(200, http.get("/api/ledger/kpis", admin).status());
            assertEquals(200, http.get("/api/enterprises", admin).status());
            features.installFeature("yiwang-demands", EnumSet.noneOf(FeaturesService.Option.class));
            Http.Resp back = http.await("/api/demands/" + id, r -> r.status() == 200, LIVE, admin);
            assertEquals("热部署后仍在", back.json().get("title").asText());
        });
        assertEquals("no other bundle was stopped or refreshed: " + disturbed, List.of(), disturbed);
    }
}
