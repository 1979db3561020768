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
            Http.Resp note = http.await("/api/echo/notes/" + id, r -> r.status() == 200, BOOT);
            assertEquals("重启后仍在 survives", note.json().get("text").asText());
            assertEquals(1, http.get("/api/echo/notes").json().get("total").asInt(), "migrations did not re-run");
            karaf.stop();
        }
    }
}
