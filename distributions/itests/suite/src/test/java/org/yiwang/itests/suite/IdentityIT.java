package org.yiwang.itests.suite;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.yiwang.itests.suite.KernelRuntimeIT.assertProblem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.yiwang.kernel.api.persistence.Database;

/**
 * Identity in the assembled distribution: the authorization matrix (endpoint × role × own/foreign
 * region), lockout, token rejection, and no secret in the database or the log.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class IdentityIT {

    static final String PASSWORD = "Matrix-Pass-2026!";

    @Inject
    private Database database;

    private Http http;
    private static final Map<String, String[]> SESSIONS = new LinkedHashMap<>();
    private static final Map<String, String> IDS = new LinkedHashMap<>();
    private static final List<String> TOKENS = new ArrayList<>();

    @Configuration
    public Option[] config() {
        return YiwangContainer.options();
    }

    @Before
    public void accounts() {
        http = new Http(Integer.getInteger(YiwangContainer.PORT_PROPERTY));
        if (!SESSIONS.isEmpty()) {
            return;
        }
        http.awaitPlatform();
        String[] admin = http.login(YiwangContainer.ADMIN_USER, System.getProperty(YiwangContainer.PASSWORD_PROPERTY));
        SESSIONS.put("admin", admin);
        create(admin, "op-bj", "STAFF", "\"regionCode\": \"110000\"", "region-operator");
        create(admin, "op-sh", "STAFF", "\"regionCode\": \"310000\"", "region-operator");
        create(admin, "win-bj", "STAFF", "\"regionCode\": \"110101\"", "window-staff");
        create(admin, "aud", "STAFF", "\"regionCode\": \"110000\"", "auditor");
        create(admin, "ent", "ENTERPRISE", "\"uscc\": \"91110108551385082Q\"", "enterprise-user");
        for (String user : List.of("op-bj", "op-sh", "win-bj", "aud", "ent")) {
            String[] session = http.login(user, PASSWORD);
            SESSIONS.put(user, session);
            TOKENS.add(session[1].substring(7));
        }
        SESSIONS.put("anonymous", new String[0]);
        enterprise(admin, BEIJING, "110108");
        enterprise(admin, SHANGHAI, "310110");
    }

    static final String BEIJING = "91110108551385082Q";
    static final String SHANGHAI = "91310110666007217T";

    private Http.Resp enterprise(String[] session, String uscc, String region) {
        Http.Resp r = http.post("/api/enterprises", "application/json", "{\"uscc\": \"" + uscc + "\", \"name\": \"企业"
                + uscc.substring(14) + "\", \"regionCode\": \"" + region + "\", \"industryCode\": \"C3311\", \"employees\": 50,"
                + " \"operatingRevenue\": 800}", session);
        if (session == SESSIONS.get("admin")) {
            assertEquals(r.body(), 201, r.status());
        }
        return r;
    }

    private void create(String[] admin, String username, String kind, String binding, String role) {
        Http.Resp r = http.post("/api/identity/accounts", "application/json", "{\"username\": \"" + username
                + "\", \"password\": \"" + PASSWORD + "\", \"kind\": \"" + kind + "\", \"displayName\": \""
                + username + "\", " + binding + ", \"roles\": [\"" + role + "\"]}", admin);
        assertEquals(r.body(), 201, r.status());
        IDS.put(username, r.json().get("id").asText());
    }

    @Test
    public void authorizationMatrix() {
        String win = "/api/identity/accounts/" + IDS.get("win-bj");
        String sh = "/api/identity/accounts/" + IDS.get("op-sh");
        Map<String, String> expected = new LinkedHashMap<>();
        //                        admin op-bj op-sh win-bj aud ent anonymous
        expected.put("GET /api/health",                         "200 200 200 200 200 200 200");
        expected.put("GET /api/modules",                        "200 200 200 200 200 200 200");
        expected.put("GET /api/brand",                          "200 200 200 200 200 200 200");
        expected.put("GET /api/standards/regions/110101",       "200 200 200 200 200 200 200");
        expected.put("GET /api/identity/me",                    "200 200 200 200 200 200 200");
        expected.put("GET /api/identity/accounts",              "200 200 200 403 403 403 401");
        expected.put("GET " + win + " (Beijing account)",       "200 200 404 403 403 403 401");
        expected.put("GET " + sh + " (Shanghai account)",       "200 404 200 403 403 403 401");
        expected.put("GET /api/identity/roles",                 "200 403 403 403 403 403 401");
        expected.put("GET /api/audit",                          "200 403 403 403 200 403 401");
        expected.put("GET /api/enterprises",                    "200 200 200 200 200 403 401");
        expected.put("GET /api/enterprises/" + BEIJING + " (Haidian)", "200 200 404 404 200 403 401");
        expected.put("GET /api/enterprises/" + SHANGHAI + " (Shanghai)", "200 404 200 404 404 403 401");
        expected.put("GET /api/enterprises?region=310000",      "200 403 200 403 403 403 401");
        expected.put("GET /api/enterprises/export?format=csv",  "200 200 200 200 403 403 401");
        List<String> roles = List.copyOf(SESSIONS.keySet());
        List<String> mismatches = new ArrayList<>();
        expected.forEach((request, statuses) -> {
            String[] want = statuses.split(" ");
            String path = request.split(" ")[1];
            for (int i = 0; i < roles.size(); i++) {
                int got = http.get(path, SESSIONS.get(roles.get(i))).status();
                if (got != Integer.parseInt(want[i])) {
                    mismatches.add(request + " as " + roles.get(i) + ": expected " + want[i] + ", got " + got);
                }
            }
        });
        assertEquals("authorization matrix", List.of(), mismatches);
    }

    @Test
    public void regionOperatorsCannotEscalateOrReachOtherRegions() {
        String[] bj = SESSIONS.get("op-bj");
        Http.Resp foreign = http.post("/api/identity/accounts", "application/json", "{\"username\": \"x-sh\", \"password\": \""
                + PASSWORD + "\", \"kind\": \"STAFF\", \"regionCode\": \"310101\", \"roles\": [\"window-staff\"]}", bj);
        assertTrue(foreign.body(), foreign.status() == 403 || foreign.status() == 404);
        Http.Resp escalate = http.post("/api/identity/accounts", "application/json", "{\"username\": \"x-bj\", \"password\": \""
                + PASSWORD + "\", \"kind\": \"STAFF\", \"regionCode\": \"110101\", \"roles\": [\"platform-admin\"]}", bj);
        assertEquals(escalate.body(), 403, escalate.status());
        Http.Resp own = http.post("/api/identity/accounts", "application/json", "{\"username\": \"win-dc\", \"password\": \""
                + PASSWORD + "\", \"kind\": \"STAFF\", \"regionCode\": \"110101\", \"roles\": [\"window-staff\"]}", bj);
        assertEquals(own.body(), 201, own.status());
    }

    @Test
    public void enterpriseWritesNeedAPermittedStaffAccountInTheRecordsRegion() {
        Map<String, Integer> create = new LinkedHashMap<>();
        String[] codes = {"91350100M000100Y43", "91110000600037341L"};
        create.put("op-sh", 403);
        create.put("aud", 403);
        create.put("ent", 403);
        create.put("anonymous", 401);
        create.forEach((who, status) -> assertEquals(who, (int) status,
                enterprise(SESSIONS.get(who), codes[0], "110101").status()));
        assertEquals(201, enterprise(SESSIONS.get("win-bj"), codes[0], "110101").status());
        assertEquals(403, enterprise(SESSIONS.get("win-bj"), codes[1], "110108").status());

        String beijing = http.get("/api/enterprises/" + BEIJING, SESSIONS.get("admin")).body();
        String renamed = beijing.replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"改名\"");
        assertEquals(404, http.put("/api/enterprises/" + BEIJING, "application/json", renamed, SESSIONS.get("op-sh")).status());
        assertEquals(403, http.put("/api/enterprises/" + BEIJING, "application/json",
                renamed.replace("\"110108\"", "\"310110\""), SESSIONS.get("op-bj")).status());
        Http.Resp ok = http.put("/api/enterprises/" + BEIJING, "application/json", renamed, SESSIONS.get("op-bj"));
        assertEquals(ok.body(), 200, ok.status());
        assertEquals(404, http.delete("/api/enterprises/" + SHANGHAI, SESSIONS.get("op-bj")).status());
        assertEquals(200, http.get("/api/enterprises/" + SHANGHAI, SESSIONS.get("admin")).status());
    }

    @Test
    public void badRevokedAndGarbledTokensAre401() {
        assertProblem(http.get("/api/identity/me", "Authorization", "Bearer garbled!!"), 401, "unauthenticated");
        assertProblem(http.get("/api/identity/accounts", "Authorization", "Basic dXNlcjpwYXNz"), 401, "unauthenticated");
        String[] session = http.login("aud", PASSWORD);
        assertEquals(200, http.get("/api/audit", session).status());
        assertEquals(204, http.post("/api/identity/logout", "application/json", "", session).status());
        assertProblem(http.get("/api/audit", session), 401, "unauthenticated");
    }

    @Test
    public void twentyWrongPasswordsAndTheRightOneIsRefused() {
        String[] admin = SESSIONS.get("admin");
        create(admin, "victim", "STAFF", "\"regionCode\": \"110101\"", "window-staff");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(http.post("/api/identity/login", "application/json",
                    "{\"username\": \"victim\", \"password\": \"wrong-" + i + "\"}").status());
        }
        assertEquals(401, (int) statuses.get(0));
        assertTrue("backoff or lockout after repeated failures: " + statuses, statuses.contains(429));
        Http.Resp right = http.post("/api/identity/login", "application/json",
                "{\"username\": \"victim\", \"password\": \"" + PASSWORD + "\"}");
        assertEquals(right.body(), 429, right.status());
        assertTrue(right.contentType().startsWith("application/problem+json"));
    }

    @Test
    public void noPasswordOrTokenInTheDatabaseOrTheLog() throws Exception {
        List<String> secrets = new ArrayList<>(TOKENS);
        secrets.add(PASSWORD);
        secrets.add(System.getProperty(YiwangContainer.PASSWORD_PROPERTY));
        List<String> found = database.withConnection(c -> {
            List<String> hits = new ArrayList<>();
            try (ResultSet tables = c.getMetaData().getTables(null, null, "IDENTITY_%", null)) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME");
                    try (ResultSet rows = c.createStatement().executeQuery("SELECT * FROM " + table)) {
                        ResultSetMetaData meta = rows.getMetaData();
                        while (rows.next()) {
                            for (int col = 1; col <= meta.getColumnCount(); col++) {
                                String value = String.valueOf(rows.getObject(col));
                                secrets.stream().filter(value::contains).forEach(s -> hits.add(table));
                            }
                        }
                    }
                }
            }
            return hits;
        });
        assertEquals("secrets stored in clear", List.of(), found);
        String log = Files.readString(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"));
        assertTrue("the log is there", log.contains("org.yiwang"));
        for (String secret : secrets) {
            assertFalse("a password or token in karaf.log", log.contains(secret));
        }
    }
}
