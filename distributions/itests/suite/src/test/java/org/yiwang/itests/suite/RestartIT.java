package org.yiwang.itests.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The operator's path: unpack the distribution, start it, hot-deploy a module by dropping its
 * feature repository into deploy/, write data, stop, start again: the data is still there.
 */
class RestartIT {

    private static final Duration BOOT = Duration.ofSeconds(120);

    @Test
    void dataSurvivesARestart() throws Exception {
        Path tarball = Path.of(YiwangContainer.required("yiwang.distribution"));
        Path features = Path.of(YiwangContainer.required("yiwang.echo.features"));
        try (KarafProcess karaf = KarafProcess.unpack(tarball, Path.of("target/restart-it"))) {
            Http http = new Http(karaf.httpPort());
            karaf.start();
            http.await("/api/health", r -> r.status() == 200, BOOT);
            // ready means ready: at its first 200, identity and the SME database serve requests
            assertEquals(401, http.get("/api/enterprises").status());
            http.login(YiwangContainer.ADMIN_USER, karaf.adminPassword());

            Files.copy(features, karaf.home().resolve("deploy/yiwang-echo-features.xml"));
            http.await("/api/echo/notes", r -> r.status() == 200, BOOT);
            http.awaitPlatform();
            Http.Resp created = http.post("/api/echo/notes", "application/json", "{\"text\": \"重启后仍在 survives\"}",
                    http.login(YiwangContainer.ADMIN_USER, karaf.adminPassword()));
            assertEquals(201, created.status(), created.body());
            int id = created.json().get("id").asInt();

            karaf.stop();
            assertTrue(Files.isDirectory(karaf.home().resolve("data/yiwang/derby")), "Derby files under data/");
            karaf.start();
            http.await("/api/health", r -> r.status() == 200, BOOT);
            // after a restart the hot-deployed module is back before the platform says it is ready
            Http.Resp note = http.get("/api/echo/notes/" + id);
            assertEquals(200, note.status(), note.body());
            assertEquals("重启后仍在 survives", note.json().get("text").asText());
            assertEquals(1, http.get("/api/echo/notes").json().get("total").asInt(), "migrations did not re-run");
            karaf.stop();
        }
    }
}
