package org.yiwang.itests.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The remote console as the operator guide describes it: the reference distribution, unpacked on a
 * machine whose Maven repository is empty, gets an operator in {@code etc/users.properties} and
 * the {@code ssh} feature, and {@code bin/client} runs console commands against it.
 */
class RemoteConsoleIT {

    private static final Duration BOOT = Duration.ofSeconds(120);

    @Test
    void binClientRunsCommandsWithAnEmptyMavenRepository() throws Exception {
        Path tarball = Path.of(YiwangContainer.required("yiwang.distribution"));
        try (KarafProcess karaf = KarafProcess.unpack(tarball, Path.of("target/remote-console-it"))) {
            Path etc = karaf.home().resolve("etc");
            Path emptyRepository = Files.createDirectories(karaf.home().resolve("empty-m2"));
            append(etc.resolve("org.ops4j.pax.url.mvn.cfg"),
                    "org.ops4j.pax.url.mvn.localRepository = " + emptyRepository);
            String password = YiwangContainer.newAdminPassword();
            append(etc.resolve("users.properties"), "ops = " + password + ",_g_:admingroup\n"
                    + "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh");
            Path features = etc.resolve("org.apache.karaf.features.cfg");
            Files.writeString(features, Files.readString(features).replace("featuresBoot = \\", "featuresBoot = ssh, \\"));

            karaf.start();
            Http http = new Http(karaf.httpPort());
            http.await("/api/health", r -> r.status() == 200, BOOT);

            Process client = new ProcessBuilder(List.of(karaf.home().resolve("bin/client").toString(),
                    "-h", "127.0.0.1", "-a", String.valueOf(karaf.sshPort()), "-u", "ops", "-p", password,
                    "-r", "30", "-d", "2", "feature:list -i"))
                    .directory(karaf.home().toFile()).redirectErrorStream(true).start();
            assertTrue(client.waitFor(120, TimeUnit.SECONDS), "bin/client did not finish");
            String out = new String(client.getInputStream().readAllBytes());
            assertEquals(0, client.exitValue(), out);
            assertTrue(out.contains("yiwang-kernel"), out);
            assertTrue(!out.contains("NoClassDefFoundError"), out);
            try (var files = Files.list(emptyRepository)) {
                assertEquals(0, files.count(), "the platform fetched from Maven instead of its system/ folder");
            }
            karaf.stop();
        }
    }

    private static void append(Path file, String text) throws Exception {
        Files.writeString(file, "\n" + text + "\n", StandardOpenOption.APPEND);
    }
}
