package org.yiwang.itests.suite;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

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
 * The policy and institution modules of the reference distribution taken out and put back on the
 * running platform: their endpoints and descriptors go and come back, no other bundle is stopped
 * or refreshed, the kernel and the other modules keep answering, and their data is still there.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModulesHotDeployIT {

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
        http.await("/api/policy/policies", r -> r.status() == 200, LIVE);
        http.await("/api/institutions", r -> r.status() == 200, LIVE);
        admin = http.login(YiwangContainer.ADMIN_USER, System.getProperty(YiwangContainer.PASSWORD_PROPERTY));
    }

    @Test
    public void policyModuleGoesAndComesBackWithItsData() throws Exception {
        Http.Resp created = http.post("/api/policy/policies", "application/json", "{\"title\": \"热部署政策草稿\","
                + " \"issuingAuthority\": \"成都市经济和信息化局\", \"documentNumber\": \"成经信发〔2026〕9号\","
                + " \"level\": \"MUNICIPAL\", \"regionCode\": \"510100\", \"issuedOn\": \"2026-01-05\","
                + " \"effectiveFrom\": \"2026-01-05\", \"expiresOn\": \"2030-12-31\", \"body\": \"对专精特新中小企业给予补贴。\","
                + " \"categories\": [\"technology-support\"], \"tags\": [], \"criteria\": {\"minEmployees\": 10}}", admin);
        assertEquals(created.body(), 201, created.status());
        String policy = "/api/policy/policies/" + created.json().get("id").asLong();

        List<String> disturbed = Disturbances.during(context, "org.yiwang.module.policy", () -> {
            features.uninstallFeature("yiwang-policy");
            http.await("/api/policy/policies", r -> r.status() == 404, LIVE);
            assertFalse(modules().contains("\"policy\""));
            othersAnswer();
            features.installFeature("yiwang-policy", EnumSet.noneOf(FeaturesService.Option.class));
            Http.Resp back = http.await(policy, r -> r.status() == 200, LIVE, admin);
            assertEquals("热部署政策草稿", back.json().get("title").asText());
            assertTrue(modules().contains("\"policy\""));
        });
        assertEquals("no other bundle was stopped or refreshed: " + disturbed, List.of(), disturbed);
    }

    @Test
    public void institutionsModuleGoesAndComesBackWithItsData() throws Exception {
        String settings = "/api/institutions/evaluation-settings";
        Http.Resp changed = http.put(settings, "application/json", "{\"capacityWeight\": 25, \"managementWeight\": 25,"
                + " \"qualityWeight\": 20, \"satisfactionWeight\": 30, \"threshold\": 65, \"appealDays\": 20}", admin);
        assertEquals(changed.body(), 200, changed.status());

        List<String> disturbed = Disturbances.during(context, "org.yiwang.module.institutions", () -> {
            features.uninstallFeature("yiwang-institutions");
            http.await("/api/institutions", r -> r.status() == 404, LIVE);
            assertFalse(modules().contains("\"institutions\""));
            othersAnswer();
            features.installFeature("yiwang-institutions", EnumSet.noneOf(FeaturesService.Option.class));
            Http.Resp back = http.await(settings, r -> r.status() == 200, LIVE, admin);
            assertEquals(65, back.json().get("threshold").asInt());
            assertEquals(20, back.json().get("appealDays").asInt());
            assertEquals(200, http.get("/api/institutions").status());
        });
        assertEquals("no other bundle was stopped or refreshed: " + disturbed, List.of(), disturbed);
    }

    private String modules() {
        return http.get("/api/modules").body();
    }

    /** The kernel and the other modules keep answering while one module is out. */
    private void othersAnswer() {
        assertEquals(200, http.get("/api/health").status());
        assertEquals(200, http.get("/api/ledger/kpis", admin).status());
        assertEquals(200, http.get("/api/enterprises", admin).status());
        assertEquals(200, http.get("/api/demands", admin).status());
    }
}
