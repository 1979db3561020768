package org.yiwang.itests.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * 服务机构库 in a real browser against the assembled distribution run as an operator runs it: an
 * institution applies through the portal form, a region operator admits it in the console, an
 * enterprise finds it in the directory and requests one of its products (a service record in the
 * ledger), and the institution logs in and handles the request in its workbench. Screenshots of
 * the directory, the institution page, the review queue and the workbench land in
 * {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstitutionsWebIT {

    private static final Duration LIVE = Duration.ofSeconds(60);
    private static final String OPERATOR = "op-fz";
    private static final String ENTERPRISE = "ent-fz";
    private static final String ENTERPRISE_USCC = "91350100M000100Y43";
    private static final String INSTITUTION = "zhiqiao";
    private static final String INSTITUTION_USCC = "91310110666007217T";
    private static final String NAME = "福州智桥知识产权服务有限公司";
    private static final String PRODUCT = "专利申请代理服务";
    private static final String PASSWORD = "Inst-Passw0rd-2026";

    @RegisterExtension
    static final WebPlatform WEB = new WebPlatform("institutions-it", "institutions-");

    private static KarafProcess karaf;
    private static Http http;
    private static Browser browser;
    private static String[] admin;
    private static long institutionId;

    @BeforeAll
    static void start() throws Exception {
        karaf = WEB.karaf();
        http = WEB.http();
        browser = WEB.browser();
        http.await("/api/institutions", r -> r.status() == 200, LIVE);
        admin = http.login(YiwangContainer.ADMIN_USER, karaf.adminPassword());
        Http.Resp staff = http.post("/api/identity/accounts", "application/json", "{\"username\": \"" + OPERATOR
                + "\", \"password\": \"" + PASSWORD + "\", \"kind\": \"STAFF\", \"regionCode\": \"350100\","
                + " \"roles\": [\"region-operator\"]}", admin);
        assertEquals(201, staff.status(), staff.body());
        Http.Resp registered = http.post("/api/identity/registrations", "application/json", "{\"username\": \""
                + ENTERPRISE + "\", \"password\": \"" + PASSWORD + "\", \"uscc\": \"" + ENTERPRISE_USCC
                + "\", \"name\": \"福州示范有限公司\", \"contact\": \"林\"}");
        assertEquals(201, registered.status(), registered.body());
        Http.Resp approved = http.post("/api/identity/registrations/" + registered.json().get("id").asText()
                + "/approve", "application/json", "{}", admin);
        assertEquals(200, approved.status(), approved.body());
    }


    /** Picks options of an Element Plus multiple select (its list stays open meanwhile), then closes the list. */
    private static void chooseMany(String selectCss, String... options) throws InterruptedException {
        browser.click(selectCss);
        for (String option : options) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!Boolean.TRUE.equals(browser.script("const li = [...document.querySelectorAll("
                    + "'li.el-select-dropdown__item')].find(x => x.textContent.trim() === arguments[0]);"
                    + " if (li) { li.click(); return true; } return false;", option))) {
                assertTrue(System.nanoTime() < deadline, "no option " + option + " in " + selectCss);
                Thread.sleep(50);
            }
        }
        browser.click("h1");
    }

    @Test
    @Order(1)
    void anInstitutionAppliesThroughThePortal() throws Exception {
        browser.open("/institutions");
        browser.click(".institutions-apply-link");
        browser.awaitPath("/institutions/apply");
        browser.type("#institutions-uscc", INSTITUTION_USCC);
        browser.type("#institutions-name", NAME);
        chooseMany(".institutions-categories", "法律援助", "技术支持");
        browser.type("#institutions-regions", "350100, 350102");
        browser.type(".institutions-contact-name input", "张经理");
        browser.type(".institutions-contact-phone input", "13800000000");
        browser.type("#institutions-description", "专利申请、商标注册与知识产权维权");
        browser.type("#institutions-phone", "0591-12345678");
        browser.type("#institutions-region", "350102");
        browser.type("#institutions-username", INSTITUTION);
        browser.type("#institutions-password", PASSWORD);
        browser.click(".institutions-apply-submit");
        browser.await(".institutions-applied");
        Http.Resp registry = http.get("/api/institutions/registry?status=APPLIED", http.login(OPERATOR, PASSWORD));
        assertEquals(1, registry.json().get("total").asInt(), registry.body());
        JsonNode applied = registry.json().get("items").get(0);
        assertEquals(NAME, applied.get("name").asText());
        assertEquals("350102", applied.get("region").asText());
        institutionId = applied.get("id").asLong();
        assertEquals(0, http.get("/api/institutions").json().get("total").asInt(), "not listed before admission");
        Http.Resp early = http.post("/api/identity/login", "application/json",
                "{\"username\": \"" + INSTITUTION + "\", \"password\": \"" + PASSWORD + "\"}");
        assertTrue(early.status() >= 400, "the pending account cannot log in yet: " + early);
    }

    @Test
    @Order(2)
    void aRegionOperatorAdmitsItInTheConsole() throws Exception {
        browser.login(OPERATOR, PASSWORD, "/console");
        browser.click(".yw-menu-institutions-review");
        browser.awaitText(".institutions-review-queue", NAME);
        browser.screenshot("institutions-review-queue");
        browser.click(".institutions-review-queue .el-table__row");
        browser.await(".institutions-review-detail");
        browser.type(".institutions-reason input", "资料齐全，准予入库");
        browser.click(".institutions-admit");
        browser.awaitText(".institutions-review-detail .institutions-status", "已入库");
        browser.logout();
        // the operator publishes a product for it (staff edits apply at once)
        Http.Resp product = http.post("/api/institutions/" + institutionId + "/products", "application/json",
                "{\"name\": \"" + PRODUCT + "\", \"category\": \"legal-aid\", \"content\": \"发明、实用新型专利申请全程代理\","
                + " \"process\": [\"提交技术交底书\", \"专利检索与评估\", \"撰写并提交申请\"], \"standard\": \"3 个工作日内出具检索报告\","
                + " \"free\": false, \"fee\": 1500, \"deliveryDays\": 30}", http.login(OPERATOR, PASSWORD));
        assertEquals(201, product.status(), product.body());
        assertEquals(1, http.get("/api/institutions").json().get("total").asInt());
    }

    @Test
    @Order(3)
    void anEnterpriseFindsItAndRequestsAProduct() throws Exception {
        browser.login(ENTERPRISE, PASSWORD, "/");
        browser.open("/institutions");
        browser.type(".institutions-q input", "智桥");
        browser.click(".institutions-search");
        browser.awaitText(".institutions-directory", NAME);
        browser.screenshot("institutions-directory");
        browser.click(".institutions-directory a[href='/institutions/" + institutionId + "']");
        browser.awaitText(".institutions-title", NAME);
        browser.awaitText(".institutions-product .yw-disclosures", "专利检索与评估");
        browser.script("document.querySelector('.institutions-product').scrollIntoView()");
        browser.screenshot("institutions-page");
        browser.type(".institutions-request-note input", "需要申请两件发明专利");
        browser.click(".institutions-request");
        browser.await(".institutions-requested");
        String[] enterprise = http.login(ENTERPRISE, PASSWORD);
        JsonNode mine = http.get("/api/institutions/requests/mine", enterprise).json();
        assertEquals(1, mine.get("total").asInt(), mine.toString());
        JsonNode records = http.get("/api/ledger/records?uscc=" + ENTERPRISE_USCC, enterprise).json();
        assertEquals(1, records.get("total").asInt(), records.toString());
        JsonNode record = records.get("items").get(0);
        assertEquals("INSTITUTION", record.get("provider").get("kind").asText());
        assertEquals(String.valueOf(institutionId), record.get("provider").get("id").asText());
        assertEquals("legal-aid", record.get("category").asText());
        assertEquals("OPEN", record.get("status").asText());
        browser.logout();
    }

    @Test
    @Order(4)
    void theInstitutionSeesAndCompletesTheRequestInItsWorkbench() throws Exception {
        browser.login(INSTITUTION, PASSWORD, "/");
        browser.open("/institutions/workbench");
        browser.awaitText(".institutions-incoming", PRODUCT);
        assertTrue(browser.await(".institutions-incoming").getText().contains("需要申请两件发明专利"));
        browser.screenshot("institutions-workbench");
        browser.click(".institutions-incoming .el-button--primary");
        browser.awaitText(".institutions-incoming", "服务中");
        browser.type(".institutions-incoming .el-input input", "已提交两件发明专利申请");
        browser.click(".institutions-incoming .el-button--primary");
        browser.awaitText(".institutions-incoming", "已完成");
        JsonNode records = http.get("/api/ledger/records?uscc=" + ENTERPRISE_USCC, http.login(ENTERPRISE, PASSWORD))
                .json();
        assertEquals("COMPLETED", records.get("items").get(0).get("status").asText(), records.toString());
        browser.logout();
    }
}
