package org.yiwang.itests.suite;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.yiwang.itests.suite.KernelRuntimeIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The public data-standards endpoints and the uscc-check command, in the assembled distribution. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StandardsIT {

    @Inject
    private SessionFactory sessions;

    private Http http;

    @Configuration
    public Option[] config() {
        return YiwangContainer.options();
    }

    @Before
    public void connect() {
        http = new Http(Integer.getInteger(YiwangContainer.PORT_PROPERTY));
        http.await("/api/standards/uscc/91110108551385082Q", r -> r.status() == 200, Duration.ofSeconds(30));
    }

    @Test
    public void usccVerdictIsDataForValidAndInvalidCodes() {
        JsonNode ok = http.get("/api/standards/uscc/9111%200108-551385082q").json();
        assertTrue(ok.get("valid").asBoolean());
        assertEquals("91110108551385082Q", ok.get("normalized").asText());
        assertEquals("110108", ok.get("parts").get("regionCode").asText());
        assertEquals("551385082", ok.get("parts").get("orgCode").asText());

        Http.Resp bad = http.get("/api/standards/uscc/91350100M000100Y4Z");
        assertEquals(200, bad.status());
        assertFalse(bad.json().get("valid").asBoolean());
        assertEquals("CHECK_CHARACTER", bad.json().get("failedStep").asText());
        assertTrue(bad.json().get("detail").asText().contains("3"));

        JsonNode pilot = http.get("/api/standards/uscc/91350100M0001TGQXM?mode=lenient").json();
        assertTrue(pilot.get("valid").asBoolean());
        assertEquals(1, pilot.get("warnings").size());
        assertProblem(http.get("/api/standards/uscc/91350100M0001TGQXM?mode=sloppy"), 422, "unprocessable");
    }

    @Test
    public void regionsWithPathChildrenSearchAndQuirks() {
        JsonNode dongcheng = http.get("/api/standards/regions/110101").json();
        assertEquals("东城区", dongcheng.get("name").asText());
        assertEquals("110000", dongcheng.get("path").get(0).get("code").asText());
        JsonNode xiantao = http.get("/api/standards/regions/429004").json();
        assertEquals("420000", xiantao.get("parentCode").asText());
        JsonNode chongwen = http.get("/api/standards/regions/110103").json();
        assertFalse("retired code kept", chongwen.get("current").asBoolean());
        JsonNode hubei = http.get("/api/standards/regions/420000/children").json();
        assertTrue(hubei.get("total").asInt() > 10);
        JsonNode search = http.get("/api/standards/regions?q=%E4%BB%99%E6%A1%83").json();
        assertEquals("429004", search.get("items").get(0).get("code").asText());
        assertProblem(http.get("/api/standards/regions/999999"), 404, "not-found");
        assertProblem(http.get("/api/standards/regions/12ab"), 422, "unprocessable");
        assertProblem(http.get("/api/standards/regions"), 422, "unprocessable");
    }

    @Test
    public void industriesAtAnyLevel() {
        JsonNode c33 = http.get("/api/standards/industries/C33").json();
        assertEquals("C", c33.get("section").get("code").asText());
        assertEquals("33", c33.get("division").get("code").asText());
        assertEquals("33", http.get("/api/standards/industries/3311").json().get("division").get("code").asText());
        assertProblem(http.get("/api/standards/industries/A33"), 404, "not-found");
        assertProblem(http.get("/api/standards/industries/33x"), 422, "unprocessable");
    }

    @Test
    public void smeSizeClassifiesAndRefusesWhatItCannot() {
        JsonNode medium = http.post("/api/standards/sme-size", "application/json",
                "{\"industryCode\": \"C3311\", \"employees\": 1200, \"operatingRevenue\": 3000}").json();
        assertEquals("MEDIUM", medium.get("size").asText());
        assertFalse(medium.get("explanation").isEmpty());
        Http.Resp finance = http.post("/api/standards/sme-size", "application/json",
                "{\"industryCode\": \"J66\", \"employees\": 10, \"operatingRevenue\": 100}", "Accept-Language", "en");
        assertProblem(finance, 422, "unprocessable");
        assertEquals("industryCode", finance.json().get("errors").get(0).get("field").asText());
        Http.Resp negative = http.post("/api/standards/sme-size", "application/json",
                "{\"industryCode\": \"C33\", \"employees\": -1, \"operatingRevenue\": 100}");
        assertProblem(negative, 422, "unprocessable");
        assertEquals("employees", negative.json().get("errors").get(0).get("field").asText());
        Http.Resp missing = http.post("/api/standards/sme-size", "application/json", "{\"industryCode\": \"C33\", \"employees\": 5}");
        assertEquals("operatingRevenue", missing.json().get("errors").get(0).get("field").asText());
        assertProblem(http.post("/api/standards/sme-size", "application/json", "{\"industryCode\": 5,"), 400, "malformed-json");
    }

    @Test
    public void usccCheckCommandInTheConsole() throws Exception {
        assertTrue(execute("yiwang:uscc-check 91110108551385082Q").startsWith("VALID"));
        String bad = execute("yiwang:uscc-check 91350100M000100Y4Z");
        assertTrue(bad, bad.contains("CHECK_CHARACTER"));
    }

    private String execute(String command) throws Exception {
        return Console.execute(sessions, command);
    }
}
