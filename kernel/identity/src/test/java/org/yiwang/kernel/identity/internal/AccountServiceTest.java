package org.yiwang.kernel.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.Caller;

class AccountServiceTest {

    private TestIdentity t;
    private Account opHz;
    private Account xihu;
    private Account shangcheng;
    private Account ningbo;
    private Account auditorHz;
    private Caller hz;

    @BeforeEach
    void setUp() {
        t = new TestIdentity();
        t.identity.bootstrap().createAdmin("root", TestIdentity.STRONG, "test", null);
        opHz = t.create("op.hz", "STAFF", "330100", null, "region-operator");
        xihu = t.create("op.xihu", "STAFF", "330106", null, "region-operator");
        shangcheng = t.create("win.sc", "STAFF", "330102", null, "window-staff");
        ningbo = t.create("win.nb", "STAFF", "330200", null, "window-staff");
        auditorHz = t.create("aud.xh", "STAFF", "330106", null, "auditor");
        hz = t.callerOf(opHz);
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private static int status(Executable e) {
        return assertThrows(ProblemException.class, e).type().status();
    }

    private static List<String> rules(Executable e) {
        return assertThrows(ProblemException.class, e).errors().stream().map(f -> f.field() + ":" + f.rule()).toList();
    }

    private NewAccount staff(String username, String region, String... roles) {
        return new NewAccount(username, TestIdentity.STRONG, "STAFF", null, region, "窗口", null, null, List.of(roles));
    }

    @Test
    void operatorSeesOnlyNonAdminAccountsOfItsSubtree() {
        List<String> seen = t.identity.accounts().list(hz, null, null, null, PageRequest.of(1, 50)).items().stream()
                .map(Account::username).toList();
        assertEquals(List.of("aud.xh", "op.hz", "op.xihu", "win.sc"), seen);
        assertEquals(404, status(() -> t.identity.accounts().get(hz, ningbo.id())));
        assertEquals(404, status(() -> t.identity.accounts().get(hz, t.identity.accounts().byUsername("root").id())));
        assertEquals(6, t.identity.accounts().list(TestIdentity.admin(), null, null, null, PageRequest.of(1, 50))
                .total());
    }

    @Test
    void operatorCreatesAccountsOnlyInsideItsRegion() {
        Account created = t.identity.accounts().create(hz, staff("win.xihu2", "330106", "window-staff"), null);
        assertEquals("330106", created.regionCode());
        assertEquals(403, status(() -> t.identity.accounts().create(hz, staff("win.nb2", "330203", "window-staff"), null)));
    }

    @Test
    void operatorCannotCreateAdministrators() {
        NewAccount admin = new NewAccount("root2", TestIdentity.STRONG, "ADMIN", null, null, null, null, null, List.of());
        assertEquals(403, status(() -> t.identity.accounts().create(hz, admin, null)));
    }

    @Test
    void operatorCannotGrantPermissionsItDoesNotHold() {
        assertEquals(403, status(() -> t.identity.accounts().create(hz, staff("x.one", "330106", "platform-admin"), null)));
        assertEquals(403, status(() -> t.identity.accounts().create(hz, staff("x.two", "330106", "auditor"), null)));
        assertEquals(403, status(() -> t.identity.accounts().update(hz, shangcheng.id(),
                new AccountChanges(null, null, null, null, List.of("window-staff", "auditor")), null)));
        Account promoted = t.identity.accounts().update(hz, shangcheng.id(),
                new AccountChanges(null, null, null, null, List.of("window-staff", "region-operator")), null);
        assertEquals(List.of("region-operator", "window-staff"), promoted.roles());
    }

    @Test
    void operatorCannotActOnAccountsHoldingMoreThanItHolds() {
        assertEquals(403, status(() -> t.identity.accounts().disable(hz, auditorHz.id(), null)));
        assertEquals(403, status(() -> t.identity.accounts().update(hz, auditorHz.id(),
                new AccountChanges("x", null, null, null, null), null)));
        assertEquals(AccountStatus.ACTIVE, t.identity.accounts().byUsername("aud.xh").status());
    }

    @Test
    void countyOperatorCannotTouchItsCityOperator() {
        Caller county = t.callerOf(xihu);
        assertEquals(404, status(() -> t.identity.accounts().disable(county, opHz.id(), null)));
        assertEquals(404, status(() -> t.identity.accounts().unlock(county, shangcheng.id(), null)));
        assertEquals(AccountStatus.DISABLED, t.identity.accounts().disable(hz, xihu.id(), null).status());
    }

    @Test
    void operatorCannotMoveAnAccountOutOfItsRegionOrDisableItself() {
        assertEquals(403, status(() -> t.identity.accounts().update(hz, shangcheng.id(),
                new AccountChanges(null, "330203", null, null, null), null)));
        assertEquals(409, status(() -> t.identity.accounts().disable(hz, opHz.id(), null)));
        Account moved = t.identity.accounts().update(hz, shangcheng.id(),
                new AccountChanges("上城窗口", "330106", "西湖窗口", null, null), null);
        assertEquals("330106", moved.regionCode());
        assertEquals("西湖窗口", moved.orgUnit());
        assertEquals("displayName,regionCode,orgUnit", t.string("SELECT changed_fields FROM identity_audit"
                + " WHERE action = 'update' AND entity_id = ?", shangcheng.id()));
    }

    @Test
    void callersWithoutTheManagePermissionAreRefused() {
        Caller window = t.callerOf(shangcheng);
        assertEquals(403, status(() -> t.identity.accounts().list(window, null, null, null, PageRequest.of(1, 10))));
        assertEquals(401, status(() -> t.identity.accounts().list(Caller.ANONYMOUS, null, null, null,
                PageRequest.of(1, 10))));
        assertEquals(403, status(() -> t.identity.accounts().create(window, staff("x.three", "330102"), null)));
    }

    @Test
    void enterpriseAccountsTakeTheirRegionFromTheUscc() {
        String hzUscc = TestIdentity.uscc("330106", "MA27U8Q1");
        Account e = t.identity.accounts().create(hz, new NewAccount("acme", TestIdentity.STRONG, "ENTERPRISE", "Acme",
                "110101", null, hzUscc, null, List.of("enterprise-user")), null);
        assertEquals("330106", e.regionCode());
        assertEquals(hzUscc, e.uscc());
        Caller acme = t.callerOf(e);
        assertEquals(hzUscc, acme.uscc());
        assertNull(acme.regionCode());
        String nbUscc = TestIdentity.uscc("330203", "MA27U8Q1");
        assertEquals(403, status(() -> t.identity.accounts().create(hz, new NewAccount("acme-nb", TestIdentity.STRONG,
                "ENTERPRISE", null, null, null, nbUscc, null, List.of()), null)));
    }

    @Test
    void badInputNamesTheFieldAndTheRule() {
        assertEquals(List.of("regionCode:unknown-region"), rules(() -> t.identity.accounts().create(hz,
                staff("x.four", "339999"), null)));
        assertEquals(List.of("regionCode:pattern"), rules(() -> t.identity.accounts().create(hz,
                staff("x.four", "33A"), null)));
        assertEquals(List.of("username:pattern", "kind:one-of"), rules(() -> t.identity.accounts().create(hz,
                new NewAccount("x", TestIdentity.STRONG, "ROBOT", null, null, null, null, null, null), null)));
        assertEquals(List.of("password:min-length"), rules(() -> t.identity.accounts().create(hz,
                new NewAccount("x.five", "Short-1", "STAFF", null, "330106", null, null, null, null), null)));
        String badCheck = TestIdentity.uscc("330106", "MA27U8Q1");
        badCheck = badCheck.substring(0, 17) + (badCheck.charAt(17) == '0' ? '1' : '0');
        String finalBad = badCheck;
        assertEquals(List.of("uscc:uscc-check-character"), rules(() -> t.identity.accounts().create(hz,
                new NewAccount("x.six", TestIdentity.STRONG, "ENTERPRISE", null, null, null, finalBad, null, null),
                null)));
        assertEquals(List.of("institutionId:required"), rules(() -> t.identity.accounts().create(TestIdentity.admin(),
                new NewAccount("x.seven", TestIdentity.STRONG, "INSTITUTION", null, null, null, null, null, null),
                null)));
        List<FieldError> unknownRole = assertThrows(ProblemException.class, () -> t.identity.accounts().create(hz,
                staff("x.eight", "330106", "no-such-role"), null)).errors();
        assertEquals("roles", unknownRole.get(0).field());
        assertEquals("unknown-role", unknownRole.get(0).rule());
    }

    @Test
    void refusedWritesLeaveNothingBehind() {
        long before = t.count("SELECT COUNT(*) FROM identity_account");
        assertThrows(ProblemException.class, () -> t.identity.accounts().create(hz,
                staff("x.nine", "330106", "window-staff", "no-such-role"), null));
        assertThrows(ProblemException.class, () -> t.identity.accounts().create(hz, staff("win.sc", "330106"), null));
        assertEquals(409, status(() -> t.identity.accounts().create(hz, staff("WIN.SC", "330106"), null)));
        assertEquals(before, t.count("SELECT COUNT(*) FROM identity_account"));
        assertEquals(0, t.count("SELECT COUNT(*) FROM identity_account_role ar WHERE NOT EXISTS"
                + " (SELECT 1 FROM identity_account a WHERE a.id = ar.account_id)"));
    }

    @Test
    void enableAndUnlockFollowTheLifecycle() {
        assertEquals(409, status(() -> t.identity.accounts().enable(hz, shangcheng.id(), null)));
        t.identity.accounts().disable(hz, shangcheng.id(), null);
        assertEquals(409, status(() -> t.identity.accounts().disable(hz, shangcheng.id(), null)));
        assertEquals(AccountStatus.ACTIVE, t.identity.accounts().enable(hz, shangcheng.id(), null).status());
        assertTrue(t.count("SELECT COUNT(*) FROM identity_audit WHERE entity = 'account' AND action IN"
                + " ('disable', 'enable') AND actor = 'op.hz'") == 2);
    }
}
