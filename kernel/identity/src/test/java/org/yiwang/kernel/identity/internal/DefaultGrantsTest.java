package org.yiwang.kernel.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.module.ModuleDescriptor;
import org.yiwang.kernel.api.module.Permission;

class DefaultGrantsTest {

    private final TestIdentity t = new TestIdentity();

    @AfterEach
    void tearDown() {
        t.close();
    }

    private static ModuleDescriptor module(Permission... permissions) {
        return new ModuleDescriptor() {
            @Override
            public String id() {
                return "policy";
            }

            @Override
            public LocalizedText name() {
                return LocalizedText.of("政策直享", "Policies");
            }

            @Override
            public List<Permission> permissions() {
                return List.of(permissions);
            }
        };
    }

    private boolean holds(String role, String permission) {
        return t.count("SELECT COUNT(*) FROM identity_role_permission WHERE role_name = '" + role
                + "' AND permission = '" + permission + "'") == 1;
    }

    @Test
    void aNewModulesPermissionsGoToTheNamedDefaultRolesOnce() {
        ModuleDescriptor policy = module(
                Permission.of("policy.publish", "发布政策", "Publish policies", "platform-admin", "region-operator",
                        "no-such-role"),
                Permission.of("policy.secret", "无默认角色", "No default role"));
        t.identity.moduleArrived(policy);
        assertTrue(holds("platform-admin", "policy.publish"));
        assertTrue(holds("region-operator", "policy.publish"));
        assertFalse(holds("window-staff", "policy.publish"));
        assertEquals(0, t.count("SELECT COUNT(*) FROM identity_role_permission WHERE permission = 'policy.secret'"));
        assertEquals(2, t.count("SELECT COUNT(*) FROM identity_audit WHERE action = 'grant-default'"));

        // the operator takes it away from region operators; the module comes back (restart, reinstall)
        t.db.withConnection(c -> c.createStatement().executeUpdate("DELETE FROM identity_role_permission"
                + " WHERE role_name = 'region-operator' AND permission = 'policy.publish'"));
        t.identity.moduleArrived(policy);
        assertFalse(holds("region-operator", "policy.publish"), "an operator's revocation sticks");
        assertTrue(holds("platform-admin", "policy.publish"));
    }

    @Test
    void aNewPermissionInALaterVersionIsGrantedWhileOldOnesStayAsTheOperatorLeftThem() {
        t.identity.moduleArrived(module(Permission.of("policy.read", "查看", "Read", "auditor")));
        t.db.withConnection(c -> c.createStatement().executeUpdate(
                "DELETE FROM identity_role_permission WHERE permission = 'policy.read'"));
        t.identity.moduleArrived(module(Permission.of("policy.read", "查看", "Read", "auditor"),
                Permission.of("policy.match", "匹配", "Match", "auditor")));
        assertFalse(holds("auditor", "policy.read"));
        assertTrue(holds("auditor", "policy.match"));
    }

    @Test
    void grantsReachTheCallersPermissions() {
        Account staff = t.create("op.fz", "STAFF", "350100", null, "region-operator");
        assertFalse(t.callerOf(staff).has("policy.publish"));
        t.identity.moduleArrived(module(Permission.of("policy.publish", "发布政策", "Publish", "region-operator")));
        assertTrue(t.callerOf(staff).has("policy.publish"));
    }
}
