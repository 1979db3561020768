package org.yiwang.kernel.identity.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.yiwang.kernel.identity.internal.TestIdentity;

class ShellCommandsTest {

    @Test
    void adminCreateChecksBothEntriesAndThePolicyAndNeverEchoesThePassword() {
        try (TestIdentity t = new TestIdentity()) {
            AdminCreateCommand cmd = new AdminCreateCommand();
            cmd.identity = t.identity;
            cmd.username = "root";
            assertEquals("The two passwords differ; nothing created", cmd.create("Console-Pw-4711", "Console-Pw-4712"));
            String weak = cmd.create("rootpassword", "rootpassword");
            assertTrue(weak.contains("character-classes") && weak.contains("contains-username"), weak);
            assertFalse(weak.contains("rootpassword"));
            String ok = cmd.create("Console-Pw-4711", "Console-Pw-4711");
            assertTrue(ok.startsWith("Created administrator root"), ok);
            assertFalse(ok.contains("Console-Pw-4711"));
            assertTrue(t.identity.bootstrap().adminExists());
            assertTrue(cmd.create("Console-Pw-4711", "Console-Pw-4711").contains("taken"));
        }
    }

    @Test
    void listUnlockAndRoleListWork() {
        try (TestIdentity t = new TestIdentity()) {
            t.identity.bootstrap().createAdmin("root", "Console-Pw-4711", "test", null);
            AccountListCommand list = new AccountListCommand();
            list.identity = t.identity;
            String out = (String) list.execute();
            assertTrue(out.contains("root") && out.contains("ADMIN") && out.contains("1 of 1 accounts"), out);
            list.kind = "robot";
            assertTrue(((String) list.execute()).startsWith("Unknown kind or status"));

            AccountUnlockCommand unlock = new AccountUnlockCommand();
            unlock.identity = t.identity;
            unlock.username = "ROOT";
            assertEquals("Unlocked root", unlock.execute());
            unlock.username = "nobody";
            assertTrue(((String) unlock.execute()).startsWith("Refused"));

            RoleListCommand roles = new RoleListCommand();
            roles.identity = t.identity;
            String table = (String) roles.execute();
            assertTrue(table.contains("platform-admin") && table.contains("identity.roles.manage"), table);
        }
    }
}
