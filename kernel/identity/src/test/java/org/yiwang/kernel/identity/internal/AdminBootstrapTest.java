package org.yiwang.kernel.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.security.AccountKind;

class AdminBootstrapTest {

    private static final IdentitySettings FAST = IdentitySettings.defaults().withIterations(TestIdentity.TEST_ITERATIONS);

    @Test
    void noEnvironmentNoAdministratorAndNoDefaultPassword() {
        try (TestIdentity t = new TestIdentity(FAST, Map.of())) {
            assertFalse(t.identity.bootstrap().adminExists());
            assertEquals(0, t.count("SELECT COUNT(*) FROM identity_account"));
        }
    }

    @Test
    void environmentCreatesTheFirstAdministratorOnce() {
        Map<String, String> env = Map.of("YIWANG_ADMIN_USER", "Root", "YIWANG_ADMIN_PASSWORD", "Boot-Strap-Secret-9");
        try (TestIdentity t = new TestIdentity(FAST, env)) {
            Account root = t.identity.accounts().byUsername("root");
            assertEquals(AccountKind.ADMIN, root.kind());
            assertEquals(java.util.List.of("platform-admin"), root.roles());
            assertTrue(t.identity.authenticate(t.identity.logins().login("root", "Boot-Strap-Secret-9", null).token())
                    .orElseThrow().has("identity.roles.manage"));
            // a second activation with other values changes nothing
            new IdentityService(t.db, t.audit, FAST, t.clock,
                    Map.of("YIWANG_ADMIN_USER", "other", "YIWANG_ADMIN_PASSWORD", "Other-Secret-99"));
            assertEquals(1, t.count("SELECT COUNT(*) FROM identity_account"));
            assertEquals(1, t.count("SELECT COUNT(*) FROM identity_audit WHERE actor = 'environment'"
                    + " AND action = 'create'"));
        }
    }

    @Test
    void weakOrMissingEnvironmentPasswordCreatesNothing() {
        try (TestIdentity t = new TestIdentity(FAST, Map.of("YIWANG_ADMIN_USER", "root",
                "YIWANG_ADMIN_PASSWORD", "rootroot"))) {
            assertFalse(t.identity.bootstrap().adminExists());
        }
        try (TestIdentity t = new TestIdentity(FAST, Map.of("YIWANG_ADMIN_USER", "root"))) {
            assertFalse(t.identity.bootstrap().adminExists());
        }
        try (TestIdentity t = new TestIdentity(FAST, Map.of("YIWANG_ADMIN_USER", "root",
                "YIWANG_ADMIN_PASSWORD", "My-Root-Password-1"))) {
            assertFalse(t.identity.bootstrap().adminExists(), "containing the username is refused too");
        }
    }
}
