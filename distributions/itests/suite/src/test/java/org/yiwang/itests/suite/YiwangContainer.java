package org.yiwang.itests.suite;

import static org.ops4j.pax.exam.CoreOptions.environment;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * The one Pax Exam configuration: the assembled reference distribution, random HTTP and SSH
 * ports, Maven resolution from the build's local repository only (offline).
 */
public final class YiwangContainer {

    public static final String PORT_PROPERTY = "yiwang.test.http.port";
    public static final String ADMIN_USER = "itadmin";
    public static final String PASSWORD_PROPERTY = "yiwang.test.admin.password";

    private YiwangContainer() {
    }

    public static Option[] options() {
        String distribution = required("yiwang.distribution");
        String localRepo = required("maven.repo.local");
        int http = freePort();
        int ssh = freePort();
        String password = newAdminPassword();
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(new File(distribution).toURI().toString())
                    .name("Yiwang reference").karafVersion("4.4.10")
                    .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.INFO),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(ssh)),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepo),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories", ""),
            // the first administrator, as a container install creates it (docs/identity.md)
            environment("YIWANG_ADMIN_USER=" + ADMIN_USER, "YIWANG_ADMIN_PASSWORD=" + password),
            systemProperty(PORT_PROPERTY).value(String.valueOf(http)),
            systemProperty(PASSWORD_PROPERTY).value(password),
            systemProperty("yiwang.version").value(required("yiwang.version")),
        };
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (run through Maven failsafe)");
        }
        return value;
    }

    /** A fresh random administrator password for one test run (the platform ships none). */
    public static String newAdminPassword() {
        byte[] bytes = new byte[12];
        new java.security.SecureRandom().nextBytes(bytes);
        return "It-" + java.util.HexFormat.of().formatHex(bytes) + "-Aa9";
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
