package org.yiwang.kernel.identity.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Captures the log (slf4j-simple writes to System.err) and finds no password and no token in it. */
class LogLeakTest {

    private static String capture(Runnable work) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(original);
        }
        String log = buffer.toString(StandardCharsets.UTF_8);
        original.print(log);
        return log;
    }

    @Test
    void loginsFailuresLockoutAndBootstrapLogNoSecrets() {
        IdentitySettings fast = IdentitySettings.defaults().withIterations(TestIdentity.TEST_ITERATIONS);
        String[] tokens = new String[1];
        String log = capture(() -> {
            try (TestIdentity t = new TestIdentity(fast, Scenario.env())) {
                tokens[0] = String.join(" ", Scenario.run(t));
                for (int i = 0; i < 10; i++) {
                    try {
                        t.identity.logins().login("acme", Scenario.WRONG_PASSWORD, null);
                    } catch (RuntimeException expected) {
                        t.clock.advance(java.time.Duration.ofMinutes(5));
                    }
                }
            }
            try (TestIdentity weak = new TestIdentity(fast, Map.of("YIWANG_ADMIN_USER", "root",
                    "YIWANG_ADMIN_PASSWORD", Scenario.WEAK_ENV_PASSWORD))) {
                weak.identity.bootstrap().adminExists();
            }
        });
        assertTrue(log.contains("Administrator account root created by environment"), "the capture works:\n" + log);
        assertTrue(log.contains("Account acme locked until"), "the lockout is logged");
        assertTrue(log.contains("character-classes"), "the refused bootstrap names the rule");
        for (String secret : List.of(Scenario.ADMIN_PASSWORD, Scenario.STAFF_PASSWORD, Scenario.NEW_PASSWORD,
                Scenario.WRONG_PASSWORD, Scenario.ENTERPRISE_PASSWORD, Scenario.WEAK_ENV_PASSWORD)) {
            assertFalse(log.contains(secret), "a password in the log");
        }
        for (String token : tokens[0].split(" ")) {
            assertFalse(log.contains(token), "a token in the log");
            assertFalse(log.contains(TokenStore.sha256(token)), "a token hash in the log");
        }
    }
}
