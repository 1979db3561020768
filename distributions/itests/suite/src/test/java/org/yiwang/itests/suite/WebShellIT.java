package org.yiwang.itests.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The portal and console in a real browser (Debian chromium) against the assembled distribution
 * run as an operator runs it: brand, language, login with permission-aware menus, the SME
 * database import with progress and error report, a module hot-deployed through deploy/ showing
 * its pages and menu entries and losing them on removal, and phone widths. Screenshots of the
 * portal and the console at desktop and phone widths land in {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebShellIT {

    private static final Duration BOOT = Duration.ofSeconds(120);
    private static final String STAFF = "auditor-bj";
    private static final String STAFF_PASSWORD = "Audit-0r-Passw0rd";

    @RegisterExtension
    static final WebPlatform WEB = new WebPlatform("web-it", "");

    private static KarafProcess karaf;
    private static Http http;
    private static Browser browser;
    private static JsonNode brand;

    @BeforeAll
    static void start() throws Exception {
        karaf = WEB.karaf();
        http = WEB.http();
        browser = WEB.browser();
        brand = http.get("/api/brand").json();
        String[] admin = http.login(YiwangContainer.ADMIN_USER, karaf.adminPassword());
        Http.Resp staff = http.post("/api/identity/accounts", "application/json", "{\"username\": \"" + STAFF
                + "\", \"password\": \"" + STAFF_PASSWORD + "\", \"kind\": \"STAFF\", \"regionCode\": \"110000\","
                + " \"roles\": [\"auditor\"]}", admin);
        assertEquals(201, staff.status(), staff.body());
    }


    @Test
    @Order(1)
    void homePageShowsTheBrand() throws Exception {
        browser.open("/");
        assertEquals(brand.get("name").get("zh").asText(), browser.await(".yw-hero-title").getText());
        assertEquals(brand.get("name").get("zh").asText(), browser.await(".yw-brand-name").getText());
        assertTrue(browser.await(".yw-hero-hotline").getText().contains(brand.get("hotline").asText()));
        assertTrue(browser.present("img.yw-logo[src='" + brand.get("logo").asText() + "']"));
        String primary = (String) browser.script(
                "return getComputedStyle(document.documentElement).getPropertyValue('--el-color-primary').trim()");
        assertEquals(brand.get("primaryColor").asText().toLowerCase(), primary.toLowerCase());
        // keyboard: the first Tab reaches the skip link
        browser.await("body").sendKeys(Keys.TAB);
        assertEquals("yw-skip", browser.script("return document.activeElement.className"));
        browser.screenshot("portal-desktop");
    }

    @Test
    @Order(2)
    void searchWorksFromTheKeyboard() {
        browser.open("/");
        browser.type("#yw-search-q", "福州市");
        browser.await("#yw-search-q").sendKeys(Keys.ENTER);
        browser.awaitText(".yw-main", "350100");
        assertTrue(browser.path().startsWith("/search?q="), browser.path());
        browser.type("#yw-search-again", "91350100M000100Y43");
        browser.await("#yw-search-again").sendKeys(Keys.ENTER);
        browser.awaitText(".yw-uscc-result", "91350100M000100Y43");
        assertTrue(browser.present(".yw-uscc-result .el-alert--success"));
        browser.type("#yw-search-again", "91350100M000100Y4X");
        browser.await("#yw-search-again").sendKeys(Keys.ENTER);
        browser.await(".yw-uscc-result .el-alert--error");
    }

    @Test
    @Order(3)
    void textMeetsWcagAaContrast() {
        browser.open("/");
        browser.await(".yw-hero-title");
        assertContrast(".yw-brand-name", ".yw-nav a", ".yw-hotline", ".yw-hero-tagline", ".yw-hero-hotline a",
                ".yw-search .el-button--primary span", ".yw-login-link", ".yw-footer p");
        browser.open("/login");
        browser.await("#yw-login-username");
        assertContrast(".el-form-item__label", ".yw-login-submit span", ".yw-muted");
    }

    @Test
    @Order(4)
    void languageSwitchesAndSticks() {
        browser.open("/");
        browser.click(".yw-lang");
        browser.awaitText(".yw-hero-title", brand.get("name").get("en").asText());
        assertEquals("en", browser.script("return document.documentElement.lang"));
        assertEquals("Log in", browser.await(".yw-login-link").getText());
        browser.open("/");
        browser.awaitText(".yw-hero-title", brand.get("name").get("en").asText());
        browser.click(".yw-lang");
        browser.awaitText(".yw-hero-title", brand.get("name").get("zh").asText());
        assertEquals("登录", browser.await(".yw-login-link").getText());
    }

    @Test
    @Order(5)
    void loginWorksAndMenusFollowPermissions() throws Exception {
        browser.open("/console/enterprises");
        browser.awaitPath("/login?next=%2Fconsole%2Fenterprises");
        browser.type("#yw-login-username", STAFF);
        browser.type("#yw-login-password", "wrong-password-1");
        browser.click(".yw-login-submit");
        browser.await(".yw-login-error");

        browser.login(STAFF, STAFF_PASSWORD, "/console");
        browser.await(".yw-menu-enterprises");
        browser.click(".yw-menu-enterprises");
        browser.await(".yw-enterprise-table");
        assertFalse(browser.present(".yw-import-button"), "an auditor may read but not import");
        browser.open("/console/enterprises/import");
        browser.await(".yw-forbidden");
        browser.logout();

        browser.login(YiwangContainer.ADMIN_USER, karaf.adminPassword(), "/console");
        browser.click(".yw-menu-enterprises");
        browser.await(".yw-import-button");
    }

    @Test
    @Order(6)
    void importShowsProgressAndTheErrorReport() throws Exception {
        Path csv = Files.createTempFile("enterprises", ".csv");
        Files.writeString(csv, "uscc,name,regionCode,industryCode,employees,operatingRevenue,totalAssets,establishedOn\n"
                + "91110108551385082Q,北京甲科技有限公司,110108,C3311,50,800,900,2015-01-01\n"
                + "91110108551385082X,坏代码公司,110108,C3311,50,800,900,2015-01-01\n"
                + "91310110666007217T,上海乙贸易有限公司,310110,F51,30,100,120,2018-06-30\n", StandardCharsets.UTF_8);
        browser.open("/console/enterprises");
        browser.click(".yw-import-button");
        browser.await("#yw-import-file").sendKeys(csv.toString());
        browser.click(".yw-mode-skip");
        browser.click(".yw-import-start");
        browser.await(".yw-import-progress");
        WebElement counts = browser.awaitText(".yw-import-counts", "新增 2 家");
        assertTrue(counts.getText().contains("错误 1 行"), counts.getText());
        assertEquals("100", browser.await(".yw-import-progress[role=progressbar]").getAttribute("aria-valuenow"));
        browser.screenshot("console-import");
        browser.click(".yw-import-report");
        String report = Files.readString(browser.awaitDownload("report"), StandardCharsets.UTF_8);
        assertTrue(report.contains("91110108551385082X"), report);

        browser.open("/console/enterprises");
        browser.awaitText(".yw-enterprise-table", "北京甲科技有限公司");
        assertTrue(browser.await(".yw-enterprise-table").getText().contains("上海乙贸易有限公司"));
        browser.click(".yw-export-csv");
        String exported = Files.readString(browser.awaitDownload("enterprises"), StandardCharsets.UTF_8);
        assertTrue(exported.contains("91110108551385082Q") && exported.contains("91310110666007217T"), exported);
        browser.click(".yw-enterprise-table a[href='/console/enterprises/91110108551385082Q']");
        browser.awaitText(".yw-enterprise-detail", "110108");
    }

    @Test
    @Order(7)
    void enterpriseRegistersStaffApprovesEnterpriseLogsIn() throws Exception {
        browser.logout();
        browser.open("/");
        browser.click(".yw-register-link");
        browser.type("#yw-reg-uscc", "91350100M000100Y43");
        browser.type("#yw-reg-name", "福州丙软件有限公司");
        browser.type("#yw-reg-contact", "林女士 0591-00000000");
        browser.type("#yw-reg-username", "fz-bing");
        browser.type("#yw-reg-password", "short");
        browser.click(".yw-register-submit");
        browser.awaitText(".el-form-item__error", "12");  // the password rule, next to the field
        browser.type("#yw-reg-password", "Qiye-Passw0rd-2026");
        browser.click(".yw-register-submit");
        browser.awaitText(".yw-register-done", "注册申请已提交");

        browser.login(YiwangContainer.ADMIN_USER, karaf.adminPassword(), "/console");
        browser.click(".yw-menu-identity-registrations");
        browser.awaitText(".yw-registrations", "福州丙软件有限公司");
        browser.click(".yw-registrations .yw-approve");
        browser.awaitText(".yw-registrations", "没有注册申请");
        browser.logout();

        browser.login("fz-bing", "Qiye-Passw0rd-2026", "/");
        assertEquals("fz-bing", browser.await(".yw-user").getText());
        assertFalse(browser.present(".yw-console-link"), "an enterprise has no console");
        browser.open("/console");
        browser.await(".yw-forbidden");
        browser.logout();
    }

    @Test
    @Order(8)
    void demandFromSubmissionToRatingMovesTheKpis() throws Exception {
        browser.login(YiwangContainer.ADMIN_USER, karaf.adminPassword(), "/console");
        browser.open("/console/ledger");
        long before = Long.parseLong(browser.await(".ledger-delivered strong").getText().strip());
        browser.logout();

        browser.login("fz-bing", "Qiye-Passw0rd-2026", "/");
        browser.click(".yw-nav-module[href='/demands']");
        browser.choose(".demands-category", "法律援助");
        browser.type("#demands-title", "合同纠纷咨询");
        browser.type("#demands-description", "供应商拖欠货款三个月，希望获得法律援助。");
        browser.click(".demands-submit");
        browser.awaitText(".demands-status", "已提交");
        String demand = browser.path();
        assertTrue(demand.matches("/demands/\\d+"), demand);
        browser.logout();

        browser.login(YiwangContainer.ADMIN_USER, karaf.adminPassword(), "/console");
        browser.click(".yw-menu-demands-queue");
        browser.click(".demands-queue a[href='/console" + demand + "']");
        browser.click(".demands-accept");
        browser.awaitText(".demands-status", "已受理");
        browser.click(".demands-start");
        browser.awaitText(".demands-status", "办理中");
        browser.type(".demands-note textarea", "已联系法律援助中心，指导企业发函催收。");
        browser.click(".demands-resolve");
        browser.awaitText(".demands-status", "已办结");
        assertTrue(browser.await(".demands-timeline").getText().contains("办结"));
        browser.logout();

        browser.login("fz-bing", "Qiye-Passw0rd-2026", "/");
        browser.open(demand);
        browser.click(".demands-stars .el-rate__item:nth-child(5)");
        browser.click(".demands-rate-submit");
        browser.awaitGone(".demands-rate");
        assertTrue(browser.await(".demands-facts").getText().contains("已联系法律援助中心"));
        browser.screenshot("portal-demand");
        browser.logout();

        browser.login(YiwangContainer.ADMIN_USER, karaf.adminPassword(), "/console");
        browser.open("/console/ledger");
        browser.awaitText(".ledger-delivered strong", String.valueOf(before + 1));
        browser.awaitText(".ledger-satisfaction strong", "100.0 %");
        browser.screenshot("console-ledger");
    }

    @Test
    @Order(9)
    void everyConsoleMenuEntryOpensItsPage() {
        browser.login(YiwangContainer.ADMIN_USER, karaf.adminPassword(), "/console");
        int entries = browser.all(".yw-console-menu .el-menu-item").size();
        assertTrue(entries >= 9, "menu entries of enterprises, identity, ledger and demands: " + entries);
        for (int i = 1; i <= entries; i++) {
            String item = ".yw-console-menu .el-menu-item:nth-child(" + i + ")";
            String label = browser.await(item).getText();
            browser.click(item);
            browser.await(".yw-console-main h1");
            browser.awaitGone(".yw-console-main [aria-busy=true]");
            for (String bad : new String[] {".yw-not-found", ".yw-forbidden", ".yw-module-error", ".yw-error"}) {
                assertFalse(browser.present(bad), label + " shows " + bad);
            }
        }
    }

    @Test
    @Order(10)
    void hotDeployedModuleBringsAndTakesItsPages() throws Exception {
        browser.login(YiwangContainer.ADMIN_USER, karaf.adminPassword(), "/console");
        browser.await(".yw-welcome");
        assertFalse(browser.present(".yw-menu-echo-notes"));
        browser.screenshot("console-desktop");

        Path deployed = karaf.home().resolve("deploy/yiwang-echo-features.xml");
        Files.copy(Path.of(YiwangContainer.required("yiwang.echo.features")), deployed);
        http.await("/api/modules/echo", r -> r.status() == 200, BOOT);
        http.await("/api/echo/notes", r -> r.status() == 200, BOOT);

        browser.click(".yw-console-menu .el-menu-item"); // any navigation asks what is installed now
        browser.click(".yw-menu-echo-notes");
        browser.awaitText(".echo-title", "便笺管理");
        browser.type("#echo-text", "来自浏览器的便笺");
        browser.click(".echo-add");
        browser.awaitText(".echo-table", "来自浏览器的便笺");

        browser.open("/");
        browser.click(".yw-nav-module[href='/echo']");
        browser.awaitText(".echo-notes", "来自浏览器的便笺");
        assertEquals(6, browser.all(".yw-disclosures .el-descriptions__label").size());
        assertTrue(browser.await(".yw-disclosure-process").getText().contains("填写内容"));
        browser.open("/");
        browser.awaitText(".yw-latest", "来自浏览器的便笺");

        Files.delete(deployed);
        http.await("/api/modules/echo", r -> r.status() == 404, BOOT);
        browser.open("/console");
        browser.await(".yw-welcome");
        assertFalse(browser.present(".yw-menu-echo-notes"), "menu entry gone with the module");
        browser.open("/console/echo/notes");
        browser.await(".yw-not-found");
        browser.open("/");
        browser.await(".yw-hero-title");
        assertFalse(browser.present(".yw-nav-module[href='/echo']"));
        assertEquals(404, http.get("/ui/modules/echo/index.js").status());
    }

    @Test
    @Order(11)
    void phoneWidthsWork() throws Exception {
        browser.login(YiwangContainer.ADMIN_USER, karaf.adminPassword(), "/console");
        browser.resize(375, 812);
        try {
            browser.open("/");
            browser.await(".yw-hero-title");
            assertNoSidewaysScroll();
            browser.screenshot("portal-phone");

            browser.open("/console");
            browser.await(".yw-welcome");
            assertFalse(browser.await(".yw-menu-button").getSize().getWidth() == 0);
            assertFalse(browser.all(".yw-side").get(0).isDisplayed(), "side menu folds away on phones");
            assertNoSidewaysScroll();
            browser.screenshot("console-phone");
            browser.click(".yw-menu-button");
            browser.awaitText(".el-drawer", "中小企业库");
            browser.screenshot("console-phone-menu");
        } finally {
            browser.resize(1280, 800);
        }
    }

    @Test
    @Order(12)
    void brandFollowsTheConfigurationFileAndBrandBundles() throws Exception {
        String defaultName = brand.get("name").get("zh").asText();
        Path bundle = karaf.home().resolve("deploy/org.yiwang.branding.example.jar");
        Files.copy(Path.of(YiwangContainer.required("yiwang.brand.example")), bundle);
        http.await("/api/brand", r -> r.body().contains("示例市中小企业公共服务平台"), BOOT);
        browser.open("/");
        browser.awaitText(".yw-hero-title", "示例市中小企业公共服务平台");
        assertTrue(browser.await(".yw-footer").getText().contains("示例市中小企业服务中心"));
        assertEquals("#1f5fa8", ((String) browser.script(
                "return getComputedStyle(document.documentElement).getPropertyValue('--el-color-primary')")).trim().toLowerCase());
        browser.screenshot("portal-example-brand");

        Path cfg = karaf.home().resolve("etc/org.yiwang.brand.cfg");
        String original = Files.readString(cfg, StandardCharsets.UTF_8);
        Files.writeString(cfg, original + "\nhotline = 0000-99999\n", StandardCharsets.UTF_8);
        http.await("/api/brand", r -> r.body().contains("0000-99999"), BOOT);
        browser.open("/");
        browser.awaitText(".yw-hero-hotline", "0000-99999");
        assertEquals("示例市中小企业公共服务平台", browser.await(".yw-hero-title").getText(), "the file overrides key by key");

        Files.delete(bundle);
        http.await("/api/brand", r -> r.body().contains(defaultName), BOOT);
        browser.open("/");
        browser.awaitText(".yw-hero-title", defaultName);
        assertTrue(browser.await(".yw-hero-hotline").getText().contains("0000-99999"));
        Files.writeString(cfg, original, StandardCharsets.UTF_8);
        http.await("/api/brand", r -> r.body().contains("\"hotline\":\"" + brand.get("hotline").asText() + "\""), BOOT);
    }

    /** Every element matched has a text/background contrast of at least 4.5:1 (WCAG 2.1 AA, normal text). */
    private static void assertContrast(String... selectors) {
        for (String css : selectors) {
            Object ratio = browser.script(CONTRAST, css);
            assertTrue(ratio instanceof Number, css + ": " + ratio);
            assertTrue(((Number) ratio).doubleValue() >= 4.5, css + " has contrast " + ratio + ":1");
        }
    }

    /** The lowest contrast among the visible elements matching arguments[0], against their effective background. */
    private static final String CONTRAST = """
            const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
            const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
                .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
            const background = (el) => {
              for (let e = el; e; e = e.parentElement) {
                const c = rgb(getComputedStyle(e).backgroundColor);
                if (c.length >= 3 && (c.length < 4 || c[3] > 0.5)) return c;
              }
              return [255, 255, 255];
            };
            const all = [...document.querySelectorAll(arguments[0])].filter((e) => e.offsetParent !== null && e.textContent.trim());
            if (!all.length) return 'no visible element';
            return Math.min(...all.map((e) => {
              const [a, b] = [lum(rgb(getComputedStyle(e).color)), lum(background(e))];
              return Math.round(((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)) * 100) / 100;
            }));
            """;

    private static void assertNoSidewaysScroll() {
        long width = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) browser.script("return document.documentElement.clientWidth")).longValue();
        assertTrue(width <= viewport, "page is " + width + " px wide on a " + viewport + " px screen");
    }
}
