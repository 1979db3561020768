package org.yiwang.itests.suite;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.yiwang.itests.suite.KernelRuntimeIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** The SME database over real HTTP: CRUD, import with progress and report, export, console import. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EnterprisesIT {

    static final String HEADER = "uscc,name,regionCode,industryCode,employees,operatingRevenue,totalAssets,establishedOn\n";

    @Inject
    private SessionFactory sessions;

    private Http http;
    private String[] admin;

    @Configuration
    public Option[] config() {
        return YiwangContainer.options();
    }

    @Before
    public void login() {
        http = new Http(Integer.getInteger(YiwangContainer.PORT_PROPERTY));
        http.awaitPlatform();
        admin = http.login(YiwangContainer.ADMIN_USER, System.getProperty(YiwangContainer.PASSWORD_PROPERTY));
    }

    @Test
    public void createReadUpdateDeleteWithProblemsForBadInput() {
        String body = "{\"uscc\": \"91110000600037341L\", \"name\": \"北京示例科技有限公司\", \"regionCode\": \"110108\","
                + " \"industryCode\": \"C3311\", \"employees\": 1200, \"operatingRevenue\": 3000, \"totalAssets\": 5000,"
                + " \"establishedOn\": \"2012-05-01\"}";
        Http.Resp created = http.post("/api/enterprises", "application/json", body, admin);
        assertEquals(created.body(), 201, created.status());
        assertEquals("MEDIUM", created.json().get("sizeClass").asText());
        assertProblem(http.post("/api/enterprises", "application/json", body, admin), 409, "conflict");
        Http.Resp bad = http.post("/api/enterprises", "application/json", "{\"uscc\": \"91110000600037341X\", \"name\": \"\","
                + " \"regionCode\": \"119999\", \"industryCode\": \"Z99\", \"employees\": -1}", admin);
        assertProblem(bad, 400, "invalid-input");
        String fields = bad.json().get("errors").toString();
        for (String f : new String[] {"uscc", "name", "regionCode", "industryCode", "employees"}) {
            assertTrue(f + " named in " + fields, fields.contains("\"" + f + "\""));
        }
        JsonNode read = http.get("/api/enterprises/91110000600037341L", admin).json();
        assertEquals("110108", read.get("regionCode").asText());
        assertEquals(1, http.get("/api/enterprises?region=110000&sizeClass=MEDIUM", admin).json().get("total").asInt());
        assertProblem(http.get("/api/enterprises/91110000600037341L"), 401, "unauthenticated");
        assertEquals(204, http.delete("/api/enterprises/91110000600037341L", admin).status());
        assertProblem(http.get("/api/enterprises/91110000600037341L", admin), 404, "not-found");
    }

    @Test
    public void importReportsBadRowsAndExportRoundTrips() throws Exception {
        String csv = HEADER
                + "91310110666007217T,上海甲公司,310110,C3311,50,800,900,2015-01-01\n"
                + "91310110666007217X,坏代码公司,310110,C3311,50,800,900,2015-01-01\n"
                + "91350100M000100Y43,福州乙公司,350102,I65,30,100,120,2018-06-30\n";
        Http.Resp allOrNothing = http.post("/api/enterprises/imports?mode=all-or-nothing", "text/csv; charset=UTF-8", csv, admin);
        assertEquals(allOrNothing.body(), 202, allOrNothing.status());
        JsonNode done = finished(allOrNothing.json().get("id").asText());
        assertEquals(0, done.get("inserted").asInt());
        assertEquals(1, done.get("rejected").asInt());
        assertProblem(http.get("/api/enterprises/91310110666007217T", admin), 404, "not-found");

        Http.Resp skip = http.post("/api/enterprises/imports?mode=skip-bad-rows", "text/csv; charset=UTF-8", csv, admin);
        String id = skip.json().get("id").asText();
        JsonNode result = finished(id);
        assertEquals(2, result.get("inserted").asInt());
        assertEquals(1, result.get("rejected").asInt());
        assertEquals(3, result.get("totalRows").asInt());
        Http.Resp report = http.get("/api/enterprises/imports/" + id + "/report", admin);
        assertTrue(report.contentType().startsWith("text/csv"));
        assertTrue(report.body(), report.body().contains("91310110666007217X") && report.body().contains("uscc"));

        assertProblem(http.post("/api/enterprises/imports", "text/csv", "name,colour\nx,red\n", admin), 400, "invalid-input");
        assertProblem(http.post("/api/enterprises/imports", "application/pdf", "%PDF", admin), 415, "unsupported-media-type");
        assertProblem(http.get("/api/enterprises/imports/no-such-job", admin), 404, "not-found");

        Http.Resp json = http.get("/api/enterprises/export?format=json&region=310000", admin);
        assertEquals("yiwang.exchange/1", json.json().get(0).get("format").asText());
        Http.Resp exported = http.get("/api/enterprises/export?format=csv&region=350000", admin);
        assertTrue(exported.body().contains("91350100M000100Y43"));
        assertEquals(1, http.get("/api/enterprises?region=350100", admin).json().get("total").asInt());
    }

    @Test
    public void consoleImport() throws Exception {
        Path file = Files.createTempFile("enterprises", ".csv");
        Files.writeString(file, HEADER + "91110108551385082Q,北京丙公司,110108,F52,8,90,50,2020-02-02\n");
        String out = Console.execute(sessions, "yiwang:enterprise-import " + file);
        assertTrue(out, out.contains("queued") && out.contains("DONE"));
        JsonNode row = http.await("/api/enterprises/91110108551385082Q", r -> r.status() == 200, Duration.ofSeconds(20), admin).json();
        assertEquals("MICRO", row.get("sizeClass").asText());
    }

    private JsonNode finished(String id) {
        return http.await("/api/enterprises/imports/" + id, r -> r.status() == 200
                && r.json().get("state").asText().matches("DONE|FAILED"), Duration.ofSeconds(30), admin).json();
    }
}
