package org.yiwang.kernel.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;

class RoleServiceTest {

    private TestIdentity t;

    @BeforeEach
    void setUp() {
        t = new TestIdentity();
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    @Test
    void theMigrationSeedsTheDefaultRoles() {
        Map<String, List<String>> roles = t.identity.roles().all().stream()
                .collect(Collectors.toMap(Role::name, Role::permissions));
        assertEquals(List.of("audit.read", "demands.configure", "demands.handle", "enterprises.read", "enterprises.write",
                "identity.accounts.manage", "identity.roles.manage", "ledger.read", "ledger.write"), roles.get("platform-admin"));
        assertEquals(List.of("demands.configure", "demands.handle", "enterprises.read", "enterprises.write",
                "identity.accounts.manage", "ledger.read", "ledger.write"), roles.get("region-operator"));
        assertEquals(List.of("demands.handle", "enterprises.read", "enterprises.write", "ledger.read", "ledger.write"),
                roles.get("window-staff"));
        assertEquals(List.of("audit.read", "enterprises.read", "ledger.read"), roles.get("auditor"));
        assertEquals(List.of(), roles.get("enterprise-user"));
        assertEquals(List.of(), roles.get("institution-user"));
        assertEquals(6, roles.size());
    }

    @Test
    void rolesHoldAnyModulesPermissionsAndAccountsGetTheUnion() {
        Caller admin = TestIdentity.admin();
        t.identity.roles().create(admin, new RoleBody("policy-editor", "政策编辑",
                List.of("policy.publish", "policy.read")), null);
        Account a = t.create("ed.hz", "STAFF", "330100", null, "policy-editor", "window-staff");
        Caller c = t.callerOf(a);
        assertEquals(Set.of("policy.publish", "policy.read", "enterprises.read", "enterprises.write", "demands.handle",
                "ledger.read", "ledger.write"), c.permissions());
        assertTrue(c.has("policy.publish"));
        assertTrue(!c.has("audit.read"));
        t.identity.roles().update(admin, "policy-editor", new RoleBody(null, "政策编辑", List.of("policy.read")), null);
        assertTrue(!t.callerOf(a).has("policy.publish"), "permissions follow the role, not a copy");
    }

    @Test
    void administratorsHoldEveryPermission() {
        Account root = t.identity.bootstrap().createAdmin("root", TestIdentity.STRONG, "test", null);
        Caller c = t.callerOf(root);
        assertEquals(AccountKind.ADMIN, c.kind());
        assertTrue(c.has("anything.at-all"));
        assertTrue(c.covers("650100"));
    }

    @Test
    void roleEditorsCannotAddPermissionsTheyDoNotHold() {
        t.identity.roles().create(TestIdentity.admin(), new RoleBody("role-keeper", null,
                List.of("identity.roles.manage", "enterprises.read")), null);
        Caller keeper = t.callerOf(t.create("keeper", "STAFF", "330100", null, "role-keeper"));
        ProblemException e = assertThrows(ProblemException.class, () -> t.identity.roles().create(keeper,
                new RoleBody("sneaky", null, List.of("enterprises.read", "audit.read")), null));
        assertEquals(403, e.type().status());
        assertEquals(403, assertThrows(ProblemException.class, () -> t.identity.roles().update(keeper, "window-staff",
                new RoleBody(null, null, List.of("enterprises.read", "enterprises.write", "audit.read")), null))
                .type().status());
        t.identity.roles().create(keeper, new RoleBody("reader", null, List.of("enterprises.read")), null);
        t.identity.roles().update(keeper, "window-staff", new RoleBody(null, null, List.of("enterprises.read")), null);
        assertEquals(List.of("enterprises.read"), t.identity.roles().list(keeper).stream()
                .filter(r -> r.name().equals("window-staff")).findFirst().orElseThrow().permissions());
    }

    @Test
    void rolesInUseCannotBeDeletedAndBadInputNamesTheRule() {
        Caller admin = TestIdentity.admin();
        t.create("win.one", "STAFF", "330100", null, "window-staff");
        assertEquals(409, assertThrows(ProblemException.class,
                () -> t.identity.roles().delete(admin, "window-staff", null)).type().status());
        t.identity.roles().delete(admin, "institution-user", null);
        assertEquals(404, assertThrows(ProblemException.class,
                () -> t.identity.roles().delete(admin, "institution-user", null)).type().status());
        ProblemException bad = assertThrows(ProblemException.class, () -> t.identity.roles().create(admin,
                new RoleBody("Bad Name", null, List.of("ok.read", "NotAPermission")), null));
        assertEquals(List.of("name:pattern", "permissions[1]:pattern"),
                bad.errors().stream().map(f -> f.field() + ":" + f.rule()).toList());
        assertEquals(409, assertThrows(ProblemException.class, () -> t.identity.roles().create(admin,
                new RoleBody("auditor", null, List.of()), null)).type().status());
        assertEquals(403, assertThrows(ProblemException.class, () -> t.identity.roles().list(
                t.callerOf(t.create("win.two", "STAFF", "330100", null, "window-staff")))).type().status());
        assertEquals(1, t.count("SELECT COUNT(*) FROM identity_audit WHERE entity = 'role' AND action = 'delete'"));
    }
}
