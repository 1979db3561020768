package org.yiwang.itests.suite;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The distribution as an operator runs it: unpacked from its tar.gz, started with
 * {@code bin/karaf server}, stopped with {@code bin/stop}. Ports are moved off the defaults.
 */
public final class KarafProcess implements AutoCloseable {

    private final Path home;
    private final int httpPort;
    private final int sshPort;
    private final String adminPassword;
    private Process process;

    private KarafProcess(Path home, int httpPort, int sshPort, String adminPassword) {
        this.sshPort = sshPort;
        this.home = home;
        this.httpPort = httpPort;
        this.adminPassword = adminPassword;
    }

    /** Unpacks a fresh copy of the distribution into {@code target} and configures free ports. */
    public static KarafProcess unpack(Path tarball, Path dir) throws IOException, InterruptedException {
        Path target = dir.toAbsolutePath();
        deleteRecursively(target);
        Files.createDirectories(target);
        run(List.of("tar", "xzf", tarball.toString(), "-C", target.toString(), "--strip-components=1"), target);
        int http = YiwangContainer.freePort();
        Path etc = target.resolve("etc");
        append(etc.resolve("org.ops4j.pax.web.cfg"), "org.osgi.service.http.port = " + http);
        int ssh = YiwangContainer.freePort();
        append(etc.resolve("org.apache.karaf.shell.cfg"), "sshPort = " + ssh + "\nsshHost = 127.0.0.1");
        append(etc.resolve("org.ops4j.pax.url.mvn.cfg"),
                "org.ops4j.pax.url.mvn.localRepository = " + System.getProperty("maven.repo.local")
                + "\norg.ops4j.pax.url.mvn.repositories = ");
        return new KarafProcess(target, http, ssh, YiwangContainer.newAdminPassword());
    }

    public int httpPort() {
        return httpPort;
    }

    /** The remote console's port (open only once the {@code ssh} feature is installed). */
    public int sshPort() {
        return sshPort;
    }

    /** The first administrator's password, given to the platform through the environment at start. */
    public String adminPassword() {
        return adminPassword;
    }

    public Path home() {
        return home;
    }

    public void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server");
        builder.environment().put("YIWANG_ADMIN_USER", YiwangContainer.ADMIN_USER);
        builder.environment().put("YIWANG_ADMIN_PASSWORD", adminPassword);
        process = builder
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile())
                .start();
    }

    /** Stops the way an operator does ({@code bin/stop}) and waits for the JVM to exit. */
    public void stop() throws IOException, InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        run(List.of(home.resolve("bin/stop").toString()), home);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("Karaf did not stop within 60 s");
        }
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, "\n" + text + "\n", StandardOpenOption.APPEND);
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException(command + " exited with " + p.exitValue());
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
        }
    }
}
