package org.yiwang.itests.suite;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * For the browser tests: the assembled distribution unpacked into its own folder and started as
 * an operator starts it, plus a Chromium. Register it as a static {@code @RegisterExtension} field;
 * it is up before the class's {@code @BeforeAll} runs, takes a screenshot
 * ({@code target/screenshots/FAILED-<prefix>-<test>.png}) of what the browser showed when a test
 * fails, and stops both after the class.
 */
final class WebPlatform implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    private final String folder;
    private final String screenshotPrefix;
    private KarafProcess karaf;
    private Http http;
    private Browser browser;

    /**
     * @param folder           where the distribution is unpacked, under {@code target/}
     * @param screenshotPrefix prefix of failure screenshots
     */
    WebPlatform(String folder, String screenshotPrefix) {
        this.folder = folder;
        this.screenshotPrefix = screenshotPrefix;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        karaf = KarafProcess.unpack(Path.of(YiwangContainer.required("yiwang.distribution")), Path.of("target", folder));
        karaf.start();
        http = new Http(karaf.httpPort());
        http.awaitPlatform();
        browser = Browser.start(karaf.httpPort());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (karaf != null) {
                karaf.close();
            }
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        try {
            browser.screenshot("FAILED-" + screenshotPrefix + context.getRequiredTestMethod().getName());
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }

    KarafProcess karaf() {
        return karaf;
    }

    Http http() {
        return http;
    }

    Browser browser() {
        return browser;
    }
}
