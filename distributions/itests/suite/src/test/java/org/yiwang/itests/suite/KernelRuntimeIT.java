package org.yiwang.itests.suite;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * The kernel runtime inside the assembled reference distribution: health, the kernel endpoints,
 * problem+json for bad input, and hot deploy of a module (install, uninstall, reinstall) without
 * disturbing anything else.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KernelRuntimeIT {

    private static final String ECHO = "yiwang-echo";
    private static final Duration LIVE = Duration.ofSeconds(15);

    @Inject
    private FeaturesService features;

    @Inject
    private BundleContext context;

    @Inject
    private org.apache.karaf.shell.api.console.SessionFactory sessions;

    /** Created inside the container, where the port property is set (the class is also built outside). */
    private Http http;
    private String[] admin;

    @org.junit.Before
    public void connect() {
        http = new Http(Integer.getInteger(YiwangContainer.PORT_PROPERTY));
        http.awaitPlatform();
        admin = http.login(YiwangContainer.ADMIN_USER, System.getProperty(YiwangContainer.PASSWORD_PROPERTY));
    }

    private String[] adminAnd(String... more) {
        String[] all = java.util.Arrays.copyOf(admin, admin.length + more.length);
        System.arraycopy(more, 0, all, admin.length, more.length);
        return all;
    }

    @Configuration
    public Option[] config() {
        return YiwangContainer.options();
    }

    @Test
    public void healthReportsUpWithVersionDatabaseAndUptime() {
        JsonNode health = http.await("/api/health", r -> r.status() == 200, LIVE).json();
        assertEquals("UP", health.get("status").asText());
        assertEquals("anonymous callers learn the status only: " + health, 1, health.size());
        health = http.get("/api/health", admin).json();
        assertEquals("UP", health.get("status").asText());
        assertTrue(health.get("version").asText().startsWith("0.1.0"));
        assertTrue(health.get("database").get("reachable").asBoolean());
        assertTrue(health.get("database").get("product").asText().contains("Derby"));
        assertTrue(health.get("uptimeSeconds").asLong() >= 0);
        assertEquals(health.toString(), 0, health.get("waitingFor").size());
        Http.Resp live = http.get("/api/health/live");
        assertEquals(200, live.status());
        assertEquals("UP", live.json().get("status").asText());
    }

    @Test
    public void brandComesFromConfiguration() {
        Http.Resp brand = http.await("/api/brand", r -> r.status() == 200, LIVE);
        assertEquals("中小企业公共服务平台", brand.json().get("name").get("zh").asText());
        assertEquals("#C8102E", brand.json().get("primaryColor").asText());
        Http.Resp logo = http.get("/api/brand/logo");
        assertEquals(200, logo.status());
        assertTrue(logo.contentType().startsWith("image/svg+xml"));
    }

    @Test
    public void unknownRoutesAndMethodsAreProblems() {
        http.await("/api/health", r -> r.status() == 200, LIVE);
        Http.Resp missing = http.get("/api/no-such-thing", "Accept-Language", "en");
        assertProblem(missing, 404, "not-found");
        assertTrue(missing.json().get("detail").asText().contains("GET /api/no-such-thing"));
        Http.Resp zh = http.get("/api/no-such-thing");
        assertEquals("资源不存在", zh.json().get("title").asText());
        assertProblem(http.post("/api/health", "application/json", "{}"), 405, "method-not-allowed");
    }

    @Test
    public void badInputGetsAProblemAndChangesNothing() throws Exception {
        installEcho();
        int before = http.get("/api/echo/notes").json().get("total").asInt();

        Http.Resp malformed = http.post("/api/echo/notes", "application/json", "{\"text\": \"unterminated", adminAnd("Accept-Language", "en"));
        assertProblem(malformed, 400, "malformed-json");
        assertTrue(malformed.json().get("detail").asText().contains("line 1"));

        Http.Resp wrongType = http.post("/api/echo/notes", "application/json", "{\"text\": [1, 2]}", admin);
        assertProblem(wrongType, 400, "invalid-input");
        assertEquals("text", wrongType.json().get("errors").get(0).get("field").asText());

        Http.Resp unknownField = http.post("/api/echo/notes", "application/json", "{\"txt\": \"a\"}", admin);
        assertProblem(unknownField, 400, "invalid-input");
        assertEquals("txt", unknownField.json().get("errors").get(0).get("field").asText());

        Http.Resp missing = http.post("/api/echo/notes", "application/json", "{}", adminAnd("Accept-Language", "en"));
        assertProblem(missing, 400, "invalid-input");
        assertEquals("required", missing.json().get("errors").get(0).get("rule").asText());
        assertEquals("text is required", missing.json().get("errors").get(0).get("message").asText());

        byte[] huge = ("{\"text\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes();
        assertProblem(http.postBytes("/api/echo/notes", "application/json", huge, admin), 413, "payload-too-large");

        assertProblem(http.post("/api/echo/notes", "text/plain", "hello", admin), 415, "unsupported-media-type");
        assertProblem(http.get("/api/echo/notes/abc"), 404, "not-found");
        Http.Resp badQuery = http.get("/api/echo/notes?size=abc");
        assertProblem(badQuery, 400, "invalid-input");
        assertEquals("size", badQuery.json().get("errors").get(0).get("field").asText());
        Http.Resp outOfRange = http.get("/api/echo/notes?size=0");
        assertProblem(outOfRange, 400, "invalid-input");
        assertEquals("range", outOfRange.json().get("errors").get(0).get("rule").asText());

        Http.Resp boom = http.get("/api/echo/boom");
        assertProblem(boom, 500, "internal-error");
        assertNotNull(boom.json().get("errorId"));
        assertFalse("no stack trace or exception text leaks", boom.body().contains("IllegalStateException")
                || boom.body().contains("secret") || boom.body().contains("at org."));

        assertProblem(http.post("/api/echo/notes", "application/json", "{\"text\": \"x\"}"), 401, "unauthenticated");
        assertProblem(http.post("/api/echo/notes", "application/json", "{\"text\": \"x\"}",
                "Authorization", "Bearer not-the-token"), 401, "unauthenticated");
        assertProblem(http.get("/api/echo/undeclared"), 403, "forbidden");
        assertProblem(http.get("/api/echo/undeclared", admin), 403, "forbidden");

        assertEquals("refused requests wrote nothing", before, http.get("/api/echo/notes").json().get("total").asInt());
    }

    @Test
    public void moduleHotDeployInstallUninstallReinstall() throws Exception {
        http.await("/api/health", r -> r.status() == 200, LIVE);
        uninstallEchoIfPresent();
        AtomicBoolean probing = new AtomicBoolean(true);
        AtomicInteger healthFailures = new AtomicInteger();
        AtomicInteger healthCalls = new AtomicInteger();
        Thread prober = new Thread(() -> {
            while (probing.get()) {
                healthCalls.incrementAndGet();
                if (http.get("/api/brand").status() != 200) {
                    healthFailures.incrementAndGet();
                }
            }
        });
        prober.start();
        List<String> disturbed;
        try {
            disturbed = Disturbances.during(context, "org.yiwang.itests.echo", () -> {
                assertProblem(http.get("/api/echo/notes"), 404, "not-found");

                installEcho();
                JsonNode modules = http.get("/api/modules").json();
                JsonNode echo = findModule(modules, "echo");
                assertNotNull("echo listed in /api/modules", echo);
                assertEquals("回声测试模块", echo.get("name").get("zh").asText());
                assertEquals("echo.write", echo.get("permissions").get(0).get("id").asText());

                Http.Resp created = http.post("/api/echo/notes", "application/json", "{\"text\": \"保留我 keep me\"}", admin);
                assertEquals(created.body(), 201, created.status());
                int id = created.json().get("id").asInt();

                features.uninstallFeature(ECHO);
                http.await("/api/echo/notes", r -> r.status() == 404, LIVE);
                assertNull("echo gone from /api/modules", findModule(http.get("/api/modules").json(), "echo"));
                assertEquals(200, http.get("/api/health").status());

                installEcho();
                Http.Resp again = http.get("/api/echo/notes/" + id);
                assertEquals(again.body(), 200, again.status());
                assertEquals("保留我 keep me", again.json().get("text").asText());
            });
        } finally {
            probing.set(false);
            prober.join();
        }
        assertEquals("no other bundle was stopped or refreshed: " + disturbed, List.of(), disturbed);
        assertTrue(healthCalls.get() > 10);
        assertEquals("kernel endpoints answered 200 throughout", 0, healthFailures.get());
    }

    @Test
    public void hotDeployFromTheKarafConsole() throws Exception {
        http.await("/api/health", r -> r.status() == 200, LIVE);
        uninstallEchoIfPresent();
        Console.execute(sessions, "feature:install yiwang-echo");
        http.await("/api/echo/notes", r -> r.status() == 200, LIVE);
        String listed = Console.execute(sessions, "feature:list -i");
        assertTrue(listed, listed.contains("yiwang-echo"));
        Console.execute(sessions, "feature:uninstall yiwang-echo");
        http.await("/api/echo/notes", r -> r.status() == 404, LIVE);
        assertEquals(200, http.get("/api/health").status());
    }

    private void installEcho() throws Exception {
        String version = System.getProperty("yiwang.version");
        features.addRepository(URI.create("mvn:org.yiwang/org.yiwang.itests.echo/" + version + "/xml/features"));
        if (!features.isInstalled(features.getFeature(ECHO))) {
            features.installFeature(ECHO, EnumSet.noneOf(FeaturesService.Option.class));
        }
        http.await("/api/echo/notes", r -> r.status() == 200, LIVE);
        http.await("/api/modules", r -> findModule(r.json(), "echo") != null, LIVE);
    }

    private void uninstallEchoIfPresent() throws Exception {
        String version = System.getProperty("yiwang.version");
        features.addRepository(URI.create("mvn:org.yiwang/org.yiwang.itests.echo/" + version + "/xml/features"));
        if (features.isInstalled(features.getFeature(ECHO))) {
            features.uninstallFeature(ECHO);
            http.await("/api/echo/notes", r -> r.status() == 404, LIVE);
        }
    }

    private static JsonNode findModule(JsonNode page, String id) {
        for (JsonNode m : page.get("items")) {
            if (id.equals(m.get("id").asText())) {
                return m;
            }
        }
        return null;
    }

    static void assertProblem(Http.Resp r, int status, String type) {
        assertEquals(r.body(), status, r.status());
        assertTrue("problem+json, was " + r.contentType(), r.contentType().startsWith("application/problem+json"));
        assertEquals("urn:yiwang:problem:" + type, r.json().get("type").asText());
        assertEquals(status, r.json().get("status").asInt());
        assertFalse(r.json().get("detail").asText().isBlank());
    }
}
