package org.yiwang.itests.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 政策直享 in a real browser against the assembled distribution: a region operator of 成都 publishes
 * a policy with criteria through the console's workflow buttons; an enterprise of 锦江 that meets
 * them finds it under "policies for me" (with its verdicts) and in its inbox; one that does not
 * (R&amp;D below the threshold) finds neither; the portal search finds it by a sub-word with a
 * highlighted snippet. Screenshots of the search, "policies for me" and the console editor land in
 * {@code target/screenshots}. Its own Karaf in {@code target/policy-it}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PolicyWebIT {

    private static final Duration LIVE = Duration.ofSeconds(90);
    private static final String PASSWORD = "Zhengce-Passw0rd-2026";
    private static final String MATCHING = "91110000600037341L";
    private static final String NOT_MATCHING = "91310110666007217T";
    private static final String TITLE = "成都市专精特新中小企业研发补贴实施细则";

    @RegisterExtension
    static final WebPlatform WEB = new WebPlatform("policy-it", "policy-");

    private static KarafProcess karaf;
    private static Http http;
    private static Browser browser;
    private static String[] admin;
    private static long policyId;

    @BeforeAll
    static void start() throws Exception {
        karaf = WEB.karaf();
        http = WEB.http();
        browser = WEB.browser();
        http.await("/api/policy/policies", r -> r.status() == 200, LIVE);
        admin = http.login(YiwangContainer.ADMIN_USER, karaf.adminPassword());
        enterprise(MATCHING, "锦江示范科技有限公司", 120);
        enterprise(NOT_MATCHING, "锦江普通贸易有限公司", 30);
        account("cd-operator", "\"kind\": \"STAFF\", \"regionCode\": \"510100\"", "region-operator");
        account("jj-match", "\"kind\": \"ENTERPRISE\", \"uscc\": \"" + MATCHING + "\"", "enterprise-user");
        account("jj-other", "\"kind\": \"ENTERPRISE\", \"uscc\": \"" + NOT_MATCHING + "\"", "enterprise-user");
    }

    /** An industrial enterprise of 锦江 with revenue 3000 万元 and the given R&D expense (120: 4 %, 30: 1 %). */
    private static void enterprise(String uscc, String name, int rdExpense) {
        Http.Resp r = http.post("/api/enterprises", "application/json", "{\"uscc\": \"" + uscc + "\", \"name\": \"" + name
                + "\", \"regionCode\": \"510104\", \"industryCode\": \"C3311\", \"employees\": 50, \"operatingRevenue\": 3000,"
                + " \"establishedOn\": \"2018-03-01\", \"rdExpense\": " + rdExpense + "}", admin);
        assertEquals(201, r.status(), r.body());
    }

    private static void account(String username, String binding, String role) {
        Http.Resp r = http.post("/api/identity/accounts", "application/json", "{\"username\": \"" + username
                + "\", \"password\": \"" + PASSWORD + "\", \"displayName\": \"" + username + "\", " + binding
                + ", \"roles\": [\"" + role + "\"]}", admin);
        assertEquals(201, r.status(), r.body());
    }


    @Test
    @Order(1)
    void staffPublishesThroughTheConsoleWorkflow() throws Exception {
        String[] operator = http.login("cd-operator", PASSWORD);
        Http.Resp created = http.post("/api/policy/policies", "application/json", "{\"title\": \"" + TITLE + "\","
                + " \"issuingAuthority\": \"成都市经济和信息化局\", \"documentNumber\": \"成经信发〔2026〕7号\", \"level\": \"MUNICIPAL\","
                + " \"regionCode\": \"510100\", \"issuedOn\": \"2026-01-05\", \"effectiveFrom\": \"2026-01-05\","
                + " \"expiresOn\": \"2030-12-31\", \"body\": \"对成都市内认定为专精特新中小企业、研发投入占营业收入比例不低于3%的工业企业，"
                + "按研发投入给予补贴，并提供股权融资服务对接。\", \"categories\": [\"technology-support\", \"financing-guarantee\"],"
                + " \"tags\": [\"研发\"], \"criteria\": {\"industries\": [\"C\"], \"minEmployees\": 10, \"minRdRatio\": 3}}",
                operator);
        assertEquals(201, created.status(), created.body());
        policyId = created.json().get("id").asLong();
        browser.login("cd-operator", PASSWORD, "/console");
        browser.await(".yw-menu-policy-manage");
        browser.open("/console/policy/" + policyId);
        browser.awaitText(".policy-readable", "研发费用占营业收入比例 ≥ 3%");
        browser.click(".policy-submit");
        browser.awaitText(".policy-status", "审核中");
        browser.click(".policy-publish");
        browser.awaitText(".policy-status", "已发布");
        browser.awaitText(".policy-history", "发布");
        browser.screenshot("policy-console-editor");
        assertEquals("PUBLISHED", http.get("/api/policy/policies/" + policyId).json().get("status").asText());
        browser.logout();
    }

    @Test
    @Order(2)
    void theMatchingEnterpriseSeesItForItselfAndInItsInbox() throws Exception {
        String[] ent = http.login("jj-match", PASSWORD);
        http.await("/api/policy/inbox", r -> r.status() == 200 && r.json().get("total").asInt() >= 1, LIVE, ent);
        JsonNode matches = http.get("/api/policy/matches", ent).json();
        assertEquals("MET", first(matches).get("verdict").asText());
        browser.login("jj-match", PASSWORD, "/");
        browser.open("/policy/for-me");
        browser.awaitText(".policy-match-title", TITLE);
        assertTrue(browser.await(".policy-verdicts").getText().contains("符合"));
        browser.screenshot("policy-for-me");
        browser.open("/policy/inbox");
        browser.awaitText(".policy-inbox-title", TITLE);
        assertTrue(browser.await(".policy-unread").getText().contains("1"));
        browser.click(".policy-inbox-title");
        browser.awaitText(".policy-detail h1", TITLE);
        browser.logout();
    }

    @Test
    @Order(3)
    void theOtherEnterpriseDoesNot() throws Exception {
        String[] ent = http.login("jj-other", PASSWORD);
        JsonNode matches = http.get("/api/policy/matches", ent).json();
        for (JsonNode m : matches.get("items")) {
            assertFalse(m.get("policy").get("id").asLong() == policyId && "MET".equals(m.get("verdict").asText()));
        }
        assertEquals(0, http.get("/api/policy/inbox", ent).json().get("total").asInt());
        browser.login("jj-other", PASSWORD, "/");
        browser.open("/policy/for-me");
        browser.await(".policy-subscriptions");
        assertFalse(browser.present(".policy-match-title"), "no policy for an enterprise with 1 % R&D");
        browser.open("/policy/inbox");
        browser.awaitText(".policy-unread", "0");
        assertFalse(browser.present(".policy-inbox-title"));
        browser.logout();
    }

    @Test
    @Order(4)
    void portalSearchFindsSubWordsWithHighlights() throws Exception {
        browser.open("/policy");
        browser.type(".policy-q input", "融资");
        browser.click(".policy-search-submit");
        browser.awaitText(".policy-result-title", TITLE);
        assertTrue(browser.await(".policy-highlight em").getText().contains("融资"));
        browser.type(".policy-q input", "专精特新");
        browser.click(".policy-search-submit");
        browser.awaitText(".policy-highlight", "专精特新");
        browser.screenshot("policy-portal-search");
        Http.Resp none = http.get("/api/policy/policies?q=%E5%8C%BA%E5%9D%97%E9%93%BE");
        assertEquals(0, none.json().get("total").asInt());
    }

    private static JsonNode first(JsonNode matches) {
        for (JsonNode m : matches.get("items")) {
            if (m.get("policy").get("id").asLong() == policyId) {
                return m;
            }
        }
        throw new AssertionError("policy " + policyId + " not among " + matches);
    }
}
