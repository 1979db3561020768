package org.yiwang.kernel.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.module.UiEntry;

class UiServletTest {

    @Test
    void onlyPlainPathsBelowUiAreServed() {
        assertTrue(UiServlet.safe("ui/index.js"));
        assertTrue(UiServlet.safe("ui/vendor/element-plus/dist/locale/zh-cn.min.mjs"));
        for (String bad : new String[] {"ui/../OSGI-INF/x.xml", "ui/./index.js", "ui//index.js", "ui/.hidden",
                                        "ui/%2e%2e/x", "ui/a\\b.js", "ui/"}) {
            assertFalse(UiServlet.safe(bad), bad);
        }
    }

    @Test
    void contentSecurityPolicyAllowsExactlyTheShellsImportMap() throws Exception {
        String page = shellPage();
        String policy = UiServlet.contentSecurityPolicy(page);
        String map = page.substring(page.indexOf("<script type=\"importmap\">") + "<script type=\"importmap\">".length(),
                page.indexOf("</script>"));
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(map.getBytes(StandardCharsets.UTF_8)));
        assertTrue(policy.contains("script-src 'self' 'unsafe-eval' 'sha256-" + hash + "'"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        String scripts = policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src")));
        assertFalse(scripts.contains("unsafe-inline"), "inline scripts stay forbidden: " + policy);
        assertThrows(IllegalStateException.class, () -> UiServlet.contentSecurityPolicy("<html></html>"));
    }

    @Test
    void uiEntryScriptsStayInsideTheUiFolder() {
        assertEquals("index.js", UiEntry.INDEX.script());
        assertEquals("pages/main.mjs", new UiEntry("pages/main.mjs").script());
        for (String bad : new String[] {"../secret.js", "/index.js", "index.html", "a/../../b.js", ""}) {
            assertThrows(IllegalArgumentException.class, () -> new UiEntry(bad), bad);
        }
    }

    private static String shellPage() throws IOException {
        try (InputStream in = UiServletTest.class.getResourceAsStream("/ui/shell/index.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
